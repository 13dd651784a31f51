// 835 Health Care Claim Payment/Advice, 005010X221A1, as data: loops, segments and elements as the
// guide lays them out. TS2 and RDM are placed but their elements are not checked.
import type { SegmentSpec, TransactionSpec } from '../spec';
import { comp, dtm, el, n3, n4, nm1, per, ref, segment } from '../spec-helpers';

const AMOUNT = (ref: string, name: string, usage: 'R' | 'S') => el(ref, name, usage, 'R', 1, 18);

const BPR = segment('BPR', 'Financial Information', 'R', 1, [
  el('BPR01', 'Transaction Handling Code', 'R', 'ID', 1, 2, ['C', 'D', 'H', 'I', 'P', 'U', 'X']),
  AMOUNT('BPR02', 'Total Actual Provider Payment Amount', 'R'),
  el('BPR03', 'Credit/Debit Flag Code', 'R', 'ID', 1, 1, ['C', 'D']),
  el('BPR04', 'Payment Method Code', 'R', 'ID', 3, 3, ['ACH', 'BOP', 'CHK', 'FWT', 'NON']),
  el('BPR05', 'Payment Format Code', 'S', 'ID', 1, 10, ['CCP', 'CTX']),
  el('BPR06', 'Sender DFI Identification Number Qualifier', 'S', 'ID', 2, 2, ['01', '04']),
  el('BPR07', 'Sender DFI Identifier', 'S', 'AN', 3, 12),
  el('BPR08', 'Sender Account Number Qualifier', 'S', 'ID', 1, 3, ['DA']),
  el('BPR09', 'Sender Bank Account Number', 'S', 'AN', 1, 35),
  el('BPR10', 'Payer Identifier', 'S', 'AN', 10, 10),
  el('BPR11', 'Originating Company Supplemental Code', 'S', 'AN', 9, 9),
  el('BPR12', 'Receiver DFI Identification Number Qualifier', 'S', 'ID', 2, 2, ['01', '04']),
  el('BPR13', 'Receiver DFI Identification Number', 'S', 'AN', 3, 12),
  el('BPR14', 'Receiver Account Number Qualifier', 'S', 'ID', 1, 3, ['DA', 'SG']),
  el('BPR15', 'Receiver Account Number', 'S', 'AN', 1, 35),
  el('BPR16', 'Check Issue or EFT Effective Date', 'R', 'DT', 8, 8),
]);

const TRN = segment('TRN', 'Reassociation Trace Number', 'R', 1, [
  el('TRN01', 'Trace Type Code', 'R', 'ID', 1, 2, ['1']),
  el('TRN02', 'Check or EFT Trace Number', 'R', 'AN', 1, 50),
  el('TRN03', 'Payer Identifier', 'R', 'AN', 10, 10),
  el('TRN04', 'Originating Company Supplemental Code', 'S', 'AN', 1, 50),
]);

const CUR = segment('CUR', 'Foreign Currency Information', 'S', 1, [el('CUR01', 'Entity Identifier Code', 'R', 'ID', 2, 3, ['PR']), el('CUR02', 'Currency Code', 'R', 'ID', 3, 3)]);

const CLP = segment('CLP', 'Claim Payment Information', 'R', 1, [
  el('CLP01', 'Patient Control Number', 'R', 'AN', 1, 38),
  el('CLP02', 'Claim Status Code', 'R', 'ID', 1, 2, ['1', '2', '3', '4', '19', '20', '21', '22', '23', '25']),
  AMOUNT('CLP03', 'Total Claim Charge Amount', 'R'),
  AMOUNT('CLP04', 'Claim Payment Amount', 'R'),
  AMOUNT('CLP05', 'Patient Responsibility Amount', 'S'),
  el('CLP06', 'Claim Filing Indicator Code', 'R', 'ID', 1, 2, ['12', '13', '14', '15', '16', '17', 'AM', 'CH', 'DS', 'HM', 'LM', 'MA', 'MB', 'MC', 'OF', 'TV', 'VA', 'WC', 'ZZ']),
  el('CLP07', 'Payer Claim Control Number', 'S', 'AN', 1, 50),
  el('CLP08', 'Facility Type Code', 'S', 'AN', 1, 2),
  el('CLP09', 'Claim Frequency Type Code', 'S', 'ID', 1, 1),
  el('CLP10', 'Patient Status Code', 'N', 'ID', 1, 2),
  el('CLP11', 'Diagnosis Related Group (DRG) Code', 'S', 'AN', 1, 4),
  el('CLP12', 'Diagnosis Related Group (DRG) Weight', 'S', 'R', 1, 15),
  el('CLP13', 'Discharge Fraction', 'S', 'R', 1, 10),
  el('CLP14', 'Yes/No Condition or Response Code', 'N', 'ID', 1, 1),
]);

