// The 1500 Claim Form (02/12) drawn on its 10-pitch grid: 79 columns from 0.25 inch, 66 lines.
// Row plan: carrier block lines 1-5, PICA line 6, items 1-11 lines 7-26, 12-13 lines 27-30, 14-23 lines 31-40,
// item 24 header lines 41-42 and six service rows on lines 43-54 (shaded supplemental line above each),
// items 25-30 lines 55-56, 31-33 lines 57-61. Column plan: left block 1-29, middle 30-49, right 50-79.
import { box, type FormBackground, type FormBox, type FormLabel } from './boxes';
import type { FormGrid } from './grid';

export const CMS1500_GRID: FormGrid = { left: 18, columns: 79, lines: 66 };

/** Service row n (1-6) prints on line 42 + 2n; its shaded supplemental line is the line above. */
export function cms1500ServiceLine(row: number): number {
  return 42 + row * 2;
}

const patientBlock: FormBox[] = [
  box('1', '1.', 1, 49, 7, 2),
  box('1a', "1a. INSURED'S I.D. NUMBER                 (For Program in Item 1)", 50, 30, 7, 2),
  box('2', "2. PATIENT'S NAME (Last Name, First Name, Middle Initial)", 1, 29, 9, 2),
  box('3', "3. PATIENT'S BIRTH DATE          SEX", 30, 20, 9, 2),
  box('4', "4. INSURED'S NAME (Last Name, First Name, Middle Initial)", 50, 30, 9, 2),
  box('5', "5. PATIENT'S ADDRESS (No., Street)", 1, 29, 11, 2),
  box('5', 'CITY', 1, 24, 13, 2),
  box('5', 'STATE', 25, 5, 13, 2),
  box('5', 'ZIP CODE', 1, 13, 15, 2),
  box('5', 'TELEPHONE (Include Area Code)', 14, 16, 15, 2),
  box('6', '6. PATIENT RELATIONSHIP TO INSURED', 30, 20, 11, 2),
  box('7', "7. INSURED'S ADDRESS (No., Street)", 50, 30, 11, 2),
  box('7', 'CITY', 50, 23, 13, 2),
  box('7', 'STATE', 73, 7, 13, 2),
  box('7', 'ZIP CODE', 50, 13, 15, 2),
  box('7', 'TELEPHONE (Include Area Code)', 63, 17, 15, 2),
  box('8', '8. RESERVED FOR NUCC USE', 30, 20, 13, 4),
  box('9', "9. OTHER INSURED'S NAME (Last Name, First Name, Middle Initial)", 1, 29, 17, 2),
  box('9a', "a. OTHER INSURED'S POLICY OR GROUP NUMBER", 1, 29, 19, 2),
  box('9b', 'b. RESERVED FOR NUCC USE', 1, 29, 21, 2),
  box('9c', 'c. RESERVED FOR NUCC USE', 1, 29, 23, 2),
  box('9d', 'd. INSURANCE PLAN NAME OR PROGRAM NAME', 1, 29, 25, 2),
  box('10', "10. IS PATIENT'S CONDITION RELATED TO:", 30, 20, 17, 2),
  box('10a', 'a. EMPLOYMENT? (Current or Previous)', 30, 20, 19, 2),
  box('10b', 'b. AUTO ACCIDENT?            PLACE (State)', 30, 20, 21, 2),
  box('10c', 'c. OTHER ACCIDENT?', 30, 20, 23, 2),
  box('10d', '10d. CLAIM CODES (Designated by NUCC)', 30, 20, 25, 2),
  box('11', "11. INSURED'S POLICY GROUP OR FECA NUMBER", 50, 30, 17, 2),
  box('11a', "a. INSURED'S DATE OF BIRTH                        SEX", 50, 30, 19, 2),
  box('11b', 'b. OTHER CLAIM ID (Designated by NUCC)', 50, 30, 21, 2),
  box('11c', 'c. INSURANCE PLAN NAME OR PROGRAM NAME', 50, 30, 23, 2),
  box('11d', 'd. IS THERE ANOTHER HEALTH BENEFIT PLAN?', 50, 30, 25, 2),
  box('12', "READ BACK OF FORM BEFORE COMPLETING & SIGNING THIS FORM.  12. PATIENT'S OR AUTHORIZED PERSON'S SIGNATURE I authorize the release of any medical or other information necessary to process this claim. I also request payment of government benefits either to myself or to the party who accepts assignment below.", 1, 49, 27, 4),
  box('13', "13. INSURED'S OR AUTHORIZED PERSON'S SIGNATURE I authorize payment of medical benefits to the undersigned physician or supplier for services described below.", 50, 30, 27, 4),
];

