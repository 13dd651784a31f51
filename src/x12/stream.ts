// Streaming tokenizer: an async iterable of chunks (a Node Readable is one) in, batches of segments out.
// Memory stays bounded by the chunk size plus the longest segment, whatever the file size.
import { chunkDecoder } from './decode';
import { SegmentScanner, type ScannerOptions, type TokenBatch } from './scanner';
import type { X12Finding } from './segment';

const SLICE = 1 << 16;

export interface StreamTokenizer extends AsyncIterable<TokenBatch> {
  /** Findings of the tokenizer so far (complete once iteration has ended). */
  readonly findings: X12Finding[];
}

/**
 * Tokenizes a stream of byte (or text) chunks. Each yielded batch holds the segments read from one chunk
 * with one set of delimiters. Throws X12ReadError when the stream does not start with an ISA.
 */
export function tokenizeStream(source: AsyncIterable<Uint8Array | string>, options: ScannerOptions = {}): StreamTokenizer {
  const scanner = new SegmentScanner(options);
  return {
    findings: scanner.findings,
    async *[Symbol.asyncIterator]() {
      for await (const _ of feedScanner(source, scanner)) {
        for (const batch of scanner.take()) yield batch;
      }
    },
  };
}

/**
 * Feeds a stream of chunks to a scanner, a slice at a time, pausing after each slice (and once after the
 * end) so the caller can hand on what the scanner produced. The scanner keeps its own findings.
 */
export async function* feedScanner(source: AsyncIterable<Uint8Array | string>, scanner: SegmentScanner): AsyncGenerator<void> {
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  let carry = '';
  for await (const chunk of source) {
    // Big chunks are read a slice at a time: batches stay small enough for their segments to die
    // young (a 1 MB batch gets promoted to the old generation and costs far more to collect).
    for (let at = 0; at < chunk.length; at += SLICE) {
      let text: string;
      if (typeof chunk === 'string') text = chunk.slice(at, at + SLICE);
      else {
        decoder ??= chunkDecoder(chunk).decoder;
        text = decoder.decode(chunk.length <= SLICE ? chunk : chunk.subarray(at, at + SLICE), { stream: true });
      }
      const buffer = carry ? carry + text : text;
      const consumed = scanner.feed(buffer, false);
      scanner.advance(consumed);
      carry = consumed < buffer.length ? buffer.slice(consumed) : '';
      yield;
    }
  }
  const rest = carry + (decoder ? decoder.decode() : '');
  if (rest) scanner.feed(rest, true);
  yield;
}
