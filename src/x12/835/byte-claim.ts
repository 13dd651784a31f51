// The fast claim reader on bytes: fast-claim.ts for the segments the byte scanner reads (bytes/feed.ts).
// Elements are checked and mapped from the chunk's bytes; strings are made only for the values a claim
// keeps. Like the text fast path, it takes a claim only when the general path would read it without a
// single finding; at the first doubt the caller replays the claim's segments through the general path.
import type { Delimiters, Segment, X12Finding } from '../index-types';
import type { SegmentSpec } from '../spec';
import { SegmentCheck } from '../quick-check';
import { FieldReader } from '../field-reader';
import { splitOn } from '../split';
import { ByteFields, okBytes, type ByteSegment } from '../bytes/index';
import { addClaimSegment, addServiceSegment, claimHeader, serviceHeader } from './parse-parts';
import { ClaimOrder, CLP, ENTRIES, LOOP_2100, LOOP_2110, SVC, T2100, T2110, type FrameTable } from './claim-order';
import type { FastStep } from './fast-claim';
import type { Loop2100, Loop2110 } from './types';

const NO_CLP: Segment = { id: 'CLP', elements: [], position: 0 };

export class ByteClaim {
  private readonly fields: ByteFields;
  /** The CLP is read as text (its values are nearly all kept): with this reader and these findings. */
  private readonly reader: FieldReader;
  private readonly findings: X12Finding[] = [];
  private readonly order = new ClaimOrder();
  private readonly checks2100: SegmentCheck[] | undefined;
  private readonly checks2110: SegmentCheck[] | undefined;
  claim: Loop2100 | undefined;
  private service: Loop2110 | undefined;
  /** The CLP as a Segment (for the walker's bookkeeping). */
  clp: Segment = NO_CLP;
  readonly svcPositions: number[] = [];
  /** The claim's segments as read, chunks[i].slice(starts[i], ends[i]) for i < count (their chunks as text), to replay them if need be. */
  private readonly chunks: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  readonly positions: number[] = [];
  count = 0;

  constructor(
    readonly delimiters: Delimiters,
    validate: boolean,
  ) {
    this.fields = new ByteFields(delimiters.component.charCodeAt(0));
    this.reader = new FieldReader(delimiters, this.findings);
    this.checks2100 = validate ? LOOP_2100.segments.map((spec) => new SegmentCheck(spec, delimiters)) : undefined;
    this.checks2110 = validate ? LOOP_2110.segments.map((spec) => new SegmentCheck(spec, delimiters)) : undefined;
  }

  get active(): boolean {
    return this.count > 0;
  }

  /** Whether s (read with delimiters d) is a CLP this reader can start on. */
  isClp(s: ByteSegment, d: Delimiters): boolean {
    return d === this.delimiters && s.code === CLP && s.idLength === 3 && s.count > 1;
  }

  /** Starts a claim at its CLP; false (nothing kept) when the CLP alone would have a finding. */
  start(s: ByteSegment): boolean {
    const clp = s.toSegment('CLP');
    this.clp = clp;
    if (this.checks2100 && !this.checks2100[0]!.ok(clp)) return this.reset();
    this.claim = claimHeader(this.reader, clp);
    if (this.findings.length > 0) return this.reset();
    this.order.start();
    this.service = undefined;
    this.svcPositions.length = 0;
    this.keep(s);
    return true;
  }

  /** Reads the next segment of the set while a claim is open. */
  step(s: ByteSegment, d: Delimiters): FastStep {
    if (d !== this.delimiters) return 'fails';
    const entry = ENTRIES.get(s.code);
    // The length too: a third character 0 would give a 3-character id the code of a 2-character one.
    if (entry === undefined || entry.id.length !== s.idLength) return 'fails';
    if (entry.ends) return this.complete() ? 'ends' : 'fails';
    s.id = entry.id;
    const ok = this.service ? this.inService(s) : this.inClaim(s);
    if (!ok || this.fields.doubt) return 'fails';
    this.keep(s);
    return 'taken';
  }

  complete(): boolean {
    return this.order.complete();
  }

  /** Segment i of the claim as text (to replay it). */
  raw(i: number): string {
    return this.chunks[i]!.slice(this.starts[i], this.ends[i]);
  }

  /** The claim's last segment as the tokenizer would have made it (for the walker's and the tracker's bookkeeping). */
  lastSegment(): Segment {
    const n = this.count;
    const elements = splitOn(this.raw(n - 1), this.delimiters.element);
    return { id: elements[0]!, elements, position: this.positions[n - 1]! };
  }

  /** Forgets the claim (after it was taken or handed to the general path). */
  reset(): false {
    this.count = 0;
    this.claim = undefined;
    this.service = undefined;
    this.findings.length = 0;
    this.fields.doubt = false;
    return false;
  }

  private keep(s: ByteSegment): void {
    const n = this.count++;
    this.chunks[n] = s.chars();
    this.starts[n] = s.start;
    this.ends[n] = s.end;
    this.positions[n] = s.position;
  }

  /** A segment of the claim's own: in guide order, within its repeats, no required one skipped. */
  private inClaim(s: ByteSegment): boolean {
    if (s.code === SVC) return this.openService(s);
    const i = strongMatch(T2100, s);
    if (i < 0 || !this.order.claimSegment(i) || !this.check(this.checks2100, s, i)) return false;
    addClaimSegment(this.fields, this.claim!, s);
    return true;
  }

  private inService(s: ByteSegment): boolean {
    const i = strongMatch(T2110, s);
    if (i < 0) return s.code === SVC && this.openService(s);
    if (!this.order.serviceSegment(i) || !this.check(this.checks2110, s, i)) return false;
    addServiceSegment(this.fields, this.service!, s);
    return true;
  }

  private openService(s: ByteSegment): boolean {
    if (!this.order.canOpenService() || !this.check(this.checks2110, s, 0)) return false;
    this.order.openService();
    this.service = serviceHeader(this.fields, s);
    this.claim!.services.push(this.service);
    this.svcPositions.push(s.position);
    return true;
  }

  /** The element checks the walker would run: false when they might find something. */
  private check(checks: SegmentCheck[] | undefined, s: ByteSegment, i: number): boolean {
    return checks === undefined || okBytes(checks[i]!, s);
  }
}

/** The walker's strong match in a loop (from index 1): the first spec with this id whose qualifier fits, else -1. */
function strongMatch(t: FrameTable, s: ByteSegment): number {
  const candidates = t.candidates.get(s.code);
  if (!candidates) return -1;
  for (const i of candidates) if (qualifierMatches(t.spec.segments[i]!, s)) return i;
  return -1;
}

/** qualifierMatches (match.ts) on bytes. */
function qualifierMatches(spec: SegmentSpec, s: ByteSegment): boolean {
  const q = spec.qualifier;
  if (!q) return true;
  for (const v of q.values) if (s.is(q.element, v)) return true;
  return false;
}