function casElements() {
  const els = [el('CAS01', 'Claim Adjustment Group Code', 'R', 'ID', 1, 2, ['CO', 'OA', 'PI', 'PR', 'CR'])];
  for (let i = 0; i < 6; i++) {
    const n = 2 + i * 3;
    const usage = i === 0 ? 'R' : 'S';
    const r = (k: number) => `CAS${String(k).padStart(2, '0')}`;
    els.push(el(r(n), 'Adjustment Reason Code', usage, 'ID', 1, 5), el(r(n + 1), 'Adjustment Amount', usage, 'R', 1, 18), el(r(n + 2), 'Adjustment Quantity', 'S', 'R', 1, 15));
  }
  return els;
}
const CAS = (name: string) => segment('CAS', name, 'S', 99, casElements());

const procedure = (ref: string, name: string, usage: 'R' | 'S') =>
  comp(ref, name, usage, [
    el(`${ref}-1`, 'Product/Service ID Qualifier', 'R', 'ID', 2, 2, ['AD', 'ER', 'HC', 'HP', 'IV', 'N4', 'N6', 'NU', 'UI', 'WK']),
    el(`${ref}-2`, 'Procedure Code', 'R', 'AN', 1, 48),
    el(`${ref}-3`, 'Procedure Modifier', 'S', 'AN', 2, 2),
    el(`${ref}-4`, 'Procedure Modifier', 'S', 'AN', 2, 2),
    el(`${ref}-5`, 'Procedure Modifier', 'S', 'AN', 2, 2),
    el(`${ref}-6`, 'Procedure Modifier', 'S', 'AN', 2, 2),
    el(`${ref}-7`, 'Description', 'S', 'AN', 1, 80),
  ]);

const SVC = segment('SVC', 'Service Payment Information', 'R', 1, [
  procedure('SVC01', 'Composite Medical Procedure Identifier', 'R'),
  AMOUNT('SVC02', 'Line Item Charge Amount', 'R'),
  AMOUNT('SVC03', 'Line Item Provider Payment Amount', 'R'),
  el('SVC04', 'National Uniform Billing Committee Revenue Code', 'S', 'AN', 1, 48),
  el('SVC05', 'Units of Service Paid Count', 'S', 'R', 1, 15),
  procedure('SVC06', 'Composite Medical Procedure Identifier', 'S'),
  el('SVC07', 'Original Units of Service Count', 'S', 'R', 1, 15),
]);

const AMT = (name: string, max: number) => segment('AMT', name, 'S', max, [el('AMT01', 'Amount Qualifier Code', 'R', 'ID', 1, 3), AMOUNT('AMT02', 'Amount', 'R')]);
const QTY = (name: string, max: number) => segment('QTY', name, 'S', max, [el('QTY01', 'Quantity Qualifier', 'R', 'ID', 2, 2), el('QTY02', 'Quantity', 'R', 'R', 1, 15)]);

function plbElements() {
  const els = [el('PLB01', 'Provider Identifier', 'R', 'AN', 1, 50), el('PLB02', 'Fiscal Period Date', 'R', 'DT', 8, 8)];
  for (let i = 0; i < 6; i++) {
    const n = 3 + i * 2;
    const usage = i === 0 ? 'R' : 'S';
    const r = `PLB${String(n).padStart(2, '0')}`;
    els.push(
      comp(r, 'Adjustment Identifier', usage, [el(`${r}-1`, 'Adjustment Reason Code', 'R', 'ID', 2, 2), el(`${r}-2`, 'Provider Adjustment Identifier', 'S', 'AN', 1, 50)]),
      el(`PLB${String(n + 1).padStart(2, '0')}`, 'Provider Adjustment Amount', usage, 'R', 1, 18),
    );
  }
  return els;
}

