// Loops that the 837P and 837I share with small differences: 2320/2330 other subscriber (COB),
// 2410 drug identification and 2430 line adjudication.
import { AMT, CAS, CTP, DTP, LIN, MIA, MOA, OI, REF, SBR, SVD } from './segments';
import { CTP_SPEC, LIN_SPEC, MIA_SPEC, MOA_SPEC, OI_SPEC, amt, cas, dtp, nm1, ref, SVD_SPEC } from './elements';
import { child, loopDef, slot } from './loop-def';
import type { LoopDef } from './loop-def';
import { nameLoop } from './name-loop';
import { sbrSpec } from './hierarchy';
import type { SegmentSpec } from '../spec';

export function loop2410(): LoopDef {
  return loopDef('2410', 'Drug Identification', 'S', 1, [
    slot('drugIdentification', LIN, LIN_SPEC, false),
    slot('drugQuantity', CTP, CTP_SPEC, false),
    slot('references', REF, ref('Prescription or Compound Drug Association Number', 'S', 1, ['VY', 'XZ']), true),
  ]);
}

export function loop2430(productQualifiers: readonly string[]): LoopDef {
  return loopDef('2430', 'Line Adjudication Information', 'S', 15, [
    slot('lineAdjudicationInformation', SVD, SVD_SPEC(productQualifiers), false),
    slot('lineAdjustments', CAS, cas('Line Adjustment', 5), true),
    slot('dates', DTP, dtp('Line Check or Remittance Date', 'R', 1, ['573'], ['D8']), true),
    slot('amounts', AMT, amt('Remaining Patient Liability', 'S', 1, ['EAF']), true),
  ]);
}

/** Secondary providers in 2330 C..: [loop id, name, NM101 codes]. */
export type OtherPayerProvider = readonly [string, string, readonly string[]];

export function loop2320(institutional: boolean, providers: readonly OtherPayerProvider[]): LoopDef {
  const payerRefs: SegmentSpec[] = [
    ref('Other Payer Secondary Identifier', 'S', 2, ['2U', 'EI', 'FY', 'NF']),
    ref('Other Payer Prior Authorization Number', 'S', 1, ['G1']),
    ref('Other Payer Referral Number', 'S', 1, ['9F']),
    ref('Other Payer Claim Adjustment Indicator', 'S', 1, ['T4']),
    ref('Other Payer Claim Control Number', 'S', 1, ['F8']),
  ];
  const children: LoopDef[] = [
    nameLoop('2330A', 'Other Subscriber Name', 'R', 1, nm1('Other Subscriber Name', ['IL'], { idQualifiers: ['II', 'MI'], idUsage: 'R' }), {
      address: 'S', refs: [ref('Other Subscriber Secondary Identification', 'S', 1, ['SY'])],
    }),
    nameLoop('2330B', 'Other Payer Name', 'R', 1, nm1('Other Payer Name', ['PR'], { entityTypes: ['2'], idQualifiers: ['PI', 'XV'], idUsage: 'R' }), {
      address: 'S', dtp: dtp('Claim Check or Remittance Date', 'S', 1, ['573'], ['D8']), refs: payerRefs,
    }),
    ...providers.map(([id, name, codes]) =>
      nameLoop(id, name, 'S', codes.includes('DN') ? 2 : 1, nm1(name, codes, { idQualifiers: [] }), {
        refs: [ref(`${name} Secondary Identification`, 'R', 3, ['0B', '1G', 'G2', 'LU'])],
      })),
  ];
  const slots = [
    slot('otherSubscriberInformation', SBR, sbrSpec('Other Subscriber Information', true), false),
    slot('claimLevelAdjustments', CAS, cas('Claim Level Adjustments', 5), true),
    slot('amounts', AMT, [
      amt('Payer Prior Payment', 'S', 1, ['D']),
      amt('Coordination of Benefits (COB) Total Non-Covered Amount', 'S', 1, ['A8']),
      amt('Remaining Patient Liability', 'S', 1, ['EAF']),
    ], true),
    slot('otherInsuranceCoverageInformation', OI, OI_SPEC, false),
  ];
  if (institutional) {
    slots.push(slot('inpatientAdjudicationInformation', MIA, MIA_SPEC, false));
  }
  slots.push(slot('outpatientAdjudicationInformation', MOA, MOA_SPEC, false));
  return loopDef('2320', 'Other Subscriber Information', 'S', 10, slots, children.map((c) => child(c, c.max > 1)));
}
