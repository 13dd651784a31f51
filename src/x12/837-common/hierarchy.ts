// The parts of the 837P and 837I above the claim: BHT, 1000A/B, and the HL hierarchy 2000A (billing
// provider) > 2000B (subscriber) > 2000C (patient), with their name loops. The claim loop (2300) is
// passed in because it differs between the guides.
import { BHT, CUR, PAT, PRV, SBR } from './segments';
import { e, nm1, per, prv, ref, seg } from './elements';
import { child, loopDef, slot } from './loop-def';
import type { LoopDef, TransactionDef } from './loop-def';
import { nameLoop } from './name-loop';

const BHT_SPEC = seg('BHT', 'Beginning of Hierarchical Transaction', 'R', 1, [
  e('BHT01', 'R', 'ID', 4, 4, 'Hierarchical Structure Code', ['0019']),
  e('BHT02', 'R', 'ID', 2, 2, 'Transaction Set Purpose Code', ['00', '18']),
  e('BHT03', 'R', 'AN', 1, 50, 'Originator Application Transaction Identifier'),
  e('BHT04', 'R', 'DT', 8, 8, 'Transaction Set Creation Date'),
  e('BHT05', 'R', 'TM', 4, 8, 'Transaction Set Creation Time'),
  e('BHT06', 'R', 'ID', 2, 2, 'Claim or Encounter Identifier', ['31', 'CH', 'RP']),
]);

const SBR_CODES = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'P', 'S', 'T', 'U'];
export const FILING_INDICATORS = ['11', '12', '13', '14', '15', '16', '17', 'AM', 'BL', 'CH', 'CI', 'DS', 'FI', 'HM', 'LM', 'MA', 'MB', 'MC', 'OF', 'TV', 'VA', 'WC', 'ZZ'];
export const RELATIONSHIP_CODES = ['01', '18', '19', '20', '21', '39', '40', '53', 'G8'];

export function sbrSpec(name: string, otherSubscriber: boolean): ReturnType<typeof seg> {
  return seg('SBR', name, 'R', 1, [
    e('SBR01', 'R', 'ID', 1, 1, 'Payer Responsibility Sequence Number Code', SBR_CODES),
    e('SBR02', otherSubscriber ? 'R' : 'S', 'ID', 2, 2, 'Individual Relationship Code', otherSubscriber ? RELATIONSHIP_CODES : ['18']),
    e('SBR03', 'S', 'AN', 1, 50, 'Reference Identification'),
    e('SBR04', 'S', 'AN', 1, 60, 'Name'),
    e('SBR05', 'S', 'ID', 1, 3, 'Insurance Type Code', ['12', '13', '14', '15', '16', '41', '42', '43', '47']),
    e('SBR06', 'N', 'ID', 1, 1, 'Coordination of Benefits Code'),
    e('SBR07', 'N', 'ID', 1, 1, 'Yes/No Condition or Response Code'),
    e('SBR08', 'N', 'ID', 2, 2, 'Employment Status Code'),
    e('SBR09', 'S', 'ID', 1, 2, 'Claim Filing Indicator Code', FILING_INDICATORS),
  ]);
}

const PAT_SPEC = (usage: 'R' | 'S', dependent: boolean) => seg('PAT', dependent ? 'Patient Information' : 'Patient Information (subscriber)', usage, 1, [
  e('PAT01', dependent ? 'R' : 'N', 'ID', 2, 2, 'Individual Relationship Code', RELATIONSHIP_CODES.filter((c) => c !== '18')),
  e('PAT05', 'S', 'ID', 2, 3, 'Date Time Period Format Qualifier', ['D8']),
  e('PAT06', 'S', 'AN', 1, 35, 'Patient Death Date'),
  e('PAT07', 'S', 'ID', 2, 2, 'Unit or Basis for Measurement Code', ['01']),
  e('PAT08', 'S', 'R', 1, 10, 'Patient Weight'),
  e('PAT09', 'S', 'ID', 1, 1, 'Pregnancy Indicator', ['Y']),
]);

const PAYER_REFS = [
  ref('Payer Secondary Identification', 'S', 3, ['2U', 'EI', 'FY', 'NF']),
  ref('Billing Provider Secondary Identification', 'S', 2, ['G2', 'LU']),
];

