// Codecs shared by the 276 and 277 claim loops.
import type { Segment } from '../segment';
import type { LoopNode } from '../spec';
import { amountText, firstOf, joinComponents, opt, readAmount, readDatePeriod, req, segment, splitComponents, writeDatePeriod, writeReference } from '../inquiry-common/index';
import type { DatePeriod, ReadContext } from '../inquiry-common/index';
import type { ClaimIdentifiers, ServiceLineInformation } from './model';

export function readService(ctx: ReadContext, s: Segment, loop: string): ServiceLineInformation {
  const c = splitComponents(opt(s, 1), ctx.delimiters);
  return {
    qualifier: c[0] ?? '',
    procedureCode: c[1] ?? '',
    modifiers: c.slice(2, 6).filter((m) => m !== ''),
    lineItemChargeAmount: readAmount(ctx, s, 2, loop, 'SVC02'),
    lineItemPaymentAmount: readAmount(ctx, s, 3, loop, 'SVC03'),
    revenueCode: opt(s, 4),
    unitsOfServiceCount: opt(s, 7),
  };
}

export function writeService(v: ServiceLineInformation, d: import('../segment').Delimiters): Segment {
  const mods = [0, 1, 2, 3].map((i) => v.modifiers[i]);
  return segment(
    'SVC',
    joinComponents([v.qualifier, v.procedureCode, ...mods], d),
    amountText(v.lineItemChargeAmount),
    amountText(v.lineItemPaymentAmount),
    v.revenueCode,
    undefined,
    undefined,
    v.unitsOfServiceCount,
  );
}

export function refValue(node: LoopNode, qualifier: string): string | undefined {
  const s = firstOf(node, 'REF', [qualifier]);
  return s ? req(s, 2) : undefined;
}

export function readClaimIdentifiers(node: LoopNode): ClaimIdentifiers {
  return {
    payerClaimControlNumber: refValue(node, '1K'),
    institutionalBillType: refValue(node, 'BLT'),
    patientControlNumber: refValue(node, 'EJ'),
    pharmacyPrescriptionNumber: refValue(node, 'XZ'),
    clearinghouseClaimNumber: refValue(node, 'D9'),
  };
}

/** REF segments in the order both guides list them, given as [qualifier, value] pairs. */
export function writeRefs(pairs: readonly (readonly [string, string | undefined])[]): Segment[] {
  return pairs.flatMap(([qualifier, value]) => (value === undefined ? [] : [writeReference({ qualifier, value })]));
}

export function serviceDateOf(ctx: ReadContext, node: LoopNode): DatePeriod | undefined {
  const s = firstOf(node, 'DTP', ['472']);
  return s ? readDatePeriod(ctx, s, node.id) : undefined;
}

export function writeServiceDate(p: DatePeriod | undefined): Segment[] {
  return p ? [writeDatePeriod(p)] : [];
}
