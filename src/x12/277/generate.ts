import { toX12Date } from '../deps';
import type { CalendarDate } from '../deps';
import { DEFAULT_DELIMITERS } from '../segment';
import type { Delimiters, Segment } from '../segment';
import { amountText, joinComponents, segment, writeContact, writeHl, writeName, writeTrace } from '../inquiry-common/index';
import { generateInquiry } from '../270/index';
import { writeRefs, writeService, writeServiceDate, writeSubscriberLevel } from '../276/index';
import type { ClaimStatusCode, LevelStatus, Loop2200Status, StatusInformation, Transaction277 } from './model';

function statusComposite(c: ClaimStatusCode | undefined, d: Delimiters): string | undefined {
  return c ? joinComponents([c.categoryCode, c.statusCode, c.entityIdentifierCode, c.codeListQualifier], d) : undefined;
}

export function writeStatus(s: StatusInformation, d: Delimiters): Segment {
  const day = (v: CalendarDate | undefined) => (v ? toX12Date(v) : undefined);
  return segment(
    'STC',
    statusComposite(s.statuses[0], d),
    day(s.effectiveDate),
    undefined,
    amountText(s.chargeAmount),
    amountText(s.paymentAmount),
    day(s.adjudicationDate),
    s.paymentMethodCode,
    day(s.checkIssueDate),
    s.checkNumber,
    statusComposite(s.statuses[1], d),
    statusComposite(s.statuses[2], d),
  );
}

function writeClaim(c: Loop2200Status, d: Delimiters): Segment[] {
  return [
    writeTrace(c.trace),
    ...c.statuses.map((s) => writeStatus(s, d)),
    ...writeRefs([
      ['1K', c.payerClaimControlNumber],
      ['BLT', c.institutionalBillType],
      ['EJ', c.patientControlNumber],
      ['XZ', c.pharmacyPrescriptionNumber],
      ['VV', c.voucherIdentifier],
      ['D9', c.clearinghouseClaimNumber],
    ]),
    ...writeServiceDate(c.serviceDate),
    ...c.loop2220.flatMap((l) => [
      writeService(l.service, d),
      ...l.statuses.map((s) => writeStatus(s, d)),
      ...writeRefs([['FJ', l.lineItemControlNumber]]),
      ...writeServiceDate(l.serviceDate),
    ]),
  ];
}

function writeLevelStatus(s: LevelStatus | undefined, d: Delimiters): Segment[] {
  return s ? [writeTrace(s.trace), ...s.statuses.map((x) => writeStatus(x, d))] : [];
}

/** Writes a 277 claim status response as segments ST..SE (for the payer simulator and tests). */
export function generate277(model: Transaction277, delimiters: Delimiters = DEFAULT_DELIMITERS): Segment[] {
  return generateInquiry('277', model, (a, hl) => {
    const aId = hl.take();
    const out = [writeHl(aId, undefined, '20', a.loop2000B.length > 0), writeName(a.loop2100A.name)];
    if (a.loop2100A.contact) out.push(writeContact(a.loop2100A.contact));
    for (const b of a.loop2000B) {
      const bId = hl.take();
      out.push(writeHl(bId, aId, '21', b.loop2000C.length > 0), writeName(b.loop2100B.name), ...writeLevelStatus(b.loop2200B, delimiters));
      for (const c of b.loop2000C) {
        const cId = hl.take();
        out.push(writeHl(cId, bId, '19', c.loop2000D.length > 0), writeName(c.loop2100C.name), ...writeLevelStatus(c.loop2200C, delimiters));
        for (const sub of c.loop2000D) out.push(...writeSubscriberLevel(sub, cId, hl, (claim) => writeClaim(claim, delimiters)));
      }
    }
    return out;
  });
}
