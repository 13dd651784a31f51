// The UB-04 (CMS-1450) drawn on its 10-pitch grid: 81 columns from 0.2 inch, 66 lines.
// Row plan: FL1-7 lines 1-4, FL8-9 lines 5-6, FL10-30 lines 7-8, FL31-37 lines 9-11, FL38-41 lines 12-16,
// FL42-49 header line 17, service lines 1-22 on lines 18-39 and line 23 (page, totals) on line 40,
// FL50-57 lines 41-44, FL58-62 lines 45-48, FL63-65 lines 49-52, FL66-68 lines 53-54, FL69-73 line 55,
// FL74-77 lines 56-59, FL78-81 lines 60-63.
import { box, type FormBackground, type FormBox } from './boxes';
import type { FormGrid } from './grid';

export const UB04_GRID: FormGrid = { left: 14.4, columns: 81, lines: 66 };

/** Service line row n (1-23) prints on line 17 + n. */
export function ub04ServiceLine(row: number): number {
  return 17 + row;
}

const DX_LETTERS = 'ABCDEFGHIJKLMNOPQ';

/** FL67 cells: principal and A-H on line 53, I-Q on line 54 (columns 4-75); each is a 7-character code and a POA column. */
export function ub04DiagnosisCell(index: number): { item: string; col: number; line: number } {
  if (index === 0) return { item: 'FL67', col: 4, line: 53 };
  const i = index - 1;
  const item = `FL67${DX_LETTERS[i] ?? ''}`;
  return i < 8 ? { item, col: 12 + i * 8, line: 53 } : { item, col: 4 + (i - 8) * 8, line: 54 };
}

const top: FormBox[] = [
  box('FL1', '1', 1, 25, 1, 4), box('FL2', '2', 26, 26, 1, 4),
  box('FL3a', '3a PAT. CNTL #', 52, 25, 1, 1, { captionCols: 4 }), box('FL3b', 'b. MED. REC. #', 52, 25, 2, 1, { captionCols: 4 }),
  box('FL4', '4 TYPE OF BILL', 77, 5, 1, 2),
  box('FL5', '5 FED. TAX NO.', 52, 11, 3, 2), box('FL6', '6   STATEMENT COVERS PERIOD  FROM         THROUGH', 63, 14, 3, 2), box('FL7', '7', 77, 5, 3, 2),
  box('FL8', '8 PATIENT NAME', 1, 30, 5, 2, { captionCols: 9 }), box('FL9', '9 PATIENT ADDRESS', 31, 51, 5, 2, { captionCols: 10 }),
  box('FL10', '10 BIRTHDATE', 1, 9, 7, 2), box('FL11', '11 SEX', 10, 2, 7, 2),
  box('FL12', '12 ADMISSION DATE', 12, 7, 7, 2), box('FL13', '13 HR', 19, 3, 7, 2), box('FL14', '14 TYPE', 22, 2, 7, 2),
  box('FL15', '15 SRC', 24, 2, 7, 2), box('FL16', '16 DHR', 26, 3, 7, 2), box('FL17', '17 STAT', 29, 3, 7, 2),
  ...Array.from({ length: 11 }, (_, k) => box(`FL${18 + k}`, String(18 + k), 32 + k * 3, 3, 7, 2)),
  box('FL29', '29 ACDT STATE', 65, 4, 7, 2), box('FL30', '30', 69, 13, 7, 2),
  ...[0, 1, 2, 3].map((k) => box(`FL${31 + k}`, `${31 + k} OCCURRENCE CODE   DATE`, 1 + k * 10, 10, 9, 3)),
  box('FL35', '35 OCCURRENCE SPAN   CODE   FROM   THROUGH', 41, 17, 9, 3),
  box('FL36', '36 OCCURRENCE SPAN   CODE   FROM   THROUGH', 58, 17, 9, 3), box('FL37', '37', 75, 7, 9, 3),
  box('FL38', '38', 1, 42, 12, 5),
  ...[0, 1, 2].map((k) => box(`FL${39 + k}`, `${39 + k} VALUE CODES   CODE     AMOUNT`, 43 + k * 13, 13, 12, 5)),
];

const lines: FormBox[] = [
  box('FL42', '42 REV. CD.', 1, 5, 17, 24), box('FL43', '43 DESCRIPTION', 6, 24, 17, 24),
  box('FL44', '44 HCPCS / RATE / HIPPS CODE', 30, 15, 17, 24), box('FL45', '45 SERV. DATE', 45, 7, 17, 24),
  box('FL46', '46 SERV. UNITS', 52, 8, 17, 24), box('FL47', '47 TOTAL CHARGES', 60, 11, 17, 24),
  box('FL48', '48 NON-COVERED CHARGES', 71, 10, 17, 24), box('FL49', '49', 81, 1, 17, 24),
];

