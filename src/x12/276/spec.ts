// 005010X212 Health Care Claim Status Request (276), as data for the loop walker and validator.
// The 277 (same guide) reuses the level and name loops built here.
import type { ElementSpec, LoopSpec, SegmentSpec, TransactionSpec } from '../spec';
import { bhtSpec, composite, dmgSpec, dtpSpec, el, hlSpec, levelLoop, loopSpec, nameLoop, nm1Spec, refSpec, seg, trnSpec } from '../inquiry-common/index';

/** SVC01-1 Product or Service ID Qualifier in the claim status guides. */
export const SERVICE_ID_QUALIFIERS = ['AD', 'ER', 'HC', 'HP', 'IV', 'N4', 'NU', 'WK'] as const;

export function svcSpec(paymentUsage: 'S' | 'N'): SegmentSpec {
  const elements: ElementSpec[] = [
    composite('SVC01', 'Composite Medical Procedure Identifier', 'R', [
      el('SVC01-1', 'Product or Service ID Qualifier', 'R', 'ID', 2, 2, SERVICE_ID_QUALIFIERS),
      el('SVC01-2', 'Procedure Code', 'R', 'AN', 1, 48),
      el('SVC01-3', 'Procedure Modifier', 'S', 'AN', 2, 2),
      el('SVC01-4', 'Procedure Modifier', 'S', 'AN', 2, 2),
      el('SVC01-5', 'Procedure Modifier', 'S', 'AN', 2, 2),
      el('SVC01-6', 'Procedure Modifier', 'S', 'AN', 2, 2),
      el('SVC01-7', 'Description', 'N', 'AN', 1, 80),
    ]),
    el('SVC02', 'Monetary Amount (line item charge)', 'R', 'R', 1, 18),
    el('SVC03', 'Monetary Amount (line item provider payment)', paymentUsage, 'R', 1, 18),
    el('SVC04', 'Product/Service ID (revenue code)', 'S', 'AN', 1, 48),
    el('SVC05', 'Quantity', 'N', 'R', 1, 15),
    el('SVC06', 'Composite Medical Procedure Identifier', 'N', 'AN', 1, 100),
    el('SVC07', 'Quantity (original units of service)', 'S', 'R', 1, 15),
  ];
  return seg('SVC', 'Service Line Information', elements);
}

/** 2000A..2000C and their name loops are identical in 276 and 277 except for the loops they hold. */
export function levelLoops(extra: {
  loop2100A?: SegmentSpec[];
  loop2000B?: LoopSpec[];
  loop2000C?: LoopSpec[];
  loop2000D: LoopSpec;
}): LoopSpec {
  const loop2000C = levelLoop('2000C', 'Service Provider Level', 'S', [hlSpec('Service Provider Level', '19', 'R')], [
    nameLoop('2100C', 'Provider Name', [nm1Spec('Provider Name', { entityCodes: ['1P'], idQualifiers: ['FI', 'SV', 'XX'], idUsage: 'R' })]),
    ...(extra.loop2000C ?? []),
    extra.loop2000D,
  ]);
  const loop2000B = levelLoop('2000B', 'Information Receiver Level', 'R', [hlSpec('Information Receiver Level', '21', 'R')], [
    nameLoop('2100B', 'Information Receiver Name', [nm1Spec('Information Receiver Name', { entityCodes: ['41'], idQualifiers: ['46', 'FI', 'XX'], idUsage: 'R' })]),
    ...(extra.loop2000B ?? []),
    loop2000C,
  ]);
  const payerName = nm1Spec('Payer Name', { entityCodes: ['PR'], entityTypes: ['2'], idQualifiers: ['PI', 'XV'], idUsage: 'R', lastNameUsage: 'R' });
  return levelLoop('2000A', 'Information Source Level', 'R', [hlSpec('Information Source Level', '20', 'R', 'N')], [
    nameLoop('2100A', 'Payer Name', [payerName, ...(extra.loop2100A ?? [])]),
    loop2000B,
  ]);
}

/**
 * 2000D subscriber and 2000E dependent levels, with their name loops, as the 276 and 277 share them.
 * What differs is passed in: the 2000D usage (the 276 requires it, the 277 may leave it out), the segments
 * after the dependent HL (the 276 requires DMG there) and each transaction's own 2200 claim loops.
 */
export function memberLevels(o: { subscriberUsage: 'R' | 'S'; dependentSegments: SegmentSpec[]; claimLoops: (suffix: 'D' | 'E') => LoopSpec }): LoopSpec {
  // HL04 is not used at the dependent level: a dependent has no children.
  const loop2000E = levelLoop('2000E', 'Dependent Level', 'S', [hlSpec('Dependent Level', '23', 'N'), ...o.dependentSegments], [
    nameLoop('2100E', 'Dependent Name', [nm1Spec('Dependent Name', { entityCodes: ['QC'], entityTypes: ['1'], lastNameUsage: 'R', idUsage: 'N' })]),
    o.claimLoops('E'),
  ]);
  return levelLoop('2000D', 'Subscriber Level', o.subscriberUsage, [hlSpec('Subscriber Level', '22', 'R'), dmgSpec('Subscriber Demographic Information')], [
    nameLoop('2100D', 'Subscriber Name', [nm1Spec('Subscriber Name', { entityCodes: ['IL'], idQualifiers: ['24', 'II', 'MI'], idUsage: 'R', lastNameUsage: 'R' })]),
    o.claimLoops('D'),
    loop2000E,
  ]);
}

export const CLAIM_DATE = ['472'] as const;

function claimLoops(suffix: 'D' | 'E'): LoopSpec {
  const amt = seg('AMT', 'Claim Submitted Charges', [el('AMT01', 'Amount Qualifier Code', 'R', 'ID', 1, 3, ['T3']), el('AMT02', 'Monetary Amount', 'R', 'R', 1, 18)], {
    usage: 'S',
    qualifierValues: ['T3'],
  });
  const line = loopSpec(`2210${suffix}`, 'Service Line Information', 'S', Infinity, [
    svcSpec('N'),
    refSpec('Service Line Item Identification', ['FJ']),
    dtpSpec('Service Line Date', CLAIM_DATE, 1, 'R'),
  ]);
  return loopSpec(
    `2200${suffix}`,
    'Claim Status Tracking Number',
    'S',
    Infinity,
    [
      trnSpec('Claim Status Tracking Number', ['1'], 1, 'R'),
      refSpec('Payer Claim Control Number', ['1K']),
      refSpec('Institutional Bill Type Identification', ['BLT']),
      refSpec('Application or Location System Identifier', ['LU']),
      refSpec('Group Number', ['6P']),
      refSpec('Patient Control Number', ['EJ']),
      refSpec('Pharmacy Prescription Number', ['XZ']),
      refSpec('Claim Identification Number for Clearinghouses and Other Transmission Intermediaries', ['D9']),
      amt,
      dtpSpec('Claim Service Date', CLAIM_DATE),
    ],
    [line],
  );
}

export const x276Loop2000D: LoopSpec = memberLevels({
  subscriberUsage: 'R',
  dependentSegments: [dmgSpec('Dependent Demographic Information', 'R')],
  claimLoops,
});

export const x276Spec: TransactionSpec = {
  transactionSetId: '276',
  guide: '005010X212',
  acceptedGuides: [],
  functionalIdentifier: 'HR',
  header: [bhtSpec('0010', ['13'])],
  loops: [levelLoops({ loop2000D: x276Loop2000D })],
};
