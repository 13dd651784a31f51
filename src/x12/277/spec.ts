// 005010X212 Health Care Claim Status Response (277), as data for the loop walker and validator.
// Not the 277CA (005010X214), which X12-core owns: the two are told apart by GS08/ST03.
import type { LoopSpec, SegmentSpec, TransactionSpec } from '../spec';
import { bhtSpec, composite, dtpSpec, el, loopSpec, perSpec, refSpec, seg, trnSpec } from '../inquiry-common/index';
import { CLAIM_DATE, levelLoops, memberLevels, svcSpec } from '../276/index';
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
  return loopSpec(id, name, 'S', 1, [trnSpec(name, [traceType], 1, 'R'), stcSpec(`${name} Status Information`, 'R')]);
}

function claimLoops(suffix: 'D' | 'E'): LoopSpec {
  const line = loopSpec(`2220${suffix}`, 'Service Line Information', 'S', Infinity, [
    svcSpec('S'),
    stcSpec('Service Line Status Information', 'R'),
    refSpec('Service Line Item Identification', ['FJ']),
    dtpSpec('Service Line Date', CLAIM_DATE, 1, 'S'),
  ]);
  return loopSpec(
    `2200${suffix}`,
    'Claim Status Tracking Number',
    'S',
    Infinity,
    [
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
    [line],
  );
}

/** The 277 may leave the subscriber level out, and has no DMG at the dependent level. */
const loop2000D = memberLevels({ subscriberUsage: 'S', dependentSegments: [], claimLoops });

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
