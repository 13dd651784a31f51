// 005010X279A1 Health Care Eligibility Benefit Inquiry (270), as data for the generic loop walker
// and validator. Loop ids, usages and repeat counts follow the implementation guide.
import type { LoopSpec, SegmentSpec, TransactionSpec } from '../spec';
import {
  bhtSpec,
  composite,
  dmgSpec,
  dtpSpec,
  el,
  hlSpec,
  n3Spec,
  n4Spec,
  nm1Spec,
  prvSpec,
  refSpec,
  seg,
  trnSpec,
} from '../inquiry-common/index';
import {
  COVERAGE_LEVEL_CODES,
  DEPENDENT_RELATIONSHIP_CODES,
  INFORMATION_RECEIVER_ENTITY_CODES,
  INFORMATION_RECEIVER_ID_QUALIFIERS,
  INFORMATION_RECEIVER_REF_QUALIFIERS,
  INFORMATION_SOURCE_ENTITY_CODES,
  INFORMATION_SOURCE_ID_QUALIFIERS,
  INQUIRY_DATE_QUALIFIERS,
  INQUIRY_REF_QUALIFIERS,
  MEMBER_DATE_QUALIFIERS,
  MEMBER_ID_QUALIFIERS,
  MEMBER_REF_QUALIFIERS,
  PROCEDURE_QUALIFIERS,
  PROVIDER_CODES,
} from './codes';

/** EQ02 / EB13 Composite Medical Procedure Identifier. */
export const procedureComposite = (ref: string) =>
  composite(ref, 'Composite Medical Procedure Identifier', 'S', [
    el(`${ref}-1`, 'Product or Service ID Qualifier', 'R', 'ID', 2, 2, PROCEDURE_QUALIFIERS),
    el(`${ref}-2`, 'Procedure Code', 'R', 'AN', 1, 48),
    el(`${ref}-3`, 'Procedure Modifier', 'S', 'AN', 2, 2),
    el(`${ref}-4`, 'Procedure Modifier', 'S', 'AN', 2, 2),
    el(`${ref}-5`, 'Procedure Modifier', 'S', 'AN', 2, 2),
    el(`${ref}-6`, 'Procedure Modifier', 'S', 'AN', 2, 2),
    el(`${ref}-7`, 'Description', 'N', 'AN', 1, 80),
    el(`${ref}-8`, 'Product or Service ID', 'S', 'AN', 1, 48),
  ]);

/** EQ05 / EB14 Composite Diagnosis Code Pointer. */
export const diagnosisPointerComposite = (ref: string) =>
  composite(ref, 'Composite Diagnosis Code Pointer', 'S', [
    el(`${ref}-1`, 'Diagnosis Code Pointer', 'R', 'N0', 1, 2),
    el(`${ref}-2`, 'Diagnosis Code Pointer', 'S', 'N0', 1, 2),
    el(`${ref}-3`, 'Diagnosis Code Pointer', 'S', 'N0', 1, 2),
    el(`${ref}-4`, 'Diagnosis Code Pointer', 'S', 'N0', 1, 2),
  ]);

/** HI Health Care Diagnosis Code: up to 8 ABK/ABF (or BK/BF) composites, carried through as sent. */
export const hiSpec: SegmentSpec = seg(
  'HI',
  'Health Care Diagnosis Code',
  Array.from({ length: 8 }, (_, i) => {
    const ref = `HI0${i + 1}`;
    return composite(ref, 'Health Care Code Information', i === 0 ? 'R' : 'S', [
      el(`${ref}-1`, 'Diagnosis Type Code', 'R', 'ID', 1, 3, ['ABK', 'ABF', 'BK', 'BF']),
      el(`${ref}-2`, 'Diagnosis Code', 'R', 'AN', 1, 30),
    ]);
  }),
  { usage: 'S' },
);

export function insSpec(name: string, responseCodes: readonly string[], relationshipCodes: readonly string[]): SegmentSpec {
  return seg(
    'INS',
    name,
    [
      el('INS01', 'Yes/No Condition or Response Code', 'R', 'ID', 1, 1, responseCodes),
      el('INS02', 'Individual Relationship Code', 'R', 'ID', 2, 2, relationshipCodes),
      el('INS03', 'Maintenance Type Code', 'S', 'ID', 3, 3, ['001']),
      el('INS04', 'Maintenance Reason Code', 'S', 'ID', 2, 3, ['25']),
      el('INS17', 'Birth Sequence Number', 'S', 'N0', 1, 9),
    ],
    { usage: 'S' },
  );
}

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

