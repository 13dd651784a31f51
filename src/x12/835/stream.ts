// Streaming 835 reader for files of any size: claims come out in batches as their Loop 2100 closes, and
// closed loops are let go, so memory stays flat. Balancing and validation run as the claims pass.
// Claims take the fast path (fast-claim.ts) straight from the raw segment text; everything else, and any
// claim the fast path is not sure of, goes through the general tokenizer, envelope tracker and walker.
import type { Delimiters, Segment, X12Finding } from '../index-types';
import type { ReceivedTransaction } from '../envelope-types';
import { feedScanner, tokenizeStream } from '../stream';
import { SegmentScanner } from '../scanner';
import { EnvelopeTracker } from '../envelope';
import { splitOn } from '../split';
import { cap, SetReader } from './set-reader';
import type { FastClaim } from './fast-claim';
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
}

/** Routes segments to the envelope tracker and the current set, and collects the events to yield. */
class Reader {
  readonly events: Stream835Event[] = [];
  readonly tracker: EnvelopeTracker;
  private current: SetReader | undefined;

  constructor(validate: boolean, private readonly maxFindings: number, fastPath: boolean) {
    this.tracker = new EnvelopeTracker(
      {
        startTransaction: (tx) => {
          this.current = tx.transactionSetId === '835' ? new SetReader(tx, validate, fastPath) : undefined;
          if (!this.current) this.events.push({ kind: 'other', findings: [], transaction: tx });
        },
        segment: (s: Segment) => this.current?.walker.push(s),
        endTransaction: () => this.endSet(),
      },
      false,
    );
  }

  /** A raw segment from the scanner: to the fast claim reader when it takes it, else to the tracker. */
  raw(raw: string, position: number, d: Delimiters, idLength: number): void {
    const set = this.current;
    const fast = set?.fast;
    if (fast?.active) {
      const step = fast.step(raw, position, d, idLength);
      if (step === 'taken') return;
      if (step === 'ends') this.commit(set!, fast);
      else this.replay(fast);
    }
    if (fast && this.tracker.setOpen && fast.isClp(raw, d, idLength) && this.startClaim(set, fast, raw, position)) return;
    this.tracker.push(toSegment(raw, position, d), d);
  }

  flush(): void {
    const set = this.current;
    if (set && set.pending.length > 0) {
      this.events.push({ kind: 'claims', claims: set.pending, transaction: set.tx });
      set.pending = [];
    }
  }

  /** At the end of the input: closes what is open and reports findings outside any set. */
  finish(tokenizerFindings: readonly X12Finding[]): void {
    const set = this.current;
    if (set?.fast?.active) {
      if (set.fast.complete()) this.commit(set, set.fast);
      else this.replay(set.fast);
    }
    this.tracker.finish();
    const outside = [...tokenizerFindings, ...this.tracker.findings.filter((f) => !f.ik502)];
    if (outside.length > 0) this.events.push({ kind: 'other', findings: cap(outside, this.maxFindings) });
  }

  private startClaim(set: SetReader, fast: FastClaim, raw: string, position: number): boolean {
    if (!fast.start(raw, position)) return false;
    // The claim before it (read by the general path) closes now, as it would if the CLP were pushed.
    if (set.walker.closeForLoop(fast.clp) === '2100') return true;
    return fast.reset();
  }

  /** The fast path read a whole claim with nothing to report: account for it as the general path would. */
  private commit(set: SetReader, fast: FastClaim): void {
    const n = fast.count;
    const last = fast.lastSegment();
    if (!set.walker.skipLoop(fast.clp, '2100', last)) throw new Error('835 fast path: the CLP no longer opens a Loop 2100');
    this.tracker.skipSegments(n, last);
    set.addClaim(fast.claim!, { clp: fast.clp.position, svc: fast.svcPositions });
    fast.reset();
  }

  /** The fast path gave up on a claim: its segments go through the general path, which reports what is wrong. */
  private replay(fast: FastClaim): void {
    const d = fast.delimiters;
    for (let i = 0; i < fast.count; i++) this.tracker.push(toSegment(fast.raws[i]!, fast.positions[i]!, d), d);
    fast.reset();
  }

  private endSet(): void {
    const set = this.current;
    if (!set) return;
    // end() closes the loops still open (a set cut short without SE): their claims go out with the rest.
    const { remittance, findings } = set.end(this.maxFindings);
    this.flush();
    this.events.push({ kind: 'end', remittance, findings, claimCount: set.claimCount, transaction: set.tx });
    this.current = undefined;
  }
}

/** The Segment the tokenizer would make of a raw segment. */
function toSegment(raw: string, position: number, d: Delimiters): Segment {
  const elements = splitOn(raw, d.element);
  return { id: elements[0]!, elements, position };
}

/** Reads 835 transaction sets from a stream of chunks (e.g. fs.createReadStream). */
export async function* stream835(source: AsyncIterable<Uint8Array | string>, options: Stream835Options = {}): AsyncGenerator<Stream835Event> {
  const reader = new Reader(options.validate ?? true, options.maxFindings ?? 10_000, options.fastPath ?? true);
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
    for await (const _ of feedScanner(source, scanner)) {
      reader.flush();
      yield* reader.events.splice(0);
    }
    reader.finish(scanner.findings);
  }
  yield* reader.events.splice(0);
}
