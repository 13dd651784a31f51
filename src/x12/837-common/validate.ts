// Validation of one 837 transaction set: the generic walker and element checks over the guide's spec
// (X12-core), plus the errata-guide warning and the claim checks of the typed reading.
import type { Delimiters, Segment, X12Finding } from '../segment';
import type { TransactionSpec } from '../spec';
import { validateTransaction } from '../walker';

export function validateWith(
  spec: TransactionSpec, transaction: { segments: readonly Segment[]; delimiters: Delimiters }, readingFindings: readonly X12Finding[],
): X12Finding[] {
  const walked = validateTransaction(spec, transaction.segments, transaction.delimiters).findings;
  // The walker already reports structure (unexpected segments, HL chain, repeats); from the typed
  // reading keep what it cannot see: the guide variant, undecodable amounts and the claim checks.
  const own = readingFindings.filter((f) => f.code.startsWith('837.guide') || f.code === '837.element.bad_value' || f.code === '837.npi.invalid' || /^837[PI]\./.test(f.code));
  return [...own, ...walked].sort((a, b) => a.segmentPosition - b.segmentPosition);
}
