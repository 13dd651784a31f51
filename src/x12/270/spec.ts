// 005010X279A1 Health Care Eligibility Benefit Inquiry (270), as data for the generic loop walker
// and validator. Loop ids, usages and repeat counts follow the implementation guide. The HL levels and
// name loops it builds like the 271 are in spec-levels.ts.
import type { LoopSpec, SegmentSpec, TransactionSpec } from '../spec';
import { bhtSpec, dtpSpec, el, refSpec, seg } from '../inquiry-common/index';
import { COVERAGE_LEVEL_CODES, INQUIRY_DATE_QUALIFIERS, INQUIRY_REF_QUALIFIERS, MEMBER_DATE_QUALIFIERS, MEMBER_REF_QUALIFIERS } from './codes';
import { memberLevels, receiverLevel, sourceLevel } from './spec-levels';
import { diagnosisPointerComposite, procedureComposite } from './spec-segments';

const eqSpec: SegmentSpec = seg(
  'EQ',
  'Eligibility or Benefit Inquiry',
  [
    // EQ01 repeats (up to 99 service type codes, ISA11 between them). No code list here: the guide's list is
    // longer than the SERVICE_TYPE_CODES we name, so any 1-2 character code passes (length is checked per repetition).
    el('EQ01', 'Service Type Code', 'S', 'ID', 1, 2),
    procedureComposite('EQ02'),
    el('EQ03', 'Coverage Level Code', 'S', 'ID', 3, 3, COVERAGE_LEVEL_CODES),
    diagnosisPointerComposite('EQ05'),
  ],
  { usage: 'R' },
);

const amtSpec = (qualifier: string, name: string) =>
  seg('AMT', name, [el('AMT01', 'Amount Qualifier Code', 'R', 'ID', 1, 3, [qualifier]), el('AMT02', 'Monetary Amount', 'R', 'R', 1, 18)], {
    usage: 'S',
    qualifierValues: [qualifier],
  });

const iiiSpec: SegmentSpec = seg(
  'III',
  'Eligibility or Benefit Additional Inquiry Information',
  [el('III01', 'Code List Qualifier Code', 'R', 'ID', 1, 3, ['ZZ']), el('III02', 'Industry Code', 'R', 'AN', 1, 30)],
  { usage: 'S', max: 10 },
);

function inquiryLoop(id: '2110C' | '2110D', who: string): LoopSpec {
  return {
    id,
    name: `${who} Eligibility or Benefit Inquiry`,
    usage: 'S',
    max: 99,
    segments: [
      eqSpec,
      ...(id === '2110C' ? [amtSpec('R', 'Subscriber Spend Down Amount'), amtSpec('PB', 'Subscriber Spend Down Total Billed Amount')] : []),
      iiiSpec,
      refSpec(`${who} Additional Information`, INQUIRY_REF_QUALIFIERS, 1),
      dtpSpec(`${who} Eligibility/Benefit Date`, INQUIRY_DATE_QUALIFIERS, 1),
    ],
    loops: [],
  };
}

const subscribers = memberLevels({
  subscriberUsage: 'R',
  traceTypes: ['1'],
  traceMax: 2,
  name: {
    refQualifiers: MEMBER_REF_QUALIFIERS,
    validation: () => [],
    dates: (who) => dtpSpec(`${who} Date`, MEMBER_DATE_QUALIFIERS, 2),
    after: [],
    loops: (suffix, who) => [inquiryLoop(`2110${suffix}`, who)],
  },
});

export const x270Spec: TransactionSpec = {
  transactionSetId: '270',
  guide: '005010X279A1',
  acceptedGuides: ['005010X279'],
  functionalIdentifier: 'HS',
  header: [bhtSpec('0022', ['01', '13'])],
  loops: [sourceLevel([], [], receiverLevel('R', [], subscribers))],
};
