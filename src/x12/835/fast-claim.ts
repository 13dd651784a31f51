// The fast path of the streaming 835 reader: reads one Loop 2100 (CLP, its segments, its 2110s) straight
// from the segments' raw text, checked and mapped as it comes, without Segment objects or the generic walker.
// It only accepts a claim that the general path would read without a single finding; at the first
// doubt it gives up and the caller replays the claim's raw segments through the general path, so the
// claims and findings are always exactly the general path's.
import type { Delimiters, Segment, X12Finding } from '../index-types';
import type { LoopSpec } from '../spec';
import { SegmentCheck } from '../quick-check';
import { FieldReader } from '../field-reader';
import { qualifierMatches } from '../match';
import { spec835 } from './spec';
import { addClaimSegment, addServiceSegment, claimHeader, serviceHeader } from './parse-parts';
import { codeOf, fieldsInto, idCode } from './raw-fields';
import { splitOn } from '../split';
import type { Loop2100, Loop2110 } from './types';

/** One loop's specs, indexed by segment id code: the candidates (from index 1, as the walker matches). */
interface FrameTable {
  spec: LoopSpec;
  candidates: Map<number, number[]>;
  /** Required segments after the trigger. */
  required: number[];
}

function table(spec: LoopSpec): FrameTable {
  const candidates = new Map<number, number[]>();
  spec.segments.forEach((s, i) => {
    if (i > 0) candidates.set(codeOf(s.id), [...(candidates.get(codeOf(s.id)) ?? []), i]);
  });
  const required = spec.segments.flatMap((s, i) => (i > 0 && s.usage === 'R' ? [i] : []));
  return { spec, candidates, required };
}

const LOOP_2100 = spec835.loops.find((l) => l.id === '2000')!.loops.find((l) => l.id === '2100')!;
const LOOP_2110 = LOOP_2100.loops.find((l) => l.id === '2110')!;
const T2100 = table(LOOP_2100);
const T2110 = table(LOOP_2110);
const CLP = codeOf('CLP');
const SVC = codeOf('SVC');
/**
 * Segments that end a claim cleanly: the walker matches them (strongly) only outside the claim's loops,
 * and none of them is a segment id of those loops. Anything else that is not the claim's own goes to the
 * general path with the claim (N1 is not here: an N1 with an unknown qualifier would land in the claim).
 */
const ENDS = ['CLP', 'LX', 'TS3', 'TS2', 'PLB', 'BPR', 'TRN', 'CUR', 'SE', 'ST', 'GE', 'GS', 'IEA', 'ISA'];

/**
 * What the reader knows of a segment id, found with one lookup: whether it ends a claim, else its interned
 * id string and a Segment to read it into, reused (one per id, so its elements array rarely changes length).
 */
interface IdEntry {
  ends: boolean;
  scratch: Segment;
}

const ENTRIES = new Map<number, IdEntry>();
for (const s of [...LOOP_2100.segments, ...LOOP_2110.segments]) ENTRIES.set(codeOf(s.id), { ends: false, scratch: { id: s.id, elements: [], position: 0 } });
for (const id of ENDS) ENTRIES.set(codeOf(id), { ends: true, scratch: { id, elements: [], position: 0 } });

export type FastStep = 'taken' | 'ends' | 'fails';

/** What the claim read so far gives the stream: the claim, its CLP and SVC positions, its raw segments. */
export class FastClaim {
  private readonly findings: X12Finding[] = [];
  private readonly reader: FieldReader;
  private readonly counts2100: Int32Array;
  private readonly counts2110: Int32Array;
  /** Compiled element checks of the 2100 and 2110 segment specs, by spec index (undefined: not validating). */
  private readonly checks2100: SegmentCheck[] | undefined;
  private readonly checks2110: SegmentCheck[] | undefined;
  private last2100 = 0;
  private last2110 = 0;
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
    this.counts2100 = new Int32Array(LOOP_2100.segments.length);
    this.counts2110 = new Int32Array(LOOP_2110.segments.length);
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
    const s = this.read(raw, position, 3, ENTRIES.get(CLP)!);
    this.clp = { id: 'CLP', elements: s.elements.slice(0, this.fieldCount), position };
    if (!this.check(s, 0, T2100)) return this.reset();
    this.claim = claimHeader(this.reader, s);
    if (this.findings.length > 0) return this.reset();
    this.counts2100.fill(0);
    this.counts2100[0] = 1;
    this.last2100 = 0;
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
    if (entry === undefined) return 'fails';
    if (entry.ends) return this.complete() ? 'ends' : 'fails';
    const s = this.read(raw, position, idEnd, entry);
    const ok = this.service ? this.inService(s, code) : this.inClaim(s, code);
    if (!ok || this.findings.length > 0) return 'fails';
    this.keep(raw, position);
    return 'taken';
  }

  /** Whether the open claim can end here with no finding: every required segment is present. */
  complete(): boolean {
    for (const i of T2100.required) if (this.counts2100[i] === 0) return false;
    if (this.service) for (const i of T2110.required) if (this.counts2110[i] === 0) return false;
    return true;
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

  /** Forgets the claim (after it was taken or handed to the general path). */
  reset(): false {
    this.count = 0;
    this.claim = undefined;
    this.service = undefined;
    this.findings.length = 0;
    return false;
  }

  private read(raw: string, position: number, idEnd: number, entry: IdEntry): Segment {
    const s = entry.scratch;
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
    if (i < 0 || i < this.last2100 || !this.countSpec(T2100, this.counts2100, i) || !this.check(s, i, T2100)) return false;
    this.last2100 = i;
    addClaimSegment(this.reader, this.claim!, s);
    return true;
  }

  private inService(s: Segment, code: number): boolean {
    const i = strongMatch(T2110, code, s);
    if (i < 0) return code === SVC && this.openService(s);
    if (i < this.last2110 || !this.countSpec(T2110, this.counts2110, i) || !this.check(s, i, T2110)) return false;
    this.last2110 = i;
    addServiceSegment(this.reader, this.service!, s);
    return true;
  }

  private openService(s: Segment): boolean {
    if (!this.complete() || this.svcPositions.length >= LOOP_2110.max || !this.check(s, 0, T2110)) return false;
    this.counts2110.fill(0);
    this.counts2110[0] = 1;
    this.last2110 = 0;
    this.service = serviceHeader(this.reader, s);
    this.claim!.services.push(this.service);
    this.svcPositions.push(s.position);
    return true;
  }

  /** Counts segment spec i of a loop: false when over its maximum or when a required one before it is missing. */
  private countSpec(t: FrameTable, counts: Int32Array, i: number): boolean {
    for (const r of t.required) if (r < i && counts[r] === 0) return false;
    return ++counts[i]! <= t.spec.segments[i]!.max;
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
