// 277CA Health Care Claim Acknowledgment, 005010X214: HL 20 information source > 21 information
// receiver > 19 billing provider > PT patient (one claim), with STC statuses at each level.
import type { SegmentSpec, TransactionSpec } from '../spec';
import { comp, el, nm1, ref, segment } from '../spec-helpers';

const hl = (level: string, parent: 'R' | 'N', child: 'R' | 'N'): SegmentSpec =>
  segment('HL', 'Hierarchical Level', 'R', 1, [
    el('HL01', 'Hierarchical ID Number', 'R', 'AN', 1, 12),
    el('HL02', 'Hierarchical Parent ID Number', parent === 'R' ? 'R' : 'N', 'AN', 1, 12),
    el('HL03', 'Hierarchical Level Code', 'R', 'ID', 1, 2, [level]),
    el('HL04', 'Hierarchical Child Code', child, 'ID', 1, 1, ['0', '1']),
  ], [level], 3);

const TRN = (name: string, usage: 'R' | 'S', codes: readonly string[]) =>
  segment('TRN', name, usage, 1, [el('TRN01', 'Trace Type Code', 'R', 'ID', 1, 2, codes), el('TRN02', 'Reference Identification', 'R', 'AN', 1, 50)], codes);

const statusComposite = (ref: string, usage: 'R' | 'S') =>
  comp(ref, 'Health Care Claim Status', usage, [
    el(`${ref}-1`, 'Health Care Claim Status Category Code', 'R', 'AN', 1, 30),
    el(`${ref}-2`, 'Health Care Claim Status Code', 'R', 'AN', 1, 30),
    el(`${ref}-3`, 'Entity Identifier Code', 'S', 'ID', 2, 3),
    el(`${ref}-4`, 'Code List Qualifier Code', 'S', 'ID', 1, 3),
  ]);

const STC = (name: string, usage: 'R' | 'S') =>
  segment('STC', name, usage, Infinity, [
    statusComposite('STC01', 'R'),
    el('STC02', 'Status Information Effective Date', 'R', 'DT', 8, 8),
    el('STC03', 'Action Code', 'S', 'ID', 1, 2, ['U', 'WQ']),
    el('STC04', 'Total Submitted Charges', 'S', 'R', 1, 18),
    el('STC05', 'Monetary Amount', 'N', 'R', 1, 18),
    el('STC06', 'Date', 'N', 'DT', 8, 8),
    el('STC07', 'Payment Method Code', 'N', 'ID', 3, 3),
    el('STC08', 'Date', 'N', 'DT', 8, 8),
    el('STC09', 'Check Number', 'N', 'AN', 1, 16),
    statusComposite('STC10', 'S'),
    statusComposite('STC11', 'S'),
    el('STC12', 'Free-form Message Text', 'S', 'AN', 1, 264),
  ]);

const QTY = (name: string, codes: readonly string[]) => segment('QTY', name, 'S', 1, [el('QTY01', 'Quantity Qualifier', 'R', 'ID', 2, 2, codes), el('QTY02', 'Quantity', 'R', 'R', 1, 15)], codes);
const AMT = (name: string, codes: readonly string[]) => segment('AMT', name, 'S', 1, [el('AMT01', 'Amount Qualifier Code', 'R', 'ID', 1, 3, codes), el('AMT02', 'Monetary Amount', 'R', 'R', 1, 18)], codes);
const DTP = (name: string, usage: 'R' | 'S', codes: readonly string[], formats: readonly string[]) =>
  segment('DTP', name, usage, 1, [el('DTP01', 'Date Time Qualifier', 'R', 'ID', 3, 3, codes), el('DTP02', 'Date Time Period Format Qualifier', 'R', 'ID', 2, 3, formats), el('DTP03', 'Date Time Period', 'R', 'AN', 1, 35)], codes);

