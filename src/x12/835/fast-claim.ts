// The fast path of the streaming 835 reader: reads one Loop 2100 (CLP, its segments, its 2110s) straight
// from the segments' raw text, checked and mapped as it comes, without Segment objects or the generic walker.
// It only accepts a claim that the general path would read without a single finding; at the first
// doubt it gives up and the caller replays the claim's raw segments through the general path, so the
// claims and findings are always exactly the general path's.
import type { Delimiters, Segment, X12Finding } from '../index-types';
import { SegmentCheck } from '../quick-check';
import { FieldReader } from '../field-reader';
import { qualifierMatches } from '../match';
import { addClaimSegment, addServiceSegment, append, claimHeader, serviceHeader } from './parse-parts';
import { fieldsInto, idCode } from './raw-fields';
import { splitOn } from '../split';
import { ClaimOrder, CLP, ENTRIES, LOOP_2100, LOOP_2110, SVC, T2100, T2110, type FrameTable } from './claim-order';
import type { Loop2100, Loop2110 } from './types';

/** A Segment per id to read segments into, reused (one per id, so its elements array rarely changes length). */
const SCRATCH = new Map<number, Segment>();
for (const [code, entry] of ENTRIES) SCRATCH.set(code, { id: entry.id, elements: [], position: 0 });

export type FastStep = 'taken' | 'ends' | 'fails';

/** What the claim read so far gives the stream: the claim, its CLP and SVC positions, its raw segments. */
export class FastClaim {
  private readonly findings: X12Finding[] = [];
  private readonly reader: FieldReader;
  private readonly order = new ClaimOrder();
  /** Compiled element checks of the 2100 and 2110 segment specs, by spec index (undefined: not validating). */
  private readonly checks2100: SegmentCheck[] | undefined;
  private readonly checks2110: SegmentCheck[] | undefined;
  claim: Loop2100 | undefined;
  private service: Loop2110 | undefined;
  /** The CLP as a Segment (for the walker's bookkeeping). */
  clp: Segment = { id: 'CLP', elements: [], position: 0 };
  readonly svcPositions: number[] = [];
  /** The claim's segments as read (raws[0..count)), to replay through the general path when the fast path gives up. */
  readonly raws: string[] = [];
  readonly positions: number[] = [];
  count = 0;
  /** Elements (with the id) of the segment just read; its scratch array may hold more, all ''. */
  private fieldCount = 0;

  constructor(
    readonly delimiters: Delimiters,
    validate: boolean,
  ) {
    this.reader = new FieldReader(delimiters, this.findings);
    this.checks2100 = validate ? LOOP_2100.segments.map((spec) => new SegmentCheck(spec, delimiters)) : undefined;
    this.checks2110 = validate ? LOOP_2110.segments.map((spec) => new SegmentCheck(spec, delimiters)) : undefined;
  }

  get active(): boolean {
    return this.count > 0;
  }

  /** Whether raw (read with delimiters d) is a CLP this reader can start on. */
  isClp(raw: string, d: Delimiters, idLength: number): boolean {
    return d === this.delimiters && idLength === 3 && raw.length > 3 && idCode(raw, 3) === CLP;
  }

  /** Starts a claim at its CLP; false (nothing kept) when the CLP alone would have a finding. */
  start(raw: string, position: number): boolean {
    const s = this.read(raw, position, 3, SCRATCH.get(CLP)!);
    this.clp = { id: 'CLP', elements: s.elements.slice(0, this.fieldCount), position };
    if (!this.check(s, 0, T2100)) return this.reset();
    this.claim = claimHeader(this.reader, s);
    if (this.findings.length > 0) return this.reset();
    this.order.start();
    this.service = undefined;
    this.svcPositions.length = 0;
    this.keep(raw, position);
    return true;
  }

  /** Reads the next segment of the set while a claim is open. */
  step(raw: string, position: number, d: Delimiters, idEnd: number): FastStep {
    if (d !== this.delimiters) return 'fails';
    const code = idCode(raw, idEnd);
    const entry = ENTRIES.get(code);
    // The length too: a third character 0 would give a 3-character id the code of a 2-character one.
    if (entry === undefined || entry.id.length !== idEnd) return 'fails';
    if (entry.ends) return this.complete() ? 'ends' : 'fails';
    const s = this.read(raw, position, idEnd, SCRATCH.get(code)!);
    const ok = this.service ? this.inService(s, code) : this.inClaim(s, code);
    if (!ok || this.findings.length > 0) return 'fails';
    this.keep(raw, position);
    return 'taken';
  }

  /** Whether the open claim can end here with no finding: every required segment is present. */
  complete(): boolean {
    return this.order.complete();
  }

  /**
   * The claim's last segment as the tokenizer would have made it (for the walker's and the tracker's
   * bookkeeping), split again from its text: the scratch Segments are shared by every stream in the process.
   */
  lastSegment(): Segment {
    const n = this.count;
    const elements = splitOn(this.raws[n - 1]!, this.delimiters.element);
    return { id: elements[0]!, elements, position: this.positions[n - 1]! };
  }

  /** Segment i of the claim as read (to replay it). */
  raw(i: number): string {
    return this.raws[i]!;
  }

  /** Forgets the claim (after it was taken or handed to the general path). */
  reset(): false {
    this.count = 0;
    this.claim = undefined;
    this.service = undefined;
    if (this.findings.length > 0) this.findings.length = 0;
    return false;
  }

  private read(raw: string, position: number, idEnd: number, s: Segment): Segment {
    this.fieldCount = fieldsInto(raw, this.delimiters.element, s.id, idEnd, s.elements);
    s.position = position;
    return s;
  }

  private keep(raw: string, position: number): void {
    this.raws[this.count] = raw;
    this.positions[this.count] = position;
    this.count++;
  }

  /** A segment of the claim's own: in guide order, within its repeats, no required one skipped. */
  private inClaim(s: Segment, code: number): boolean {
    if (code === SVC) return this.openService(s);
    const i = strongMatch(T2100, code, s);
    if (i < 0 || !this.order.claimSegment(i) || !this.check(s, i, T2100)) return false;
    addClaimSegment(this.reader, this.claim!, s);
    return true;
  }

  private inService(s: Segment, code: number): boolean {
    const i = strongMatch(T2110, code, s);
    if (i < 0) return code === SVC && this.openService(s);
    if (!this.order.serviceSegment(i) || !this.check(s, i, T2110)) return false;
    addServiceSegment(this.reader, this.service!, s);
    return true;
  }

  private openService(s: Segment): boolean {
    if (!this.order.canOpenService() || !this.check(s, 0, T2110)) return false;
    this.order.openService();
    this.service = serviceHeader(this.reader, s);
    this.claim!.services = append(this.claim!.services, this.service);
    this.svcPositions.push(s.position);
    return true;
  }

  /** The element checks the walker would run: false when they might find something (the general path must read the claim). */
  private check(s: Segment, i: number, t: FrameTable): boolean {
    const checks = t === T2100 ? this.checks2100 : this.checks2110;
    return checks === undefined || checks[i]!.ok(s, this.fieldCount);
  }
}

/** The walker's strong match in a loop (from index 1): the first spec with this id whose qualifier fits, else -1. */
function strongMatch(t: FrameTable, code: number, s: Segment): number {
  const candidates = t.candidates.get(code);
  if (!candidates) return -1;
  for (const i of candidates) if (qualifierMatches(t.spec.segments[i]!, s)) return i;
  return -1;
}
