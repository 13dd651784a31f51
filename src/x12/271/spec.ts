// 005010X279A1 Health Care Eligibility Benefit Response (271), as data for the loop walker and
// validator. The LS/LE pair that wraps the 2120C/2120D loops is modelled as two one-segment pseudo
// loops inside 2110C/2110D ('LS2120C'/'LE2120C', D twins), so that the generic walker, which reads a
// loop's own segments before its child loops, places LS, the 2120 loops and LE in guide order. The
// guide counts LS and LE as 2110 segments: a 999 built from a finding on them should say 2110C/D.
import type { LoopSpec, SegmentSpec, TransactionSpec } from '../spec';
import { bhtSpec, dtpSpec, el, n3Spec, n4Spec, nm1Spec, perSpec, prvSpec, refSpec, seg } from '../inquiry-common/index';
import {
  COVERAGE_LEVEL_CODES,
  MEMBER_REF_QUALIFIERS,
  PROVIDER_CODES,
  diagnosisPointerComposite,
  memberLevels,
  procedureComposite,
  receiverLevel,
  sourceLevel,
} from '../270/index';
import {
  BENEFIT_DATE_QUALIFIERS,
  BENEFIT_ENTITY_CODES,
  BENEFIT_ENTITY_ID_QUALIFIERS,
  BENEFIT_REF_QUALIFIERS,
  ELIGIBILITY_OR_BENEFIT_CODES,
  FOLLOW_UP_ACTION_CODES,
  INSURANCE_TYPE_CODES,
  MEMBER_DATE_QUALIFIERS_271,
  QUANTITY_QUALIFIERS,
  REJECT_REASONS_BY_LEVEL,
  TIME_PERIOD_QUALIFIERS,
} from './codes';

export function aaaSpec(name: string, reasons: readonly string[]): SegmentSpec {
  return seg(
    'AAA',
    name,
    [
      el('AAA01', 'Yes/No Condition or Response Code', 'R', 'ID', 1, 1, ['N', 'Y']),
      el('AAA02', 'Agency Qualifier Code', 'N', 'ID', 2, 2),
      el('AAA03', 'Reject Reason Code', 'R', 'ID', 2, 2, reasons),
      el('AAA04', 'Follow-up Action Code', 'R', 'ID', 1, 1, Object.keys(FOLLOW_UP_ACTION_CODES)),
    ],
    { usage: 'S', max: 9 },
  );
}

const ebSpec: SegmentSpec = seg('EB', 'Eligibility or Benefit Information', [
  el('EB01', 'Eligibility or Benefit Information Code', 'R', 'ID', 1, 2, Object.keys(ELIGIBILITY_OR_BENEFIT_CODES)),
  el('EB02', 'Coverage Level Code', 'S', 'ID', 3, 3, COVERAGE_LEVEL_CODES),
  // EB03 repeats (ISA11 between service type codes); the guide's list is longer than the table we name.
  el('EB03', 'Service Type Code', 'S', 'ID', 1, 2),
  el('EB04', 'Insurance Type Code', 'S', 'ID', 1, 3, INSURANCE_TYPE_CODES),
  el('EB05', 'Plan Coverage Description', 'S', 'AN', 1, 50),
  el('EB06', 'Time Period Qualifier', 'S', 'ID', 1, 2, Object.keys(TIME_PERIOD_QUALIFIERS)),
  el('EB07', 'Monetary Amount', 'S', 'R', 1, 18),
  el('EB08', 'Percentage as Decimal', 'S', 'R', 1, 10),
  el('EB09', 'Quantity Qualifier', 'S', 'ID', 2, 2, QUANTITY_QUALIFIERS),
  el('EB10', 'Quantity', 'S', 'R', 1, 15),
  el('EB11', 'Yes/No Condition or Response Code (authorization or certification required)', 'S', 'ID', 1, 1, ['N', 'U', 'Y']),
  el('EB12', 'Yes/No Condition or Response Code (in plan network)', 'S', 'ID', 1, 1, ['N', 'U', 'W', 'Y']),
  procedureComposite('EB13'),
  diagnosisPointerComposite('EB14'),
]);

const hsdSpec: SegmentSpec = seg(
  'HSD',
  'Health Care Services Delivery',
  [
    el('HSD01', 'Quantity Qualifier', 'S', 'ID', 2, 2),
    el('HSD02', 'Quantity', 'S', 'R', 1, 15),
    el('HSD03', 'Unit or Basis for Measurement Code', 'S', 'ID', 2, 2),
    el('HSD04', 'Sample Selection Modulus', 'S', 'R', 1, 6),
    el('HSD05', 'Time Period Qualifier', 'S', 'ID', 1, 2, Object.keys(TIME_PERIOD_QUALIFIERS)),
    el('HSD06', 'Number of Periods', 'S', 'N0', 1, 3),
    el('HSD07', 'Ship/Delivery or Calendar Pattern Code', 'S', 'ID', 1, 2),
    el('HSD08', 'Ship/Delivery Pattern Time Code', 'S', 'ID', 1, 1),
  ],
  { usage: 'S', max: 9 },
);