export const spec277CA: TransactionSpec = {
  transactionSetId: '277',
  guide: '005010X214',
  acceptedGuides: [],
  functionalIdentifier: 'HN',
  header: [
    segment('BHT', 'Beginning of Hierarchical Transaction', 'R', 1, [
      el('BHT01', 'Hierarchical Structure Code', 'R', 'ID', 4, 4, ['0085']),
      el('BHT02', 'Transaction Set Purpose Code', 'R', 'ID', 2, 2, ['08']),
      el('BHT03', 'Originator Application Transaction Identifier', 'R', 'AN', 1, 50),
      el('BHT04', 'Transaction Set Creation Date', 'R', 'DT', 8, 8),
      el('BHT05', 'Transaction Set Creation Time', 'R', 'TM', 4, 8),
      el('BHT06', 'Transaction Type Code', 'R', 'ID', 2, 2, ['TH']),
    ]),
  ],
  loops: [{
    id: '2000A', name: 'Information Source Level', usage: 'R', max: Infinity,
    segments: [hl('20', 'N', 'R')],
    loops: [
      { id: '2100A', name: 'Payer Name', usage: 'R', max: 1, segments: [nm1('Payer Name', 'R', ['PR'], ['46', 'FI', 'PI', 'XV'])], loops: [] },
      { id: '2200A', name: 'Transmission Receipt Control Identifier', usage: 'R', max: 1, segments: [TRN('Transmission Receipt Control Identifier', 'R', ['1']), DTP('Information Source Receipt Date', 'R', ['050'], ['D8']), DTP('Information Source Process Date', 'R', ['009'], ['D8'])], loops: [] },
      {
        id: '2000B', name: 'Information Receiver Level', usage: 'R', max: Infinity,
        segments: [hl('21', 'R', 'R')],
        loops: [
          { id: '2100B', name: 'Information Receiver Name', usage: 'R', max: 1, segments: [nm1('Information Receiver Name', 'R', ['41'], ['46', 'FI', 'XX'])], loops: [] },
          { id: '2200B', name: 'Information Receiver Application Trace Identifier', usage: 'R', max: 1, segments: [TRN('Information Receiver Application Trace Identifier', 'R', ['2']), STC('Information Receiver Status Information', 'S'), QTY('Total Accepted Quantity', ['90']), QTY('Total Rejected Quantity', ['AA']), AMT('Total Accepted Amount', ['YU']), AMT('Total Rejected Amount', ['YY'])], loops: [] },
          {
            id: '2000C', name: 'Billing Provider of Service Level', usage: 'S', max: Infinity,
            segments: [hl('19', 'R', 'R')],
            loops: [
              { id: '2100C', name: 'Billing Provider Name', usage: 'R', max: 1, segments: [nm1('Billing Provider Name', 'R', ['85'], ['FI', 'XX'])], loops: [] },
              { id: '2200C', name: 'Provider of Service Information Trace Identifier', usage: 'S', max: 1, segments: [TRN('Provider of Service Information Trace Identifier', 'R', ['1']), STC('Billing Provider Status Information', 'S'), ref('Provider Secondary Identifier', 'S', 3, ['0B', '1G', 'G2', 'LU', 'SY', 'TJ']), QTY('Total Accepted Quantity', ['QA']), QTY('Total Rejected Quantity', ['QC']), AMT('Total Accepted Amount', ['YU']), AMT('Total Rejected Amount', ['YY'])], loops: [] },
              {
                id: '2000D', name: 'Patient Level', usage: 'S', max: Infinity,
                segments: [hl('PT', 'R', 'N')],
                loops: [
                  { id: '2100D', name: 'Patient Name', usage: 'R', max: 1, segments: [nm1('Patient Name', 'R', ['QC'], ['II', 'MI'])], loops: [] },
                  {
                    id: '2200D', name: 'Claim Status Tracking Number', usage: 'R', max: Infinity,
                    segments: [
                      TRN('Claim Status Tracking Number', 'R', ['2']), STC('Claim Level Status Information', 'R'),
                      ref('Payer Claim Control Number', 'S', 1, ['1K']), ref('Clearinghouse Trace Number', 'S', 1, ['D9']),
                      ref('Pharmacy Prescription Number', 'S', 1, ['XZ']), ref('Voucher Identifier', 'S', 1, ['VV']),
                      ref('Claim Identifier Number for Clearinghouse and Other Transmission Intermediaries', 'S', 1, ['AFG']),
                      ref('Institutional Bill Type Identification', 'S', 1, ['BLT']), ref('Medical Record Identification', 'S', 1, ['EA']),
                      DTP('Claim Level Service Date', 'S', ['472'], ['D8', 'RD8']),
                    ],
                    loops: [{
                      id: '2220D', name: 'Service Line Information', usage: 'S', max: Infinity,
                      segments: [
                        segment('SVC', 'Service Line Information', 'R', 1, [
                          comp('SVC01', 'Composite Medical Procedure Identifier', 'R', [el('SVC01-1', 'Product/Service ID Qualifier', 'R', 'ID', 2, 2, ['AD', 'ER', 'HC', 'HP', 'IV', 'N4', 'NU', 'WK']), el('SVC01-2', 'Procedure Code', 'R', 'AN', 1, 48), el('SVC01-3', 'Procedure Modifier', 'S', 'AN', 2, 2), el('SVC01-4', 'Procedure Modifier', 'S', 'AN', 2, 2), el('SVC01-5', 'Procedure Modifier', 'S', 'AN', 2, 2), el('SVC01-6', 'Procedure Modifier', 'S', 'AN', 2, 2)]),
                          el('SVC02', 'Line Item Charge Amount', 'R', 'R', 1, 18),
                          el('SVC03', 'Line Item Provider Payment Amount', 'N', 'R', 1, 18),
                          el('SVC04', 'Revenue Code', 'S', 'AN', 1, 48),
                          el('SVC05', 'Quantity', 'N', 'R', 1, 15),
                          el('SVC06', 'Composite Medical Procedure Identifier', 'N', 'AN', 1, 48),
                          el('SVC07', 'Original Units of Service Count', 'S', 'R', 1, 15),
                        ]),
                        STC('Service Line Level Status Information', 'R'),
                        ref('Service Line Item Identification', 'S', 1, ['FJ']),
                        DTP('Service Line Date', 'R', ['472'], ['D8', 'RD8']),
                      ],
                      loops: [],
                    }],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  }],
};

