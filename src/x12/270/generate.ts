import { DEFAULT_DELIMITERS } from '../segment';
import type { Delimiters, Segment } from '../segment';
import {
  amountText,
  segment,
  writeAddress,
  writeDatePeriod,
  writeDemographics,
  writeHl,
  writeName,
  writeOpaque,
  writeProvider,
  writeReference,
  writeTrace,
} from '../inquiry-common/index';
import { envelopeTransaction, writeBht, writeInquiry, writeRelationship } from './codec';
import type { Loop2100Member270, Loop2110Inquiry, Transaction270 } from './model';

/** Hands out HL01 numbers in order of appearance, starting at 1 in each transaction set. */
export class HlCounter {
  private next = 1;
  take(): number {
    return this.next++;
  }
}

function writeInquiryLoop(q: Loop2110Inquiry, d: Delimiters): Segment[] {
  return [
    writeInquiry(q.inquiry, d),
    ...(q.spendDownAmount !== undefined ? [segment('AMT', 'R', amountText(q.spendDownAmount))] : []),
    ...(q.spendDownTotalBilledAmount !== undefined ? [segment('AMT', 'PB', amountText(q.spendDownTotalBilledAmount))] : []),
    ...q.additionalInquiryInformation.map(writeOpaque),
    ...(q.reference ? [writeReference(q.reference)] : []),
    ...(q.date ? [writeDatePeriod(q.date)] : []),
  ];
}

function writeMember(m: Loop2100Member270, d: Delimiters): Segment[] {
  return [
    writeName(m.name),
    ...m.references.map(writeReference),
    ...writeAddress(m.address),
    ...(m.providerInformation ? [writeProvider(m.providerInformation)] : []),
    ...writeDemographics(m.demographics),
    ...writeRelationship(m.relationship),
    ...(m.healthCareDiagnosisCode ? [writeOpaque(m.healthCareDiagnosisCode)] : []),
    ...m.dates.map(writeDatePeriod),
    ...m.inquiries.flatMap((q) => writeInquiryLoop(q, d)),
  ];
}

/** Writes a 270 as segments ST..SE, numbering the HL levels and counting SE01. */
export function generate270(model: Transaction270, delimiters: Delimiters = DEFAULT_DELIMITERS): Segment[] {
  const hl = new HlCounter();
  const body: Segment[] = [writeBht(model.header)];
  for (const a of model.loop2000A) {
    const aId = hl.take();
    body.push(writeHl(aId, undefined, '20', a.loop2000B.length > 0), writeName(a.loop2100A.name));
    for (const b of a.loop2000B) {
      const bId = hl.take();
      const b1 = b.loop2100B;
      body.push(writeHl(bId, aId, '21', b.loop2000C.length > 0), writeName(b1.name), ...b1.references.map(writeReference), ...writeAddress(b1.address));
      if (b1.providerInformation) body.push(writeProvider(b1.providerInformation));
      for (const c of b.loop2000C) {
        const cId = hl.take();
        body.push(writeHl(cId, bId, '22', c.loop2000D.length > 0), ...c.traces.map(writeTrace), ...writeMember(c.loop2100C, delimiters));
        for (const dep of c.loop2000D) {
          body.push(writeHl(hl.take(), cId, '23', false), ...dep.traces.map(writeTrace), ...writeMember(dep.loop2100D, delimiters));
        }
      }
    }
  }
  return envelopeTransaction('270', model.transactionSetControlNumber, model.implementationConventionReference, body);
}