const bottom: FormBox[] = [
  box('FL50', '50 PAYER NAME', 1, 24, 41, 4), box('FL51', '51 HEALTH PLAN ID', 25, 16, 41, 4),
  box('FL52', '52 REL INFO', 41, 3, 41, 4), box('FL53', '53 ASG BEN', 44, 3, 41, 4),
  box('FL54', '54 PRIOR PAYMENTS', 47, 11, 41, 4), box('FL55', '55 EST. AMOUNT DUE', 58, 11, 41, 4),
  box('FL56', '56 NPI', 69, 13, 41, 1, { captionCols: 2 }), box('FL57', '57 OTHER PRV ID', 69, 13, 42, 3, { captionCols: 3 }),
  box('FL58', "58 INSURED'S NAME", 1, 27, 45, 4), box('FL59', '59 P. REL', 28, 4, 45, 4),
  box('FL60', "60 INSURED'S UNIQUE ID", 32, 22, 45, 4), box('FL61', '61 GROUP NAME', 54, 14, 45, 4),
  box('FL62', '62 INSURANCE GROUP NO.', 68, 14, 45, 4),
  box('FL63', '63 TREATMENT AUTHORIZATION CODES', 1, 31, 49, 4), box('FL64', '64 DOCUMENT CONTROL NUMBER', 32, 27, 49, 4),
  box('FL65', '65 EMPLOYER NAME', 59, 23, 49, 4),
  box('FL66', '66 DX', 1, 3, 53, 2),
  ...Array.from({ length: 18 }, (_, i) => {
    const c = ub04DiagnosisCell(i);
    return box(c.item, i === 0 ? '67' : c.item.slice(4), c.col, 8, c.line, 1, { captionCols: 1 });
  }),
  box('FL68', '68', 76, 6, 53, 2),
  box('FL69', '69 ADMIT DX', 1, 12, 55, 1, { captionCols: 3 }), box('FL70', '70 PATIENT REASON DX', 13, 32, 55, 1, { captionCols: 4 }),
  box('FL71', '71 PPS CODE', 45, 9, 55, 1, { captionCols: 3 }), box('FL72', '72 ECI', 54, 22, 55, 1, { captionCols: 2 }), box('FL73', '73', 76, 6, 55, 1),
  box('FL74', '74 PRINCIPAL PROCEDURE CODE DATE', 1, 15, 56, 2), box('FL74', 'a. OTHER PROCEDURE CODE DATE', 16, 15, 56, 2),
  box('FL74', 'b. OTHER PROCEDURE CODE DATE', 31, 15, 56, 2), box('FL74', 'c. OTHER PROCEDURE CODE DATE', 1, 15, 58, 2),
  box('FL74', 'd. OTHER PROCEDURE CODE DATE', 16, 15, 58, 2), box('FL74', 'e. OTHER PROCEDURE CODE DATE', 31, 15, 58, 2),
  box('FL75', '75', 46, 4, 56, 4),
  box('FL76', '76 ATTENDING', 50, 32, 56, 2, { captionCols: 5 }), box('FL77', '77 OPERATING', 50, 32, 58, 2, { captionCols: 5 }),
  box('FL80', '80 REMARKS', 1, 25, 60, 4), box('FL81', '81CC', 26, 25, 60, 4, { captionCols: 2 }),
  box('FL78', '78 OTHER', 51, 31, 60, 2, { captionCols: 5 }), box('FL79', '79 OTHER', 51, 31, 62, 2, { captionCols: 5 }),
];

const providerLabels = (line: number) => [
  { text: 'NPI', col: 56, line }, { text: 'QUAL', col: 70, line },
  { text: 'LAST', col: 51.1, line: line + 1 }, { text: 'FIRST', col: 67, line: line + 1 },
];

export const UB04_BACKGROUND: FormBackground = {
  name: 'UB-04 (CMS-1450)',
  grid: UB04_GRID,
  boxes: [...top, ...lines, ...bottom],
  labels: [
    { text: 'CONDITION CODES', col: 44, line: 7.55, size: 5 },
    { text: 'a', col: 0, line: 10 }, { text: 'b', col: 0, line: 11 },
    ...['a', 'b', 'c', 'd'].map((text, i) => ({ text, col: 42.2, line: 13 + i })),
    ...Array.from({ length: 23 }, (_, i) => ({ text: String(i + 1), col: -0.6, line: ub04ServiceLine(i + 1), size: 5 })),
    { text: 'PAGE', col: 6.3, line: 40, size: 5 }, { text: 'OF', col: 14.3, line: 40, size: 5 },
    { text: 'CREATION DATE', col: 36, line: 40, size: 5 }, { text: 'TOTALS', col: 52.3, line: 40, size: 5 },
    ...['A', 'B', 'C'].flatMap((text, i) => [{ text, col: 0, line: 42 + i }, { text, col: 0, line: 46 + i }, { text, col: 0, line: 50 + i }]),
    ...providerLabels(56), ...providerLabels(58), ...providerLabels(60), ...providerLabels(62),
    ...['a', 'b', 'c', 'd'].map((text, i) => ({ text, col: 27.3, line: 60 + i })),
    { text: 'UB-04 CMS-1450     APPROVED OMB NO. 0938-0997     NUBC National Uniform Billing Committee     FACSIMILE DRAWN BY OPENRCM - NOT THE OFFICIAL OCR FORM', col: 1, line: 64.6, size: 5.5 },
  ],
  checkboxes: [],
  shadedBands: [],
  hRules: Array.from({ length: 22 }, (_, i) => ({ col: 1, cols: 81, line: 19 + i })),
  vRules: [
    { col: 68, line: 18, lines: 23, dashed: true }, { col: 78, line: 18, lines: 23, dashed: true },
    ...[0, 1, 2].map((k) => ({ col: 53 + k * 13, line: 13, lines: 4, dashed: true })),
    { col: 55, line: 42, lines: 3, dashed: true }, { col: 66, line: 42, lines: 3, dashed: true },
    ...Array.from({ length: 18 }, (_, i) => {
      const c = ub04DiagnosisCell(i);
      return { col: c.col + 7, line: c.line, lines: 1, dashed: true };
    }),
  ],
  sideLabels: [],
};
