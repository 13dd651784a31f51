// Whole-input tokenizer: bytes or text in, segments with 1-based positions out, with the delimiters of
// every interchange. For files too big to hold, use tokenizeStream (stream.ts).
import type { Delimiters, Segment, X12Finding } from './segment';
import { decodeX12, type X12Encoding } from './decode';
import { SegmentScanner, type ScannerOptions } from './scanner';

export interface InterchangeDelimiters {
  delimiters: Delimiters;
  /** Index in `segments` of the first segment read with these delimiters (the ISA). */
  segmentIndex: number;
}

export interface TokenizeResult {
  segments: Segment[];
  /** One entry per interchange (per change of delimiters), in order. */
  interchanges: InterchangeDelimiters[];
  /** Problems found while splitting (unterminated or unrecognizable segments, bad ISA). */
  findings: X12Finding[];
  encoding: X12Encoding;
}

/**
 * Splits X12 into segments. Throws X12ReadError (with the byte offset) when the input is not X12 at all:
 * no ISA where the interchange should start, or an ISA whose delimiters cannot be read.
 */
export function tokenize(input: string | Uint8Array, options: ScannerOptions = {}): TokenizeResult {
  const { text, encoding } = decodeX12(input);
  const scanner = new SegmentScanner(options);
  scanner.feed(text, true);
  const segments: Segment[] = [];
  const interchanges: InterchangeDelimiters[] = [];
  for (const batch of scanner.batches) {
    interchanges.push({ delimiters: batch.delimiters, segmentIndex: segments.length });
    for (const s of batch.segments) segments.push(s);
  }
  if (segments.length === 0) {
    scanner.findings.push({
      severity: 'error',
      code: 'x12.empty',
      segmentPosition: 0,
      segmentId: '',
      message: 'The file holds no X12 segments.',
    });
  }
  return { segments, interchanges, findings: scanner.findings, encoding };
}

/** The delimiters in force for segments[index]. */
export function delimitersAt(result: Pick<TokenizeResult, 'interchanges'>, index: number): Delimiters | undefined {
  let found: Delimiters | undefined;
  for (const i of result.interchanges) {
    if (i.segmentIndex > index) break;
    found = i.delimiters;
  }
  return found;
}