/** MIA: amounts and counts, with the remark codes at MIA05 and MIA20-23. */
function miaElements() {
  const counts = new Set([1, 3, 15]);
  const remarks = new Set([5, 20, 21, 22, 23]);
  return Array.from({ length: 24 }, (_, i) => {
    const n = i + 1;
    const ref = `MIA${String(n).padStart(2, '0')}`;
    if (remarks.has(n)) return el(ref, 'Claim Payment Remark Code', 'S', 'AN', 1, 50);
    return el(ref, counts.has(n) ? 'Quantity' : 'Monetary Amount', n === 1 ? 'R' : 'S', 'R', 1, counts.has(n) ? 15 : 18);
  });
}

const MIA = segment('MIA', 'Inpatient Adjudication Information', 'S', 1, miaElements());

const MOA = segment('MOA', 'Outpatient Adjudication Information', 'S', 1, [
  el('MOA01', 'Reimbursement Rate', 'S', 'R', 1, 10),
  el('MOA02', 'Claim HCPCS Payable Amount', 'S', 'R', 1, 18),
  ...[3, 4, 5, 6, 7].map((n) => el(`MOA0${n}`, 'Claim Payment Remark Code', 'S', 'AN', 1, 50)),
  el('MOA08', 'Claim ESRD Payment Amount', 'S', 'R', 1, 18),
  el('MOA09', 'Nonpayable Professional Component Amount', 'S', 'R', 1, 18),
]);

// TS306-TS324 are the provider's summary amounts (some not used in 5010, but payers still send the
// 4010 ones, as the Medicare Part A sample does with TS309 and TS311): checked as amounts only.
const TS3 = segment('TS3', 'Provider Summary Information', 'S', 1, [
  el('TS301', 'Provider Identifier', 'R', 'AN', 1, 50),
  el('TS302', 'Facility Type Code', 'R', 'AN', 1, 2),
  el('TS303', 'Fiscal Period Date', 'R', 'DT', 8, 8),
  el('TS304', 'Total Claim Count', 'R', 'R', 1, 15),
  AMOUNT('TS305', 'Total Claim Charge Amount', 'R'),
  ...Array.from({ length: 19 }, (_, i) => AMOUNT(`TS3${String(i + 6).padStart(2, '0')}`, 'Monetary Amount', 'S')),
]);

const UNCHECKED = (id: string, name: string, usage: 'R' | 'S' = 'S'): SegmentSpec => segment(id, name, usage, 1, []);

