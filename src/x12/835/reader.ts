// The streaming 835 reader's router (stream.ts): segments to the envelope tracker and the current set,
// claims to a fast claim reader when one takes them, and the events to yield.
import type { Delimiters, Segment, SegmentRef, X12Finding } from '../index-types';
import { EnvelopeTracker } from '../envelope';
import { splitOn } from '../split';
import type { ByteSegment } from '../bytes/index';
import { cap, SetReader } from './set-reader';
import type { Stream835Event } from './stream';

/** What the router needs of a fast claim reader (FastClaim on text, ByteClaim on bytes) once it holds a claim. */
interface OpenClaim {
  readonly delimiters: Delimiters;
  readonly clp: Segment;
  readonly claim: SetReader['pending'][number] | undefined;
  readonly svcPositions: readonly number[];
  readonly positions: readonly number[];
  readonly count: number;
  readonly active: boolean;
  raw(i: number): string;
  lastSegment(): SegmentRef;
  complete(): boolean;
  reset(): false;
}

export class Reader {
  readonly events: Stream835Event[] = [];
  readonly tracker: EnvelopeTracker;
  private current: SetReader | undefined;

  constructor(validate: boolean, private readonly maxFindings: number, fastPath: boolean, bytePath: boolean) {
    this.tracker = new EnvelopeTracker(
      {
        startTransaction: (tx) => {
          this.current = tx.transactionSetId === '835' ? new SetReader(tx, validate, fastPath, bytePath) : undefined;
          if (!this.current) this.events.push({ kind: 'other', findings: [], transaction: tx });
        },
        segment: (s: Segment) => this.current?.walker.push(s),
        endTransaction: () => this.endSet(),
      },
      false,
    );
  }

  /** A segment from the byte scanner: to the byte claim reader when it takes it, else as text to raw(). */
  bytes(s: ByteSegment, d: Delimiters): void {
    const set = this.current;
    const claims = set?.bytes;
    // A claim the text fast path opened (before the byte scanner took over) goes on as text.
    if (claims && !set.fast?.active) {
      if (claims.active) {
        const step = claims.step(s, d);
        if (step === 'taken') return;
        if (step === 'ends') this.commit(set, claims);
        else this.replay(claims);
      }
      if (this.tracker.setOpen && claims.isClp(s, d) && claims.start(s) && this.opened(set, claims)) return;
    }
    this.raw(s.chars().slice(s.start, s.end), s.position, d, s.idLength);
  }

  /** A raw segment from the text scanner: to the text fast claim reader when it takes it, else to the tracker. */
  raw(raw: string, position: number, d: Delimiters, idLength: number): void {
    const set = this.current;
    // A claim the byte path opened, and the text scanner took over: the general path reads it.
    if (set?.bytes?.active) this.replay(set.bytes);
    const fast = set?.fast;
    if (fast?.active) {
      const step = fast.step(raw, position, d, idLength);
      if (step === 'taken') return;
      if (step === 'ends') this.commit(set!, fast);
      else this.replay(fast);
    }
    if (fast && this.tracker.setOpen && fast.isClp(raw, d, idLength) && fast.start(raw, position) && this.opened(set, fast)) return;
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
    for (const open of [set?.fast, set?.bytes]) {
      if (!open?.active) continue;
      if (open.complete()) this.commit(set!, open);
      else this.replay(open);
    }
    this.tracker.finish();
    const outside = [...tokenizerFindings, ...this.tracker.findings.filter((f) => !f.ik502)];
    if (outside.length > 0) this.events.push({ kind: 'other', findings: cap(outside, this.maxFindings) });
  }

  /** A fast reader started a claim at its CLP: the claim before it (read by the general path) closes now, as it would if the CLP were pushed. */
  private opened(set: SetReader, open: OpenClaim): boolean {
    if (set.walker.closeForLoop(open.clp) === '2100') return true;
    return open.reset();
  }

  /** The fast path read a whole claim with nothing to report: account for it as the general path would. */
  private commit(set: SetReader, open: OpenClaim): void {
    const n = open.count;
    const last = open.lastSegment();
    if (!set.walker.skipLoop(open.clp, '2100', last)) throw new Error('835 fast path: the CLP no longer opens a Loop 2100');
    this.tracker.skipSegments(n, last);
    set.addClaim(open.claim!, { clp: open.clp.position, svc: open.svcPositions });
    open.reset();
  }

  /** The fast path gave up on a claim: its segments go through the general path, which reports what is wrong. */
  private replay(open: OpenClaim): void {
    const d = open.delimiters;
    for (let i = 0; i < open.count; i++) this.tracker.push(toSegment(open.raw(i), open.positions[i]!, d), d);
    open.reset();
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
