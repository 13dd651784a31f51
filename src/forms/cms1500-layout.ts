// The NUCC 1500 Claim Form (02/12) laid out from an OpenRCM professional claim: every item as placed text.
import type { Claim, ClaimLine } from '../claims/index';
import type { CalendarDate } from '../dates/index';
import { cents, sum, toDecimal, type Cents } from '../money/index';
import { PageWriter } from './grid';
import { CMS1500_GRID } from './cms1500-boxes';
import { CMS1500_LINES_PER_PAGE, layoutServiceLine, putMoney } from './cms1500-lines';
import { layoutCarrierAndPatient, layoutInsurance } from './cms1500-patient';
import { layoutBilling, layoutClinical } from './cms1500-provider';
import { checkClaimForForm } from './validate';
import { chunk, dedupeWarnings } from './paging';
import type { FormPage, FormWarning, LayoutResult } from './types';

export interface Cms1500Options {
  /** Printed beside "SIGNATURE ON FILE" in items 12 and 31; the layout never reads the clock. */
  signatureDate?: CalendarDate;
  /**
   * How a claim of more than six lines is totalled. 'per-page' (the default) reads the NUCC item 28
   * instruction literally, "total of all charges in 24F", and matches Medicare, which takes each form as
   * a complete claim: item 28 totals the lines on its own page, nothing is carried forward.
   * 'last-page' is for payers (many Medicaid and Blue plans) that want CONTINUED in item 28 on every page
   * but the last, and the total of all pages on the last.
   */
  totals?: 'per-page' | 'last-page';
  /** Many payers ask multi-page claims to say "PAGE 1 OF 2" at the top right; printed above the carrier block. */
  pageLabels?: boolean;
}

export function layoutCms1500(claim: Claim, options: Cms1500Options = {}): LayoutResult {
  const error = checkClaimForForm(claim, 'professional');
  if (error) return { ok: false, error };
  const warnings: FormWarning[] = [];
  const groups = chunk(claim.lines, CMS1500_LINES_PER_PAGE);
  const pages = groups.map((lines, i) => layoutPage(claim, lines, i + 1, groups.length, options, warnings));
  checkTotal(claim, warnings);
  return { ok: true, pages, warnings: dedupeWarnings(warnings) };
}

function layoutPage(
  claim: Claim, lines: ClaimLine[], pageNumber: number, pageCount: number, options: Cms1500Options, warnings: FormWarning[],
): FormPage {
  const w = new PageWriter(CMS1500_GRID, pageNumber, warnings);
  layoutCarrierAndPatient(w, claim);
  layoutInsurance(w, claim, options.signatureDate);
  layoutClinical(w, claim);
  lines.forEach((line, i) => layoutServiceLine(w, claim, line, i + 1));
  layoutBilling(w, claim, options.signatureDate);

  if (options.pageLabels && pageCount > 1) w.put({ item: 'PAGE', col: 66, line: 1, width: 14 }, `PAGE ${pageNumber} OF ${pageCount}`);
  const last = pageNumber === pageCount;
  const perPage = (options.totals ?? 'per-page') === 'per-page';
  if (perPage) putMoney(w, '28', 51, 8, 60, 56, sum(lines.map((l) => l.charge)));
  else if (last) putMoney(w, '28', 51, 8, 60, 56, sum(claim.lines.map((l) => l.charge)));
  else w.put({ item: '28', col: 51, line: 56, width: 11 }, 'CONTINUED');
  // Item 29 is a claim-level amount that cannot be split by line: it goes on the page that carries the
  // claim's balance, the first page when pages are totalled separately, else the last.
  const paid = amountPaid(claim);
  if (paid > 0 && (perPage ? pageNumber === 1 : last)) putMoney(w, '29', 63, 6, 70, 56, paid);
  return { pageNumber, fields: w.fields };
}

/** NUCC item 29: what the patient and other payers paid on the covered services. */
function amountPaid(claim: Claim): Cents {
  return sum([claim.patientAmountPaid ?? cents(0), ...claim.otherCoverages.map((c) => c.paidAmount ?? cents(0))]);
}

function checkTotal(claim: Claim, warnings: FormWarning[]): void {
  const lineTotal = sum(claim.lines.map((l) => l.charge));
  if (lineTotal !== claim.totalCharge) {
    warnings.push({
      code: 'DATA_INCONSISTENT', severity: 'error', item: '28', page: 1,
      message: `The lines add up to ${toDecimal(lineTotal)} but the claim total is ${toDecimal(claim.totalCharge)}; item 28 prints the sum of the lines.`,
    });
  }
}
