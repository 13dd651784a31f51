// File adapter: reads a claim saved as JSON, prints it on the form its kind takes, writes the PDF.
// The only I/O in the forms module; the CLI can wrap it as a command.
import { readFile, writeFile } from 'node:fs/promises';
import type { Claim } from '../claims/index';
import { domainError, inputError, type AppError } from '../errors/index';
import { renderCms1500Pdf, renderUb04Pdf, type RenderOptions } from './render-pdf';
import type { Cms1500Options } from './cms1500-layout';
import type { Ub04Options } from './ub04-layout';
import type { FormError, FormWarning } from './types';

export type PrintOptions = RenderOptions & Cms1500Options & Ub04Options & {
  /** Force a form; by default the claim's kind decides (professional: CMS-1500, institutional: UB-04). */
  form?: 'cms1500' | 'ub04';
};

export type PrintResult =
  | { ok: true; form: 'cms1500' | 'ub04'; pageCount: number; warnings: FormWarning[] }
  | { ok: false; error: AppError };

/** A form error as the application's named error, for commands that report and exit. */
export function asAppError(error: FormError, file?: string): AppError {
  return domainError(error.code, error.message, { ...(file ? { file } : {}), field: error.path });
}

export async function printClaimFormFile(claimPath: string, pdfPath: string, options: PrintOptions = {}): Promise<PrintResult> {
  let claim: Claim;
  try {
    claim = JSON.parse(await readFile(claimPath, 'utf8')) as Claim;
  } catch (cause) {
    return { ok: false, error: inputError('CLAIM_UNREADABLE', `Cannot read the claim JSON in ${claimPath}.`, { file: claimPath }, cause) };
  }
  const form = options.form ?? (claim.kind === 'institutional' ? 'ub04' : 'cms1500');
  const result = form === 'ub04' ? await renderUb04Pdf(claim, options) : await renderCms1500Pdf(claim, options);
  if (!result.ok) return { ok: false, error: asAppError(result.error, claimPath) };
  await writeFile(pdfPath, result.pdf);
  return { ok: true, form, pageCount: result.pageCount, warnings: result.warnings };
}