export const spec835: TransactionSpec = {
  transactionSetId: '835',
  guide: '005010X221A1',
  acceptedGuides: ['005010X221'],
  functionalIdentifier: 'HP',
  header: [BPR, TRN, CUR, ref('Receiver Identification', 'S', 1, ['EV']), ref('Version Identification', 'S', 1, ['F2']), dtm('Production Date', 'S', 1, ['405'])],
  loops: [
    {
      id: '1000A', name: 'Payer Identification', usage: 'R', max: 1,
      segments: [
        segment('N1', 'Payer Identification', 'R', 1, [el('N101', 'Entity Identifier Code', 'R', 'ID', 2, 3, ['PR']), el('N102', 'Payer Name', 'R', 'AN', 1, 60), el('N103', 'Identification Code Qualifier', 'S', 'ID', 1, 2, ['XV']), el('N104', 'Payer Identifier', 'S', 'AN', 2, 80)], ['PR']),
        n3('R'), n4('R'),
        ref('Additional Payer Identification', 'S', 4, ['2U', 'EO', 'HI', 'NF']),
        per('Payer Business Contact Information', 'S', 1, ['CX']),
        per('Payer Technical Contact Information', 'R', Infinity, ['BL']),
        per('Payer WEB Site', 'S', 1, ['IC']),
      ],
      loops: [],
    },
    {
      id: '1000B', name: 'Payee Identification', usage: 'R', max: 1,
      segments: [
        segment('N1', 'Payee Identification', 'R', 1, [el('N101', 'Entity Identifier Code', 'R', 'ID', 2, 3, ['PE']), el('N102', 'Payee Name', 'R', 'AN', 1, 60), el('N103', 'Identification Code Qualifier', 'R', 'ID', 1, 2, ['FI', 'XV', 'XX']), el('N104', 'Payee Identification Code', 'R', 'AN', 2, 80)], ['PE']),
        n3('S'), n4('S'),
        ref('Payee Additional Identification', 'S', Infinity, ['0B', 'D3', 'PQ', 'TJ']),
        UNCHECKED('RDM', 'Remittance Delivery Method'),
      ],
      loops: [],
    },
    {
      id: '2000', name: 'Header Number', usage: 'S', max: Infinity,
      segments: [segment('LX', 'Header Number', 'R', 1, [el('LX01', 'Assigned Number', 'R', 'N0', 1, 6)]), TS3, UNCHECKED('TS2', 'Provider Supplemental Summary Information')],
      loops: [
        {
          id: '2100', name: 'Claim Payment Information', usage: 'R', max: Infinity,
          segments: [
            CLP, CAS('Claim Adjustment'),
            nm1('Patient Name', 'R', ['QC'], ['34', 'HN', 'II', 'MI', 'MR']),
            nm1('Insured Name', 'S', ['IL'], ['FI', 'II', 'MI']),
            nm1('Corrected Patient/Insured Name', 'S', ['74'], ['C']),
            nm1('Service Provider Name', 'S', ['82'], ['BD', 'BS', 'FI', 'MC', 'PC', 'SL', 'UP', 'XX']),
            nm1('Crossover Carrier Name', 'S', ['TT'], ['AD', 'FI', 'NI', 'PI', 'PP', 'XV']),
            nm1('Corrected Priority Payer Name', 'S', ['PR'], ['AD', 'FI', 'NI', 'PI', 'PP', 'XV']),
            nm1('Other Subscriber Name', 'S', ['GB'], ['FI', 'II', 'MI']),
            MIA, MOA,
            ref('Other Claim Related Identification', 'S', 5, ['1L', '1W', '28', '6P', '9A', '9C', 'BB', 'CE', 'EA', 'F8', 'G1', 'G3', 'IG', 'SY']),
            ref('Rendering Provider Identification', 'S', 10, ['0B', '1A', '1C', '1D', '1G', '1H', '1J', 'D3', 'G2', 'LU']),
            dtm('Statement From or To Date', 'S', 2, ['232', '233']),
            dtm('Coverage Expiration Date', 'S', 1, ['036']),
            dtm('Claim Received Date', 'S', 1, ['050']),
            per('Claim Contact Information', 'S', 2, ['CX']),
            AMT('Claim Supplemental Information', 13), QTY('Claim Supplemental Information Quantity', 14),
          ],
          loops: [
            {
              id: '2110', name: 'Service Payment Information', usage: 'S', max: 999,
              segments: [
                SVC, dtm('Service Date', 'S', 2, ['150', '151', '472']), CAS('Service Adjustment'),
                ref('Service Identification', 'S', 8, ['1S', 'APC', 'BB', 'E9', 'G1', 'G3', 'LU', 'RB']),
                ref('Line Item Control Number', 'S', 1, ['6R']),
                ref('Rendering Provider Information', 'S', 10, ['0B', '1A', '1B', '1C', '1D', '1G', '1H', '1J', 'D3', 'G2', 'HPI', 'SY', 'TJ']),
                ref('HealthCare Policy Identification', 'S', 5, ['0K']),
                AMT('Service Supplemental Amount', 9), QTY('Service Supplemental Quantity', 6),
                segment('LQ', 'Health Care Remark Codes', 'S', 99, [el('LQ01', 'Code List Qualifier Code', 'R', 'ID', 1, 3, ['HE', 'RX']), el('LQ02', 'Remark Code', 'R', 'AN', 1, 30)]),
              ],
              loops: [],
            },
          ],
        },
      ],
    },
  ],
  trailer: [segment('PLB', 'Provider Adjustment', 'S', Infinity, plbElements())],
};