function memberNameLoop(id: '2100C' | '2100D', who: string, entityCode: string): LoopSpec {
  const isSubscriber = id === '2100C';
  return {
    id,
    name: `${who} Name`,
    usage: 'R',
    max: 1,
    segments: [
      nm1Spec(`${who} Name`, {
        entityCodes: [entityCode],
        entityTypes: ['1'],
        idQualifiers: isSubscriber ? MEMBER_ID_QUALIFIERS : undefined,
        idUsage: isSubscriber ? 'S' : 'N',
      }),
      refSpec(`${who} Additional Identification`, MEMBER_REF_QUALIFIERS, 9),
      n3Spec(`${who} Address`),
      n4Spec(`${who} City, State, ZIP Code`),
      prvSpec('Provider Information', PROVIDER_CODES),
      dmgSpec(`${who} Demographic Information`),
      insSpec(`${who} Relationship`, isSubscriber ? ['Y'] : ['N'], isSubscriber ? ['18'] : DEPENDENT_RELATIONSHIP_CODES),
      hiSpec,
      dtpSpec(`${who} Date`, MEMBER_DATE_QUALIFIERS, 2),
    ],
    loops: [inquiryLoop(isSubscriber ? '2110C' : '2110D', who)],
  };
}

const loop2000D: LoopSpec = {
  id: '2000D',
  name: 'Dependent Level',
  usage: 'S',
  max: Infinity,
  segments: [hlSpec('Dependent Level', '23', 'R'), trnSpec('Dependent Trace Number', ['1'], 2)],
  loops: [memberNameLoop('2100D', 'Dependent', '03')],
};

const loop2000C: LoopSpec = {
  id: '2000C',
  name: 'Subscriber Level',
  usage: 'R',
  max: Infinity,
  segments: [hlSpec('Subscriber Level', '22', 'R'), trnSpec('Subscriber Trace Number', ['1'], 2)],
  loops: [memberNameLoop('2100C', 'Subscriber', 'IL'), loop2000D],
};

const loop2000B: LoopSpec = {
  id: '2000B',
  name: 'Information Receiver Level',
  usage: 'R',
  max: Infinity,
  segments: [hlSpec('Information Receiver Level', '21', 'R')],
  loops: [
    {
      id: '2100B',
      name: 'Information Receiver Name',
      usage: 'R',
      max: 1,
      segments: [
        nm1Spec('Information Receiver Name', { entityCodes: INFORMATION_RECEIVER_ENTITY_CODES, idQualifiers: INFORMATION_RECEIVER_ID_QUALIFIERS, idUsage: 'R' }),
        refSpec('Information Receiver Additional Identification', INFORMATION_RECEIVER_REF_QUALIFIERS, 9),
        n3Spec('Information Receiver Address'),
        n4Spec('Information Receiver City, State, ZIP Code'),
        prvSpec('Information Receiver Provider Information', PROVIDER_CODES),
      ],
      loops: [],
    },
    loop2000C,
  ],
};

export const x270Spec: TransactionSpec = {
  transactionSetId: '270',
  guide: '005010X279A1',
  acceptedGuides: ['005010X279'],
  functionalIdentifier: 'HS',
  header: [bhtSpec('0022', ['01', '13'])],
  loops: [
    {
      id: '2000A',
      name: 'Information Source Level',
      usage: 'R',
      max: Infinity,
      segments: [hlSpec('Information Source Level', '20', 'R', 'N')],
      loops: [
        {
          id: '2100A',
          name: 'Information Source Name',
          usage: 'R',
          max: 1,
          segments: [
            nm1Spec('Information Source Name', { entityCodes: INFORMATION_SOURCE_ENTITY_CODES, idQualifiers: INFORMATION_SOURCE_ID_QUALIFIERS, idUsage: 'R' }),
          ],
          loops: [],
        },
        loop2000B,
      ],
    },
  ],
};
