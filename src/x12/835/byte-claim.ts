// The fast claim reader on bytes: fast-claim.ts for the segments the byte scanner reads (bytes/feed.ts).
// Elements are checked and mapped from the chunk's bytes; strings are made only for the values a claim
// keeps. Like the text fast path, it takes a claim only when the general path would read it without a
// single finding; at the first doubt the caller replays the claim's segments through the general path.
import type { Delimiters, Segment, SegmentRef, X12Finding } from '../index-types';
import { SegmentCheck } from '../quick-check';
import { FieldReader } from '../field-reader';
import { ByteFields, byteCheckOf, type ByteCheck, type ByteSegment } from '../bytes/index';
import { addClaimSegment, addServiceSegment, append, claimHeader, serviceHeader } from './parse-parts';
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
  private readonly checks2100: ByteCheck[] | undefined;
  private readonly checks2110: ByteCheck[] | undefined;
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
  /** The id of the claim's last segment read so far. */
  private lastId = '';

  constructor(
    readonly delimiters: Delimiters,
    validate: boolean,
  ) {
    this.fields = new ByteFields(delimiters.component.charCodeAt(0));
    this.reader = new FieldReader(delimiters, this.findings);
    const checks = validate ? checksFor(delimiters) : undefined;
    this.checks2100 = checks?.in2100;
    this.checks2110 = checks?.in2110;
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
    if (this.checks2100 && !this.checks2100[0]!(s)) return this.reset();
    // Nearly every value of the CLP is kept: it is read as text, and the walker needs it as a Segment.
    const clp = s.toSegment('CLP');
    this.clp = clp;
    this.claim = claimHeader(this.reader, clp);
    if (this.findings.length > 0) return this.reset();
    this.order.start();
    this.service = undefined;
    this.svcPositions.length = 0;
    s.id = 'CLP';
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

  /** Where the claim's last segment is (the walker and the tracker keep it to place findings at the end of the set). */
  lastSegment(): SegmentRef {
    return { id: this.lastId, position: this.positions[this.count - 1]! };
  }

  /** Forgets the claim (after it was taken or handed to the general path). */
  reset(): false {
    this.count = 0;
    this.claim = undefined;
    this.service = undefined;
    if (this.findings.length > 0) this.findings.length = 0;
    this.fields.doubt = false;
    return false;
  }

  private keep(s: ByteSegment): void {
    const n = this.count++;
    this.chunks[n] = s.chars();
    this.starts[n] = s.start;
    this.ends[n] = s.end;
    this.positions[n] = s.position;
    this.lastId = s.id;
  }

  /** A segment of the claim's own: in guide order, within its repeats, no required one skipped. */
  private inClaim(s: ByteSegment): boolean {
    if (s.code === SVC) return this.openService(s);
    const i = match2100(s);
    if (i < 0 || !this.order.claimSegment(i) || !this.check(this.checks2100, s, i)) return false;
    addClaimSegment(this.fields, this.claim!, s);
    return true;
  }

  private inService(s: ByteSegment): boolean {
    const i = match2110(s);
    if (i < 0) return s.code === SVC && this.openService(s);
    if (!this.order.serviceSegment(i) || !this.check(this.checks2110, s, i)) return false;
    addServiceSegment(this.fields, this.service!, s);
    return true;
  }

  private openService(s: ByteSegment): boolean {
    if (!this.order.canOpenService() || !this.check(this.checks2110, s, 0)) return false;
    this.order.openService();
    this.service = serviceHeader(this.fields, s);
    this.claim!.services = append(this.claim!.services, this.service);
    this.svcPositions.push(s.position);
    return true;
  }

  /** The element checks the walker would run: false when they might find something. */
  private check(checks: ByteCheck[] | undefined, s: ByteSegment, i: number): boolean {
    return checks === undefined || checks[i]!(s);
  }
}

/**
 * The compiled element checks of Loop 2100 and 2110, made once per set of delimiters rather than once per
 * transaction set: each would be a new function for the engine to compile and optimize again.
 */
const checksByDelimiters = new Map<string, { in2100: ByteCheck[]; in2110: ByteCheck[] }>();

function checksFor(d: Delimiters): { in2100: ByteCheck[]; in2110: ByteCheck[] } {
  const key = `${d.element}${d.component}${d.repetition}${d.segment}`;
  let checks = checksByDelimiters.get(key);
  if (!checks) {
    // Files use one or two sets of delimiters; a stream of odd ones (fuzzing) must not grow this without bound.
    if (checksByDelimiters.size >= 64) checksByDelimiters.clear();
    checks = {
      in2100: LOOP_2100.segments.map((spec) => byteCheckOf(new SegmentCheck(spec, d))),
      in2110: LOOP_2110.segments.map((spec) => byteCheckOf(new SegmentCheck(spec, d))),
    };
    checksByDelimiters.set(key, checks);
  }
  return checks;
}

/** Which spec of a loop (from index 1) a segment matches strongly, as the walker would: its index, else -1. */
type SpecMatch = (s: ByteSegment) => number;

/**
 * The walker's strong match in a loop, compiled from the loop's specs into one switch on the segment id's
 * code and the qualifier's value as a number (see shortKey): the first spec with the id whose qualifier fits.
 */
function compileMatch(t: FrameTable): SpecMatch {
  const cases: string[] = [];
  for (const [code, indexes] of t.candidates) {
    const body: string[] = [];
    for (const index of indexes) {
      const q = t.spec.segments[index]!.qualifier;
      if (!q) {
        body.push(`return ${index};`);
        break;
      }
      const keys = q.values.map(keyOfText);
      const labels = keys.filter((k) => k >= 0).map((k) => `case ${k}:`).join(' ');
      if (labels) body.push(`switch (key(s, ${q.element})) { ${labels} return ${index}; }`);
      for (const v of q.values.filter((_, i) => keys[i]! < 0)) body.push(`if (s.is(${q.element}, ${JSON.stringify(v)})) return ${index};`);
    }
    cases.push(`case ${code}: { ${body.join(' ')} return -1; }`);
  }
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- generated from the guide's specs only
  const make = new Function('key', `return function match(s) { switch (s.code) { ${cases.join('\n')} } return -1; };`) as (key: typeof shortKey) => SpecMatch;
  return make(shortKey);
}

const match2100 = compileMatch(T2100);
const match2110 = compileMatch(T2110);

/** A number for element n when it is 0 to 4 ASCII characters (distinct for distinct values), else -1. */
function shortKey(s: ByteSegment, n: number): number {
  const length = s.length(n);
  if (length > 4) return -1;
  let key = length;
  for (let i = s.starts[n]!, end = i + length; i < end; i++) key = (key << 7) | s.buf[i]!;
  return key;
}

/** shortKey of a string. */
function keyOfText(v: string): number {
  if (v.length > 4) return -1;
  let key = v.length;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 0x80) return -1;
    key = (key << 7) | c;
  }
  return key;
}
