// The UB-04 (CMS-1450) laid out from an OpenRCM institutional claim: form locators 1-81 as placed text.
import type { Claim, ClaimLine, InstitutionalData } from '../claims/index';
import type { CalendarDate } from '../dates/index';
import { sum, toDecimal } from '../money/index';
import { PageWriter } from './grid';
import { UB04_GRID, ub04ServiceLine } from './ub04-boxes';
import { layoutCodeBlocks, layoutPatientBlock, layoutProviderBlock, putAmount } from './ub04-header';
import { layoutDiagnoses, layoutPayers, layoutProcedures, layoutRemarks } from './ub04-footer';
import { chunk, dedupeWarnings } from './paging';
import { checkClaimForForm } from './validate';
import { mmddyy } from './text';
import type { FormPage, FormWarning, LayoutResult } from './types';

export const UB04_LINES_PER_PAGE = 22;

export interface Ub04Options {
  /** Printed on line 23 of every page (NUBC "creation date"); the layout never reads the clock. */
  creationDate?: CalendarDate;
  /**
   * NUBC: line 23 of every page carries PAGE x OF y and the creation date, and the total charges
   * (revenue code 0001) are reported on the final page only: 'last-page', the default.
   * 'per-page' prints each page's own subtotal on its line 23 as well, for payers that ask for it.
   */
  totals?: 'last-page' | 'per-page';
}

export function layoutUb04(claim: Claim, options: Ub04Options = {}): LayoutResult {
  const error = checkClaimForForm(claim, 'institutional');
  if (error) return { ok: false, error };
  const inst = claim.institutional!;
  const warnings: FormWarning[] = [];
  const groups = chunk(claim.lines, UB04_LINES_PER_PAGE);
  const pages = groups.map((lines, i) => layoutPage(claim, inst, lines, { pageNumber: i + 1, pageCount: groups.length }, options, warnings));
  const lineTotal = sum(claim.lines.map((l) => l.charge));
  if (lineTotal !== claim.totalCharge) {
    warnings.push({
      code: 'DATA_INCONSISTENT', severity: 'error', item: 'FL47', page: groups.length,
      message: `The lines add up to ${toDecimal(lineTotal)} but the claim total is ${toDecimal(claim.totalCharge)}; line 23 prints the sum of the lines.`,
    });
  }
  return { ok: true, pages, warnings: dedupeWarnings(warnings) };
}

function layoutPage(
  claim: Claim, inst: InstitutionalData, lines: ClaimLine[], at: { pageNumber: number; pageCount: number },
  options: Ub04Options, warnings: FormWarning[],
): FormPage {
  const w = new PageWriter(UB04_GRID, at.pageNumber, warnings);
  layoutProviderBlock(w, claim, inst);
  layoutPatientBlock(w, claim, inst);
  layoutCodeBlocks(w, inst);
  lines.forEach((line, i) => layoutServiceLine(w, line, i + 1));
  layoutPageTotals(w, claim, lines, at, options);
  layoutPayers(w, claim);
  layoutDiagnoses(w, claim, inst);
  layoutProcedures(w, inst);
  layoutRemarks(w, claim);
  return { pageNumber: at.pageNumber, fields: w.fields };
}

function layoutServiceLine(w: PageWriter, line: ClaimLine, row: number): void {
  const y = ub04ServiceLine(row);
  const at = { row, claimLine: line.lineNumber };
  if (!line.revenueCode) {
    w.warn({ code: 'DATA_INCONSISTENT', severity: 'error', item: 'FL42', line: row, message: `Line ${line.lineNumber} has no revenue code; every UB-04 line needs one in FL42.` });
  }
  w.put({ item: 'FL42', col: 2, line: y, width: 4, ...at }, line.revenueCode?.padStart(4, '0'));
  w.put({ item: 'FL43', col: 7, line: y, width: 23, overflow: 'truncate', ...at }, line.description);
  // FL44: the HCPCS code with its modifiers run on without separators (5 + 4 x 2 fills the 14 positions).
  if (line.codeSystem !== 'ICD10PCS') w.put({ item: 'FL44', col: 31, line: y, width: 14, ...at }, `${line.procedureCode}${line.modifiers.join('')}`);
  w.put({ item: 'FL45', col: 46, line: y, width: 6, ...at }, mmddyy(line.serviceDate));
  w.put({ item: 'FL46', col: 53, line: y, width: 7, align: 'right', ...at }, Number.isInteger(line.units) ? String(line.units) : String(Math.round(line.units * 1000) / 1000));
  putAmount(w, 'FL47', 61, 7, 69, y, line.charge, row);
}

function layoutPageTotals(
  w: PageWriter, claim: Claim, lines: ClaimLine[], at: { pageNumber: number; pageCount: number }, options: Ub04Options,
): void {
  const y = ub04ServiceLine(23);
  w.put({ item: 'FL43', col: 9, line: y, width: 3, align: 'right', row: 23 }, String(at.pageNumber));
  w.put({ item: 'FL43', col: 17, line: y, width: 3, row: 23 }, String(at.pageCount));
  if (options.creationDate) w.put({ item: 'FL45', col: 46, line: y, width: 6, row: 23 }, mmddyy(options.creationDate));
  const last = at.pageNumber === at.pageCount;
  if (last) {
    w.put({ item: 'FL42', col: 2, line: y, width: 4, row: 23 }, '0001');
    putAmount(w, 'FL47', 61, 7, 69, y, sum(claim.lines.map((l) => l.charge)), 23);
  } else if (options.totals === 'per-page') {
    putAmount(w, 'FL47', 61, 7, 69, y, sum(lines.map((l) => l.charge)), 23);
  }
}