function billingProvider(): LoopDef[] {
  return [
    nameLoop('2010AA', 'Billing Provider Name', 'R', 1, nm1('Billing Provider Name', ['85'], { idQualifiers: ['XX'], idUsage: 'R' }), {
      address: 'R',
      refs: [ref('Billing Provider Tax Identification', 'R', 1, ['EI', 'SY']), ref('Billing Provider UPIN/License Information', 'S', 2, ['0B', '1G'])],
      per: per('Billing Provider Contact Information', 'S', 2),
    }),
    nameLoop('2010AB', 'Pay-to Address Name', 'S', 1, nm1('Pay-to Address Name', ['87'], { entityTypes: ['1', '2'], idQualifiers: [] }), { address: 'R' }),
    nameLoop('2010AC', 'Pay-To Plan Name', 'S', 1, nm1('Pay-To Plan Name', ['PE'], { entityTypes: ['2'], idQualifiers: ['PI', 'XV'], idUsage: 'R' }), {
      address: 'R',
      refs: [ref('Pay-to Plan Secondary Identification', 'S', 1, ['2U', 'FY', 'NF']), ref('Pay-To Plan Tax Identification Number', 'R', 1, ['EI'])],
    }),
  ];
}

function subscriberLoops(): LoopDef[] {
  return [
    nameLoop('2010BA', 'Subscriber Name', 'R', 1, nm1('Subscriber Name', ['IL'], { idQualifiers: ['II', 'MI'] }), {
      address: 'S', dmg: 'S',
      refs: [ref('Subscriber Secondary Identification', 'S', 1, ['SY']), ref('Property and Casualty Claim Number', 'S', 1, ['Y4'])],
      per: per('Property and Casualty Subscriber Contact Information', 'S', 1),
    }),
    nameLoop('2010BB', 'Payer Name', 'R', 1, nm1('Payer Name', ['PR'], { entityTypes: ['2'], idQualifiers: ['PI', 'XV'], idUsage: 'R' }), {
      address: 'S', refs: PAYER_REFS,
    }),
  ];
}

/** The 2000A billing provider hierarchy down to the claim loop, and the transaction around it. */
export function transactionDef(guide: string, acceptedGuides: readonly string[], loop2300: LoopDef, patInSubscriber: boolean): { def: TransactionDef; root: LoopDef } {
  const loop2010CA = nameLoop('2010CA', 'Patient Name', 'R', 1, nm1('Patient Name', ['QC'], { entityTypes: ['1'], idQualifiers: [] }), {
    address: 'R', dmg: 'R',
    refs: [ref('Property and Casualty Claim Number', 'S', 1, ['Y4']), ref('Property and Casualty Patient Identifier', 'S', 1, ['1W', 'SY'])],
    per: per('Property and Casualty Patient Contact Information', 'S', 1),
  });
  const loop2000C = loopDef('2000C', 'Patient Hierarchical Level', 'S', Infinity,
    [slot('patientInformation', PAT, PAT_SPEC('R', true), false)], [child(loop2010CA, false), child(loop2300, true)], { hlLevel: '23' });
  const subscriberSlots = [slot('subscriberInformation', SBR, sbrSpec('Subscriber Information', false), false)];
  if (patInSubscriber) subscriberSlots.push(slot('patientInformation', PAT, PAT_SPEC('S', false), false));
  const [loop2010BA, loop2010BB] = subscriberLoops() as [LoopDef, LoopDef];
  const loop2000B = loopDef('2000B', 'Subscriber Hierarchical Level', 'R', Infinity, subscriberSlots,
    [child(loop2010BA, false), child(loop2010BB, false), child(loop2300, true), child(loop2000C, true)], { hlLevel: '22' });
  const [aa, ab, ac] = billingProvider() as [LoopDef, LoopDef, LoopDef];
  const loop2000A = loopDef('2000A', 'Billing Provider Hierarchical Level', 'R', Infinity, [
    slot('specialty', PRV, prv('Billing Provider Specialty Information', 'S', ['BI']), false),
    slot('foreignCurrency', CUR, seg('CUR', 'Foreign Currency Information', 'S', 1, [
      e('CUR01', 'R', 'ID', 2, 3, 'Entity Identifier Code', ['85']), e('CUR02', 'R', 'ID', 3, 3, 'Currency Code'),
    ]), false),
  ], [child(aa, false), child(ab, false), child(ac, false), child(loop2000B, true)], { hlLevel: '20' });
  const loop1000A = nameLoop('1000A', 'Submitter Name', 'R', 1, nm1('Submitter Name', ['41'], { idQualifiers: ['46'], idUsage: 'R' }), {
    per: per('Submitter EDI Contact Information', 'R', 2),
  });
  const loop1000B = nameLoop('1000B', 'Receiver Name', 'R', 1, nm1('Receiver Name', ['40'], { entityTypes: ['2'], idQualifiers: ['46'], idUsage: 'R' }), {});
  const header = [slot('beginningOfHierarchicalTransaction', BHT, BHT_SPEC, false)];
  const loops = [child(loop1000A, false), child(loop1000B, false), child(loop2000A, true)];
  const def: TransactionDef = { guide, acceptedGuides, header, loops };
  const root = loopDef('ST', 'Transaction', 'R', 1, header, loops);
  return { def, root };
}