const physicianBlock: FormBox[] = [
  box('14', '14. DATE OF CURRENT ILLNESS, INJURY, or PREGNANCY (LMP)', 1, 29, 31, 2),
  box('15', '15. OTHER DATE', 30, 20, 31, 2),
  box('16', '16. DATES PATIENT UNABLE TO WORK IN CURRENT OCCUPATION', 50, 30, 31, 2),
  box('17', '17. NAME OF REFERRING PROVIDER OR OTHER SOURCE', 1, 29, 33, 2),
  box('17a', '17a.', 30, 20, 33, 1, { shaded: true }),
  box('17b', '17b. NPI', 30, 20, 34, 1),
  box('18', '18. HOSPITALIZATION DATES RELATED TO CURRENT SERVICES', 50, 30, 33, 2),
  box('19', '19. ADDITIONAL CLAIM INFORMATION (Designated by NUCC)', 1, 49, 35, 2),
  box('20', '20. OUTSIDE LAB?                      $ CHARGES', 50, 30, 35, 2),
  box('21', '21. DIAGNOSIS OR NATURE OF ILLNESS OR INJURY   Relate A-L to service line below (24E)', 1, 49, 37, 4),
  box('22', '22. RESUBMISSION CODE', 50, 11, 37, 2),
  box('22', 'ORIGINAL REF. NO.', 61, 19, 37, 2),
  box('23', '23. PRIOR AUTHORIZATION NUMBER', 50, 30, 39, 2),
  box('24A', '24. A.  DATE(S) OF SERVICE', 1, 18, 41, 14),
  box('24B', 'B. PLACE OF SERVICE', 19, 3, 41, 14),
  box('24C', 'C. EMG', 22, 2, 41, 14),
  box('24D', 'D. PROCEDURES, SERVICES, OR SUPPLIES (Explain Unusual Circumstances)', 24, 19, 41, 14),
  box('24E', 'E. DIAGNOSIS POINTER', 43, 5, 41, 14),
  box('24F', 'F. $ CHARGES', 48, 10, 41, 14),
  box('24G', 'G. DAYS OR UNITS', 58, 5, 41, 14),
  box('24H', 'H. EPSDT Family Plan', 63, 2, 41, 14),
  box('24I', 'I. ID. QUAL.', 65, 3, 41, 14),
  box('24J', 'J. RENDERING PROVIDER ID. #', 68, 12, 41, 14),
  box('25', '25. FEDERAL TAX I.D. NUMBER', 1, 21, 55, 2),
  box('26', "26. PATIENT'S ACCOUNT NO.", 22, 15, 55, 2),
  box('27', '27. ACCEPT ASSIGNMENT? (For govt. claims, see back)', 37, 13, 55, 2),
  box('28', '28. TOTAL CHARGE', 50, 12, 55, 2),
  box('29', '29. AMOUNT PAID', 62, 10, 55, 2),
  box('30', '30. Rsvd for NUCC Use', 72, 8, 55, 2),
  box('31', '31. SIGNATURE OF PHYSICIAN OR SUPPLIER INCLUDING DEGREES OR CREDENTIALS (I certify that the statements on the reverse apply to this bill and are made a part thereof.)', 1, 21, 57, 5),
  box('32', '32. SERVICE FACILITY LOCATION INFORMATION', 22, 28, 57, 4),
  box('32a', 'a.', 22, 13, 61, 1),
  box('32b', 'b.', 35, 15, 61, 1, { shaded: true }),
  box('33', '33. BILLING PROVIDER INFO & PH #', 50, 30, 57, 4),
  box('33a', 'a.', 50, 13, 61, 1),
  box('33b', 'b.', 63, 17, 61, 1, { shaded: true }),
];

/** Small MM DD YY captions over the date cells that start at these columns. */
function dateLabels(cols: readonly number[], line: number): FormLabel[] {
  return cols.map((col, i) => ({ text: ['MM', 'DD', 'YY'][i % 3] ?? '', col: col + 0.2, line, size: 4.5 }));
}

const programLabels: [number, string][] = [
  [1, '(Medicare#)'], [8, '(Medicaid#)'], [15, '(ID#/DoD#)'], [24, '(Member ID#)'], [31, '(ID#)'], [39, '(ID#)'], [45, '(ID#)'],
];

