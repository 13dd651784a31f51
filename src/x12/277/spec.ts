// 005010X212 Health Care Claim Status Response (277), as data for the loop walker and validator.
// Not the 277CA (005010X214), which X12-core owns: the two are told apart by GS08/ST03.
import type { LoopSpec, SegmentSpec, TransactionSpec } from '../spec';
import { bhtSpec, composite, dmgSpec, dtpSpec, el, hlSpec, nm1Spec, perSpec, refSpec, seg, trnSpec } from '../inquiry-common/index';
import { CLAIM_DATE, levelLoops, svcSpec } from '../276/index';
import { CLAIM_STATUS_CATEGORIES, PAYMENT_METHOD_CODES } from './codes';

function statusComposite(ref: string, usage: 'R' | 'S') {
  return composite(ref, 'Health Care Claim Status', usage, [
    el(`${ref}-1`, 'Health Care Claim Status Category Code', 'R', 'ID', 1, 30, Object.keys(CLAIM_STATUS_CATEGORIES)),
    el(`${ref}-2`, 'Health Care Claim Status Code', 'R', 'ID', 1, 30),
    el(`${ref}-3`, 'Entity Identifier Code', 'S', 'ID', 2, 3),
    el(`${ref}-4`, 'Code List Qualifier Code', 'S', 'ID', 1, 3, ['RX']),
  ]);
}

export function stcSpec(name: string, usage: 'R' | 'S'): SegmentSpec {
  return seg(
    'STC',
    name,
    [
      statusComposite('STC01', 'R'),
      el('STC02', 'Date (status information effective)', 'S', 'DT', 8, 8),
      el('STC03', 'Action Code', 'N', 'ID', 1, 2),
      el('STC04', 'Monetary Amount (total claim charge)', 'S', 'R', 1, 18),
      el('STC05', 'Monetary Amount (claim payment)', 'S', 'R', 1, 18),
      el('STC06', 'Date (adjudication or payment)', 'S', 'DT', 8, 8),
      el('STC07', 'Payment Method Code', 'S', 'ID', 3, 3, Object.keys(PAYMENT_METHOD_CODES)),
      el('STC08', 'Date (check issue or EFT effective)', 'S', 'DT', 8, 8),
      el('STC09', 'Check Number', 'S', 'AN', 1, 16),
      statusComposite('STC10', 'S'),
      statusComposite('STC11', 'S'),
      el('STC12', 'Free-form Message Text', 'N', 'AN', 1, 264),
    ],
    { usage, max: Infinity },
  );
}

function traceLoop(id: string, name: string, traceType: string): LoopSpec {
  return {
    id,
    name,
    usage: 'S',
    max: 1,
    segments: [trnSpec(name, [traceType], 1, 'R'), stcSpec(`${name} Status Information`, 'R')],
    loops: [],
  };
}

function claimLoops(suffix: 'D' | 'E'): LoopSpec {
  return {
    id: `2200${suffix}`,
    name: 'Claim Status Tracking Number',
    usage: 'S',
    max: Infinity,
    segments: [
      trnSpec('Claim Status Tracking Number', ['2'], 1, 'R'),
      stcSpec('Claim Level Status Information', 'R'),
      refSpec('Payer Claim Control Number', ['1K']),
      refSpec('Institutional Bill Type Identification', ['BLT']),
      refSpec('Patient Control Number', ['EJ']),
      refSpec('Pharmacy Prescription Number', ['XZ']),
      refSpec('Voucher Identifier', ['VV']),
      refSpec('Claim Identification Number for Clearinghouses and Other Transmission Intermediaries', ['D9']),
      dtpSpec('Claim Service Date', CLAIM_DATE),
    ],
    loops: [
      {
        id: `2220${suffix}`,
        name: 'Service Line Information',
        usage: 'S',
        max: Infinity,
        segments: [
          svcSpec('S'),
          stcSpec('Service Line Status Information', 'R'),
          refSpec('Service Line Item Identification', ['FJ']),
          dtpSpec('Service Line Date', CLAIM_DATE, 1, 'S'),
        ],
        loops: [],
      },
    ],
  };
}

const loop2000E: LoopSpec = {
  id: '2000E',
  name: 'Dependent Level',
  usage: 'S',
  max: Infinity,
  segments: [hlSpec('Dependent Level', '23', 'N')],
  loops: [
    {
      id: '2100E',
      name: 'Dependent Name',
      usage: 'R',
      max: 1,
      segments: [nm1Spec('Dependent Name', { entityCodes: ['QC'], entityTypes: ['1'], lastNameUsage: 'R', idUsage: 'N' })],
      loops: [],
    },
    claimLoops('E'),
  ],
};

const loop2000D: LoopSpec = {
  id: '2000D',
  name: 'Subscriber Level',
  usage: 'S',
  max: Infinity,
  segments: [hlSpec('Subscriber Level', '22', 'R'), dmgSpec('Subscriber Demographic Information')],
  loops: [
    {
      id: '2100D',
      name: 'Subscriber Name',
      usage: 'R',
      max: 1,
      segments: [nm1Spec('Subscriber Name', { entityCodes: ['IL'], idQualifiers: ['24', 'II', 'MI'], idUsage: 'R', lastNameUsage: 'R' })],
      loops: [],
    },
    claimLoops('D'),
    loop2000E,
  ],
};

export const x277Spec: TransactionSpec = {
  transactionSetId: '277',
  guide: '005010X212',
  acceptedGuides: [],
  functionalIdentifier: 'HN',
  header: [bhtSpec('0010', ['08'], ['DG'])],
  loops: [
    levelLoops({
      loop2100A: [perSpec('Payer Contact Information', ['IC'], 1)],
      loop2000B: [traceLoop('2200B', 'Information Receiver Application Trace Identifier', '2')],
      loop2000C: [traceLoop('2200C', 'Provider of Service Trace Identifier', '1')],
      loop2000D,
    }),
  ],
};
