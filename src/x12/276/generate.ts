import { DEFAULT_DELIMITERS } from '../segment';
import type { Delimiters, Segment } from '../segment';
import { amountText, segment, writeDemographics, writeHl, writeName, writeTrace } from '../inquiry-common/index';
import { generateInquiry, type HlCounter } from '../270/index';
import { writeRefs, writeService, writeServiceDate } from './codec';
import type { Demographics, EntityName } from '../inquiry-common/index';
import type { Loop2200Request, Transaction276 } from './model';

function writeClaim(c: Loop2200Request, d: Delimiters): Segment[] {
  return [
    writeTrace(c.trace),
    ...writeRefs([
      ['1K', c.payerClaimControlNumber],
      ['BLT', c.institutionalBillType],
      ['LU', c.applicationOrLocationSystemIdentifier],
      ['6P', c.groupNumber],
      ['EJ', c.patientControlNumber],
      ['XZ', c.pharmacyPrescriptionNumber],
      ['D9', c.clearinghouseClaimNumber],
    ]),
    ...(c.totalClaimChargeAmount !== undefined ? [segment('AMT', 'T3', amountText(c.totalClaimChargeAmount))] : []),
    ...writeServiceDate(c.serviceDate),
    ...c.loop2210.flatMap((l) => [writeService(l.service, d), ...writeRefs([['FJ', l.lineItemControlNumber]]), ...writeServiceDate(l.serviceDate)]),
  ];
}

interface SubscriberLevel<C> {
  demographics?: Demographics;
  loop2100D: { name: EntityName };
  loop2200D: readonly C[];
  /** The 277 has no dependent DMG: its model leaves `demographics` out. */
  loop2000E: readonly { demographics?: Demographics; loop2100E: { name: EntityName }; loop2200E: readonly C[] }[];
}

/** 2000D subscriber, its claims and its 2000E dependents with theirs, as the 276 and 277 write them. */
export function writeSubscriberLevel<C>(sub: SubscriberLevel<C>, parent: number, hl: HlCounter, writeClaim: (c: C) => Segment[]): Segment[] {
  const id = hl.take();
  const out = [writeHl(id, parent, '22', sub.loop2000E.length > 0), ...writeDemographics(sub.demographics), writeName(sub.loop2100D.name)];
  out.push(...sub.loop2200D.flatMap(writeClaim));
  for (const dep of sub.loop2000E) {
    // HL04 is not used at the dependent level.
    out.push(writeHl(hl.take(), id, '23', undefined), ...writeDemographics(dep.demographics), writeName(dep.loop2100E.name));
    out.push(...dep.loop2200E.flatMap(writeClaim));
  }
  return out;
}

/** Writes a 276 as segments ST..SE, numbering the HL levels and counting SE01. */
export function generate276(model: Transaction276, delimiters: Delimiters = DEFAULT_DELIMITERS): Segment[] {
  return generateInquiry('276', model, (a, hl) => {
    const aId = hl.take();
    const out = [writeHl(aId, undefined, '20', a.loop2000B.length > 0), writeName(a.loop2100A.name)];
    for (const b of a.loop2000B) {
      const bId = hl.take();
      out.push(writeHl(bId, aId, '21', b.loop2000C.length > 0), writeName(b.loop2100B.name));
      for (const c of b.loop2000C) {
        const cId = hl.take();
        out.push(writeHl(cId, bId, '19', c.loop2000D.length > 0), writeName(c.loop2100C.name));
        for (const sub of c.loop2000D) out.push(...writeSubscriberLevel(sub, cId, hl, (claim) => writeClaim(claim, delimiters)));
      }
    }
    return out;
  });
}