export const CMS1500_BACKGROUND: FormBackground = {
  name: 'CMS-1500 (02/12)',
  grid: CMS1500_GRID,
  boxes: [...patientBlock, ...physicianBlock],
  labels: [
    { text: '1500', col: 1, line: 2.6, size: 20, bold: true },
    { text: 'HEALTH INSURANCE CLAIM FORM', col: 12, line: 4, size: 11, bold: true },
    { text: 'APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12', col: 1, line: 5, size: 5 },
    { text: 'PICA', col: 2, line: 6, size: 6 }, { text: 'PICA', col: 76, line: 6, size: 6 },
    ...[[1, 'MEDICARE'], [8, 'MEDICAID'], [15, 'TRICARE'], [24, 'CHAMPVA'], [31, 'GROUP HEALTH PLAN'], [39, 'FECA BLK LUNG'], [45, 'OTHER']]
      .map(([col, text]) => ({ text: String(text), col: Number(col) + (col === 1 ? 1 : 0), line: 7.45, size: 4.5 })),
    ...dateLabels([31, 34, 37.5], 9.45), { text: 'M', col: 42, line: 10 }, { text: 'F', col: 46, line: 10 },
    ...dateLabels([53, 56, 59.5], 19.45), { text: 'M', col: 67, line: 20 }, { text: 'F', col: 74, line: 20 },
    { text: 'SIGNED', col: 1, line: 30 }, { text: 'DATE', col: 32, line: 30 }, { text: 'SIGNED', col: 50, line: 30 },
    ...dateLabels([2, 5, 8], 31.45), { text: 'QUAL.', col: 14, line: 32 },
    { text: 'QUAL.', col: 30, line: 32 }, ...dateLabels([38, 41, 44], 31.45),
    ...dateLabels([54, 57, 60, 67, 70, 73], 31.45), ...dateLabels([54, 57, 60, 67, 70, 73], 33.45),
    { text: 'FROM', col: 50, line: 32 }, { text: 'TO', col: 64, line: 32 }, { text: 'FROM', col: 50, line: 34 }, { text: 'TO', col: 64, line: 34 },
    { text: 'ICD Ind.', col: 43, line: 37 },
    ...['A.', 'B.', 'C.', 'D.', 'E.', 'F.', 'G.', 'H.', 'I.', 'J.', 'K.', 'L.'].map((text, i) => ({ text, col: 1 + (i % 4) * 12, line: 38 + Math.floor(i / 4) })),
    { text: 'From', col: 3, line: 41.75, size: 4.5 }, { text: 'To', col: 13, line: 41.75, size: 4.5 }, ...dateLabels([1, 4, 7, 10, 13, 16], 42.2),
    { text: 'CPT/HCPCS            MODIFIER', col: 24, line: 42, size: 4.5 },
    ...[1, 2, 3, 4, 5, 6].map((n) => ({ text: 'NPI', col: 65, line: cms1500ServiceLine(n), size: 5 })),
    ...[1, 2, 3, 4, 5, 6].map((n) => ({ text: String(n), col: 0, line: cms1500ServiceLine(n) - 0.5, size: 7, bold: true })),
    { text: 'SSN', col: 16.7, line: 55.5 }, { text: 'EIN', col: 18.7, line: 55.5 },
    { text: '$', col: 50, line: 56 }, { text: '$', col: 62, line: 56 },
    { text: 'SIGNED', col: 1, line: 61 }, { text: 'DATE', col: 11, line: 61 },
    { text: '(', col: 66, line: 57 }, { text: ')', col: 70, line: 57 },
    { text: 'NUCC Instruction Manual available at: www.nucc.org       PLEASE PRINT OR TYPE       FACSIMILE DRAWN BY OPENRCM - NOT THE OFFICIAL OCR FORM', col: 1, line: 62.6, size: 5.5 },
  ],
  checkboxes: [
    ...programLabels.map(([col, label]) => ({ col, line: 8, label })),
    { col: 43, line: 10 }, { col: 47, line: 10 },
    { col: 33, line: 12, label: 'Self', labelLeft: true }, { col: 38, line: 12, label: 'Spouse', labelLeft: true },
    { col: 42, line: 12, label: 'Child', labelLeft: true }, { col: 47, line: 12, label: 'Other', labelLeft: true },
    ...[20, 22, 24].flatMap((line) => [{ col: 35, line, label: 'YES' }, { col: 41, line, label: 'NO' }]),
    { col: 68, line: 20 }, { col: 75, line: 20 },
    { col: 52, line: 26, label: 'YES' }, { col: 57, line: 26, label: 'NO   If yes, complete items 9, 9a, and 9d.' },
    { col: 52, line: 36, label: 'YES' }, { col: 57, line: 36, label: 'NO' },
    { col: 17, line: 56 }, { col: 19, line: 56 }, { col: 47, line: 37 },
    { col: 38, line: 56, label: 'YES' }, { col: 43, line: 56, label: 'NO' },
  ],
  shadedBands: [1, 2, 3, 4, 5, 6].flatMap((n) => [
    { col: 1, cols: 62, line: cms1500ServiceLine(n) - 1, over: true },
    { col: 63, cols: 17, line: cms1500ServiceLine(n) - 1 },
  ]),
  hRules: [1, 2, 3, 4, 5, 6].map((n) => ({ col: 1, cols: 79, line: cms1500ServiceLine(n) - 1 })),
  vRules: [
    // Date cells in 24A, the modifier cells in 24D, and the dotted cents dividers of 24F, 28 and 29.
    ...[3, 6, 9, 12, 15].map((col) => ({ col, line: 42, lines: 13, dashed: true })),
    ...[31, 34, 37, 40].map((col) => ({ col, line: 42, lines: 13, dashed: true })),
    { col: 54, line: 42, lines: 13, dashed: true }, { col: 59, line: 56, lines: 1, dashed: true }, { col: 69, line: 56, lines: 1, dashed: true },
    ...[33, 36].map((col) => ({ col, line: 10, lines: 1, dashed: true })),
    ...[55, 58].map((col) => ({ col, line: 20, lines: 1, dashed: true })),
  ],
  sideLabels: [
    { text: 'CARRIER', fromLine: 1, toLine: 6 },
    { text: 'PATIENT AND INSURED INFORMATION', fromLine: 7, toLine: 30 },
    { text: 'PHYSICIAN OR SUPPLIER INFORMATION', fromLine: 31, toLine: 61 },
  ],
};
