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
import type { Trace } from '../inquiry-common/index';
import type { BeginningOfHierarchicalTransaction, Loop2100Member270, Loop2110Inquiry, Transaction270 } from './model';

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

/**
 * The 2100C/2100D segments the 270 and 271 write alike. `validations` stand between N4 and PRV (the
 * 271's AAA), `tail` after the DTPs (the 270's inquiries; the 271's MPI and benefits).
 */
export function writeMemberName(m: Omit<Loop2100Member270, 'inquiries'>, validations: Segment[], tail: Segment[]): Segment[] {
  return [
    writeName(m.name),
    ...m.references.map(writeReference),
    ...writeAddress(m.address),
    ...validations,
    ...(m.providerInformation ? [writeProvider(m.providerInformation)] : []),
    ...writeDemographics(m.demographics),
    ...writeRelationship(m.relationship),
    ...(m.healthCareDiagnosisCode ? [writeOpaque(m.healthCareDiagnosisCode)] : []),
    ...m.dates.map(writeDatePeriod),
    ...tail,
  ];
}

interface MemberLevel<M> {
  traces: readonly Trace[];
  loop2100C: M;
  loop2000D: readonly { traces: readonly Trace[]; loop2100D: M }[];
}

/** 2000C subscriber levels under the receiver HL `parent`, each followed by its 2000D dependents (270, 271). */
export function writeMemberLevels<M>(hl: HlCounter, parent: number, subscribers: readonly MemberLevel<M>[], writeMember: (m: M) => Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const c of subscribers) {
    const cId = hl.take();
    out.push(writeHl(cId, parent, '22', c.loop2000D.length > 0), ...c.traces.map(writeTrace), ...writeMember(c.loop2100C));
    for (const dep of c.loop2000D) out.push(writeHl(hl.take(), cId, '23', false), ...dep.traces.map(writeTrace), ...writeMember(dep.loop2100D));
  }
  return out;
}

/**
 * ST..SE around the BHT and the 2000A levels, as all four inquiry transactions write them: `writeSource`
 * writes one 2000A and what it holds, taking HL01 numbers in order of appearance; SE01 is counted.
 */
export function generateInquiry<A>(
  setId: string,
  model: { transactionSetControlNumber: string; implementationConventionReference: string; header: BeginningOfHierarchicalTransaction; loop2000A: readonly A[] },
  writeSource: (a: A, hl: HlCounter) => Segment[],
): Segment[] {
  const hl = new HlCounter();
  const body: Segment[] = [writeBht(model.header), ...model.loop2000A.flatMap((a) => writeSource(a, hl))];
  return envelopeTransaction(setId, model.transactionSetControlNumber, model.implementationConventionReference, body);
}

/** Writes a 270 as segments ST..SE, numbering the HL levels and counting SE01. */
export function generate270(model: Transaction270, delimiters: Delimiters = DEFAULT_DELIMITERS): Segment[] {
  const writeMember = (m: Loop2100Member270) => writeMemberName(m, [], m.inquiries.flatMap((q) => writeInquiryLoop(q, delimiters)));
  return generateInquiry('270', model, (a, hl) => {
    const aId = hl.take();
    const out = [writeHl(aId, undefined, '20', a.loop2000B.length > 0), writeName(a.loop2100A.name)];
    for (const b of a.loop2000B) {
      const bId = hl.take();
      const b1 = b.loop2100B;
      out.push(writeHl(bId, aId, '21', b.loop2000C.length > 0), writeName(b1.name), ...b1.references.map(writeReference), ...writeAddress(b1.address));
      if (b1.providerInformation) out.push(writeProvider(b1.providerInformation));
      out.push(...writeMemberLevels(hl, bId, b.loop2000C, writeMember));
    }
    return out;
  });
}
