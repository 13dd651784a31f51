// What the form layouts produce: text placed on a US Letter page, plus the warnings a biller must see.
import type { ClaimKind } from '../claims/index';

/** One piece of text placed on the form, in PDF points (origin bottom-left, y is the text baseline). */
export interface PlacedField {
  /** The NUCC item number (1500: '24D', '33a') or the NUBC form locator (UB-04: 'FL42', 'FL67A'). */
  item: string;
  /** The service-line row on the form page (1500: 1-6, UB-04: 1-23). */
  line?: number;
  /** The claim's own line number (LX) that filled this row. */
  claimLine?: number;
  text: string;
  x: number;
  y: number;
  /** Width of the field's box in points: the text must not run past it. */
  maxWidth?: number;
}

export interface FormPage {
  /** 1-based. */
  pageNumber: number;
  fields: PlacedField[];
}

export type FormWarningCode =
  /** Text longer than its box, cut where the form manual allows cutting (names, addresses, descriptions). */
  | 'FIELD_TRUNCATED'
  /** Text longer than its box where cutting would change its meaning (ids, codes, amounts): printed whole, runs over. */
  | 'FIELD_TOO_LONG'
  /** More codes than the form has boxes for (condition, occurrence, value codes, diagnoses, procedures). */
  | 'TOO_MANY_CODES'
  /** A character the forms' OCR character set cannot hold, replaced by '?'. */
  | 'CHARACTER_REPLACED'
  /** Data the form item needs is missing or inconsistent; the item is left blank or printed as given. */
  | 'DATA_INCONSISTENT';

export interface FormWarning {
  code: FormWarningCode;
  /** 'error' when the printed form does not carry the claim faithfully; 'info' when it does so in a way the manual allows. */
  severity: 'info' | 'error';
  item: string;
  page: number;
  line?: number;
  message: string;
}

export type FormErrorCode = 'WRONG_CLAIM_KIND' | 'CLAIM_INVALID' | 'NO_SERVICE_LINES' | 'MISSING_INSTITUTIONAL_DATA';

export interface FormError {
  code: FormErrorCode;
  /** Path into the claim where the problem is, e.g. 'lines.3.charge'. Empty for the whole claim. */
  path: string;
  message: string;
  expectedKind?: ClaimKind;
}

export type LayoutResult =
  | { ok: true; pages: FormPage[]; warnings: FormWarning[] }
  | { ok: false; error: FormError };

export type PdfResult =
  | { ok: true; pdf: Uint8Array; pageCount: number; warnings: FormWarning[] }
  | { ok: false; error: FormError };
