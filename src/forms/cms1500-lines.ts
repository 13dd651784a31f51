// Item 24 of the 1500: six service rows a page, each with its shaded supplemental line above it.
import type { Claim, ClaimLine } from '../claims/index';
import type { CalendarDate } from '../dates/index';
import type { Cents } from '../money/index';
import type { PageWriter } from './grid';
import { cms1500ServiceLine } from './cms1500-boxes';
import { dateParts, letter, splitMoney } from './text';

export const CMS1500_LINES_PER_PAGE = 6;

/** Writes a date into three MM | DD | YY(YY) cells starting at the given columns. */
export function putDate(
  w: PageWriter, item: string, cols: readonly [number, number, number], line: number, date: CalendarDate | undefined,
  year: 'yy' | 'yyyy', extra: { row?: number; claimLine?: number } = {},
): void {
  if (!date) return;
  const p = dateParts(date);
  w.put({ item, col: cols[0], line, width: 2, ...extra }, p.mm);
  w.put({ item, col: cols[1], line, width: 2, ...extra }, p.dd);
  w.put({ item, col: cols[2], line, width: year === 'yy' ? 2 : 4, ...extra }, year === 'yy' ? p.yy : p.yyyy);
}

/** 24F, 28, 29: dollars right-justified before the dotted divider, cents after it. */
export function putMoney(
  w: PageWriter, item: string, dollarsCol: number, dollarsWidth: number, centsCol: number, line: number, amount: Cents,
  extra: { row?: number; claimLine?: number } = {},
): void {
  if (amount < 0) {
    w.warn({ code: 'DATA_INCONSISTENT', severity: 'error', item, ...(extra.row === undefined ? {} : { line: extra.row }), message: `Item ${item}: the 1500 takes no negative amounts; ${amount} cents is printed with a minus sign.` });
  }
  const m = splitMoney(amount);
  w.put({ item, col: dollarsCol, line, width: dollarsWidth, align: 'right', ...extra }, m.dollars);
  w.put({ item, col: centsCol, line, width: 2, ...extra }, m.cents);
}

export function layoutServiceLine(w: PageWriter, claim: Claim, line: ClaimLine, row: number): void {
  const y = cms1500ServiceLine(row);
  const at = { row, claimLine: line.lineNumber };
  putDate(w, '24A', [1, 4, 7], y, line.serviceDate, 'yy', at);
  // NUCC: with a single date of service the To date may repeat the From date; payers' scanners expect both.
  putDate(w, '24A', [10, 13, 16], y, line.serviceDateEnd ?? line.serviceDate, 'yy', at);
  w.put({ item: '24B', col: 19, line: y, width: 2, ...at }, line.placeOfService ?? claim.placeOfService);
  if (line.emergency) w.put({ item: '24C', col: 22, line: y, width: 1, ...at }, 'Y');
  w.put({ item: '24D', col: 24, line: y, width: 6, ...at }, line.procedureCode);
  line.modifiers.forEach((m, i) => w.put({ item: '24D', col: 31 + i * 3, line: y, width: 2, ...at }, m));
  w.put({ item: '24E', col: 43, line: y, width: 4, ...at }, pointerLetters(w, claim, line, row));
  putMoney(w, '24F', 48, 6, 55, y, line.charge, at);
  w.put({ item: '24G', col: 58, line: y, width: 4, ...at }, formatUnits(line.units));
  const rendering = line.renderingProvider ?? claim.renderingProvider;
  if (rendering) w.put({ item: '24J', col: 68, line: y, width: 11, ...at }, rendering.npi);
  if (line.ndc) w.put({ item: '24A', col: 1, line: y - 1, width: 61, ...at }, ndcSupplemental(w, line, row));
}

/** NUCC 24E: the letters of item 21, left-justified, no commas or spaces, primary first. */
function pointerLetters(w: PageWriter, claim: Claim, line: ClaimLine, row: number): string {
  const usable = line.diagnosisPointers.filter((p) => p >= 1 && p <= Math.min(claim.diagnoses.length, 12));
  if (usable.length !== line.diagnosisPointers.length) {
    w.warn({
      code: 'DATA_INCONSISTENT', severity: 'error', item: '24E', line: row,
      message: `Line ${line.lineNumber}: diagnosis pointers ${line.diagnosisPointers.join(',')} point past the ${Math.min(claim.diagnoses.length, 12)} diagnoses item 21 can hold; those pointers are left off.`,
    });
  }
  return usable.map((p) => letter(p - 1)).join('');
}

function formatUnits(units: number): string {
  // Whole units print plainly; fractions keep their decimal point (NUCC 24G), at most three places.
  return Number.isInteger(units) ? String(units) : String(Math.round(units * 1000) / 1000);
}

/** Shaded line: N4 qualifier, the 11-digit NDC without hyphens, a space, the unit qualifier and the quantity. */
function ndcSupplemental(w: PageWriter, line: ClaimLine, row: number): string {
  const ndc = line.ndc!;
  const code = ndc.code.replace(/-/g, '');
  if (!/^\d{11}$/.test(code)) {
    w.warn({
      code: 'DATA_INCONSISTENT', severity: 'error', item: '24A', line: row,
      message: `Line ${line.lineNumber}: NDC "${ndc.code}" is not 11 digits in the 5-4-2 format the N4 qualifier requires.`,
    });
  }
  return `N4${code} ${ndc.unit}${formatUnits(ndc.quantity)}`;
}
