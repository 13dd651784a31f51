// 999 Implementation Acknowledgment for Health Care Insurance, 005010X231A1.
import type { TransactionSpec } from '../spec';
import { comp, el, segment } from '../spec-helpers';

export const IK304_CODES = ['1', '2', '3', '4', '5', '6', '7', '8', 'I4', 'I6', 'I7', 'I8', 'I9'] as const;
export const IK403_CODES = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '12', '13', 'I10', 'I11', 'I12', 'I13', 'I6', 'I9'] as const;
export const IK5_CODES = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '15', '16', '17', '18', '19', '23', '24', '25', '26', '27', 'I5', 'I6'] as const;
export const AK905_CODES = ['1', '2', '3', '4', '5', '6', '15', '16', '17', '18', '19', '23', '24', '25', '26'] as const;

const CTX = (name: string) =>
  segment('CTX', name, 'S', 10, [
    comp('CTX01', 'Context Identification', 'R', [el('CTX01-1', 'Context Name', 'R', 'AN', 1, 35), el('CTX01-2', 'Context Reference', 'S', 'AN', 1, 35)]),
    el('CTX02', 'Segment ID Code', 'S', 'ID', 2, 3),
    el('CTX03', 'Segment Position in Transaction Set', 'S', 'N0', 1, 10),
    el('CTX04', 'Loop Identifier Code', 'S', 'AN', 1, 4),
    comp('CTX05', 'Position in Segment', 'S', [el('CTX05-1', 'Element Position in Segment', 'R', 'N0', 1, 2), el('CTX05-2', 'Component Data Element Position in Composite', 'S', 'N0', 1, 2), el('CTX05-3', 'Repeating Data Element Position', 'S', 'N0', 1, 4)]),
    comp('CTX06', 'Reference in Segment', 'S', [el('CTX06-1', 'Data Element Reference Number', 'R', 'N0', 1, 4), el('CTX06-2', 'Data Element Reference Number', 'S', 'N0', 1, 4)]),
  ]);

export const spec999: TransactionSpec = {
  transactionSetId: '999',
  guide: '005010X231A1',
  acceptedGuides: ['005010X231'],
  functionalIdentifier: 'FA',
  header: [
    segment('AK1', 'Functional Group Response Header', 'R', 1, [
      el('AK101', 'Functional Identifier Code', 'R', 'ID', 2, 2),
      el('AK102', 'Group Control Number', 'R', 'N0', 1, 9),
      el('AK103', 'Version / Release / Industry Identifier Code', 'R', 'AN', 1, 12),
    ]),
  ],
  loops: [
    {
      id: '2000', name: 'Transaction Set Response Header', usage: 'S', max: Infinity,
      segments: [
        segment('AK2', 'Transaction Set Response Header', 'R', 1, [
          el('AK201', 'Transaction Set Identifier Code', 'R', 'ID', 3, 3),
          el('AK202', 'Transaction Set Control Number', 'R', 'AN', 4, 9),
          el('AK203', 'Implementation Convention Reference', 'S', 'AN', 1, 35),
        ]),
        { ...segment('IK5', 'Transaction Set Response Trailer', 'R', 1, [
          el('IK501', 'Transaction Set Acknowledgment Code', 'R', 'ID', 1, 1, ['A', 'E', 'M', 'R', 'W', 'X']),
          ...[2, 3, 4, 5, 6].map((n) => el(`IK50${n}`, 'Implementation Transaction Set Syntax Error Code', 'S', 'ID', 1, 3, IK5_CODES)),
        ]), afterLoops: true },
      ],
      loops: [
        {
          id: '2100', name: 'Error Identification', usage: 'S', max: Infinity,
          segments: [
            segment('IK3', 'Error Identification', 'R', 1, [
              el('IK301', 'Segment ID Code', 'R', 'ID', 2, 3),
              el('IK302', 'Segment Position in Transaction Set', 'R', 'N0', 1, 10),
              el('IK303', 'Loop Identifier Code', 'S', 'AN', 1, 4),
              el('IK304', 'Implementation Segment Syntax Error Code', 'R', 'ID', 1, 3, IK304_CODES),
            ]),
            CTX('Segment Context'),
          ],
          loops: [
            {
              id: '2110', name: 'Implementation Data Element Note', usage: 'S', max: 99,
              segments: [
                segment('IK4', 'Implementation Data Element Note', 'R', 1, [
                  comp('IK401', 'Position in Segment', 'R', [el('IK401-1', 'Element Position in Segment', 'R', 'N0', 1, 2), el('IK401-2', 'Component Data Element Position in Composite', 'S', 'N0', 1, 2), el('IK401-3', 'Repeating Data Element Position', 'S', 'N0', 1, 4)]),
                  el('IK402', 'Data Element Reference Number', 'S', 'N0', 1, 4),
                  el('IK403', 'Implementation Data Element Syntax Error Code', 'R', 'ID', 1, 3, IK403_CODES),
                  el('IK404', 'Copy of Bad Data Element', 'S', 'AN', 1, 99),
                ]),
                CTX('Element Context'),
              ],
              loops: [],
            },
          ],
        },
      ],
    },
  ],
  trailer: [
    segment('AK9', 'Functional Group Response Trailer', 'R', 1, [
      el('AK901', 'Functional Group Acknowledge Code', 'R', 'ID', 1, 1, ['A', 'E', 'M', 'P', 'R', 'W', 'X']),
      el('AK902', 'Number of Transaction Sets Included', 'R', 'N0', 1, 6),
      el('AK903', 'Number of Received Transaction Sets', 'R', 'N0', 1, 6),
      el('AK904', 'Number of Accepted Transaction Sets', 'R', 'N0', 1, 6),
      ...[5, 6, 7, 8, 9].map((n) => el(`AK90${n}`, 'Functional Group Syntax Error Code', 'S', 'ID', 1, 3, AK905_CODES)),
    ]),
  ],
};
