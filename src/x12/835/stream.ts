// Streaming 835 reader for files of any size: claims come out in batches as their Loop 2100 closes, and
// closed loops are let go, so memory stays flat. Balancing and validation run as the claims pass.
// Claims take a fast path straight from the input: from the bytes (byte-claim.ts) where the byte scanner
// reads them (bytes/feed.ts), else from the raw segment text (fast-claim.ts); everything else, and any claim
// a fast path is not sure of, goes through the general tokenizer, envelope tracker and walker (reader.ts).
import type { X12Finding } from '../index-types';
import type { ReceivedTransaction } from '../envelope-types';
import { feedScanner, tokenizeStream } from '../stream';
import { SegmentScanner } from '../scanner';
import { feedBytes } from '../bytes/index';
import { Reader } from './reader';
import type { Loop2100, Remittance835 } from './types';

export type Stream835Event =
  /** Claims whose Loop 2100 closed while reading the last chunk, with their LX01. */
  | { kind: 'claims'; claims: Loop2100[]; transaction: ReceivedTransaction }
  /** End of one 835 set: header, 1000A/B, the 2000 headers (claims already streamed) and PLB; its findings. */
  | { kind: 'end'; remittance: Remittance835; findings: X12Finding[]; claimCount: number; transaction: ReceivedTransaction }
  /** A transaction set that is not an 835 (skipped), or findings outside any set. */
  | { kind: 'other'; findings: X12Finding[]; transaction?: ReceivedTransaction };

export interface Stream835Options {
  /** Check every element (default true). */
  validate?: boolean;
  /** Keep at most this many findings per transaction set (default 10,000). */
  maxFindings?: number;
  /** Read claims on the fast path (default true); false reads everything through the general path (same result, slower). */
  fastPath?: boolean;
  /** On the fast path, scan UTF-8 input as bytes where it can (default true); false decodes it all to text first (same result, slower). */
  bytePath?: boolean;
}

/** Reads 835 transaction sets from a stream of chunks (e.g. fs.createReadStream). */
export async function* stream835(source: AsyncIterable<Uint8Array | string>, options: Stream835Options = {}): AsyncGenerator<Stream835Event> {
  const reader = new Reader(options.validate ?? true, options.maxFindings ?? 10_000, options.fastPath ?? true, options.bytePath ?? true);
  if (options.fastPath === false) {
    // The general path alone: the tokenizer's segments, one batch per slice of input.
    const tokens = tokenizeStream(source);
    for await (const batch of tokens) {
      for (const s of batch.segments) reader.tracker.push(s, batch.delimiters);
      reader.flush();
      yield* reader.events.splice(0);
    }
    reader.finish(tokens.findings);
  } else {
    const scanner = new SegmentScanner({ sink: (raw, position, d, idLength) => reader.raw(raw, position, d, idLength) });
    const feed = options.bytePath === false ? feedScanner(source, scanner) : feedBytes(source, scanner, (s, d) => reader.bytes(s, d));
    for await (const _ of feed) {
      reader.flush();
      yield* reader.events.splice(0);
    }
    reader.finish(scanner.findings);
  }
  yield* reader.events.splice(0);
}