const mpiSpec: SegmentSpec = seg(
  'MPI',
  'Military Personnel Information',
  [
    el('MPI01', 'Information Status Code', 'R', 'ID', 1, 1),
    el('MPI02', 'Employment Status Code', 'R', 'ID', 2, 2),
    el('MPI03', 'Government Service Affiliation Code', 'R', 'ID', 1, 1),
    el('MPI04', 'Description', 'S', 'AN', 1, 80),
    el('MPI05', 'Military Service Rank Code', 'S', 'ID', 2, 2),
    el('MPI06', 'Date Time Period Format Qualifier', 'S', 'ID', 2, 3, ['D8', 'RD8']),
    el('MPI07', 'Date Time Period', 'S', 'AN', 1, 35),
  ],
  { usage: 'S' },
);

function benefitLoops(suffix: 'C' | 'D', who: string): LoopSpec {
  const entity: LoopSpec = {
    id: `2120${suffix}`,
    name: `${who} Benefit Related Entity Name`,
    usage: 'S',
    max: 23,
    segments: [
      nm1Spec(`${who} Benefit Related Entity Name`, { entityCodes: BENEFIT_ENTITY_CODES, idQualifiers: BENEFIT_ENTITY_ID_QUALIFIERS }),
      n3Spec(`${who} Benefit Related Entity Address`),
      n4Spec(`${who} Benefit Related Entity City, State, ZIP Code`),
      perSpec(`${who} Benefit Related Entity Contact Information`, ['IC'], 3),
      prvSpec(`${who} Benefit Related Provider Information`, PROVIDER_CODES),
    ],
    loops: [],
  };
  return {
    id: `2110${suffix}`,
    name: `${who} Eligibility or Benefit Information`,
    usage: 'S',
    max: Infinity,
    segments: [
      ebSpec,
      hsdSpec,
      refSpec(`${who} Additional Identification`, BENEFIT_REF_QUALIFIERS, 9),
      dtpSpec(`${who} Eligibility/Benefit Date`, BENEFIT_DATE_QUALIFIERS, 20),
      aaaSpec(`${who} Request Validation`, REJECT_REASONS_BY_LEVEL.benefit),
      seg('MSG', 'Message Text', [el('MSG01', 'Free-Form Message Text', 'R', 'AN', 1, 264)], { usage: 'S', max: 10 }),
    ],
    loops: [
      {
        id: `2115${suffix}`,
        name: `${who} Eligibility or Benefit Additional Information`,
        usage: 'S',
        max: 10,
        segments: [
          seg(
            'III',
            'Eligibility or Benefit Additional Information',
            [
              el('III01', 'Code List Qualifier Code', 'R', 'ID', 1, 3, ['GR', 'NI', 'ZZ']),
              el('III02', 'Industry Code', 'R', 'AN', 1, 30),
              el('III03', 'Code Category', 'S', 'ID', 2, 2, ['44']),
              el('III04', 'Free-form Message Text', 'S', 'AN', 1, 264),
            ],
            { usage: 'S' },
          ),
        ],
        loops: [],
      },
      {
        id: `LS2120${suffix}`,
        name: 'Loop Header (LS*2120, part of 2110)',
        usage: 'S',
        max: 1,
        segments: [seg('LS', 'Loop Header', [el('LS01', 'Loop Identifier Code', 'R', 'AN', 1, 4, ['2120'])])],
        loops: [entity],
      },
      {
        id: `LE2120${suffix}`,
        name: 'Loop Trailer (LE*2120, part of 2110)',
        usage: 'S',
        max: 1,
        segments: [seg('LE', 'Loop Trailer', [el('LE01', 'Loop Identifier Code', 'R', 'AN', 1, 4, ['2120'])])],
        loops: [],
      },
    ],
  };
}

const subscribers = memberLevels({
  subscriberUsage: 'S',
  traceTypes: ['1', '2'],
  traceMax: 3,
  name: {
    refQualifiers: [...MEMBER_REF_QUALIFIERS, 'Q4'],
    validation: (who) => [aaaSpec(`${who} Request Validation`, REJECT_REASONS_BY_LEVEL.member)],
    dates: (who) => dtpSpec(`${who} Date`, MEMBER_DATE_QUALIFIERS_271, 9),
    after: [mpiSpec],
    loops: (suffix, who) => [benefitLoops(suffix, who)],
  },
});

const receivers = receiverLevel('S', [aaaSpec('Information Receiver Request Validation', REJECT_REASONS_BY_LEVEL.receiver)], subscribers);

export const x271Spec: TransactionSpec = {
  transactionSetId: '271',
  guide: '005010X279A1',
  acceptedGuides: ['005010X279'],
  functionalIdentifier: 'HB',
  header: [bhtSpec('0022', ['06', '11'])],
  loops: [
    sourceLevel(
      [aaaSpec('Request Validation', REJECT_REASONS_BY_LEVEL.source)],
      [perSpec('Information Source Contact Information', ['IC'], 3), aaaSpec('Information Source Request Validation', REJECT_REASONS_BY_LEVEL.source)],
      receivers,
    ),
  ],
};
