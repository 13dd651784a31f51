// What both fast claim readers (fast-claim.ts on text, byte-claim.ts on bytes) know of Loop 2100 and 2110:
// the specs indexed by segment id, the segments that end a claim, and the guide-order bookkeeping the walker
// would do (repeats, order, required segments), so a claim they take is one the walker would find nothing in.
import type { LoopSpec } from '../spec';
import { spec835 } from './spec';
import { codeOf } from './raw-fields';

/** One loop's specs, indexed by segment id code: the candidates (from index 1, as the walker matches). */
export interface FrameTable {
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

export const LOOP_2100 = spec835.loops.find((l) => l.id === '2000')!.loops.find((l) => l.id === '2100')!;
export const LOOP_2110 = LOOP_2100.loops.find((l) => l.id === '2110')!;
export const T2100 = table(LOOP_2100);
export const T2110 = table(LOOP_2110);
export const CLP = codeOf('CLP');
export const SVC = codeOf('SVC');

/**
 * Segments that end a claim cleanly: the walker matches them (strongly) only outside the claim's loops,
 * and none of them is a segment id of those loops. Anything else that is not the claim's own goes to the
 * general path with the claim (N1 is not here: an N1 with an unknown qualifier would land in the claim).
 */
const ENDS = ['CLP', 'LX', 'TS3', 'TS2', 'PLB', 'BPR', 'TRN', 'CUR', 'SE', 'ST', 'GE', 'GS', 'IEA', 'ISA'];

/** What a reader knows of a segment id, found with one lookup: whether it ends a claim, and the interned id. */
export interface IdEntry {
  ends: boolean;
  id: string;
}

export const ENTRIES = new Map<number, IdEntry>();
for (const s of [...LOOP_2100.segments, ...LOOP_2110.segments]) ENTRIES.set(codeOf(s.id), { ends: false, id: s.id });
for (const id of ENDS) ENTRIES.set(codeOf(id), { ends: true, id });

/** A loop's order rules as bit masks (a loop has at most 31 segment specs): which are required, and before each spec which required ones must be present. */
interface OrderMasks {
  required: number;
  requiredBefore: Int32Array;
  max: Float64Array;
}

function masks(t: FrameTable): OrderMasks {
  const n = t.spec.segments.length;
  if (n > 31) throw new Error(`835 claim order: loop ${t.spec.id} has more than 31 segment specs`);
  let required = 0;
  for (const r of t.required) required |= 1 << r;
  const requiredBefore = new Int32Array(n);
  for (let i = 0; i < n; i++) requiredBefore[i] = required & ((1 << i) - 1);
  return { required, requiredBefore, max: Float64Array.from(t.spec.segments, (x) => x.max) };
}

const M2100 = masks(T2100);
const M2110 = masks(T2110);

/** The walker's bookkeeping for one claim: segment counts, the specs seen and the last spec index, per loop. */
export class ClaimOrder {
  private readonly counts2100 = new Int32Array(LOOP_2100.segments.length);
  private readonly counts2110 = new Int32Array(LOOP_2110.segments.length);
  private seen2100 = 0;
  private seen2110 = 0;
  private last2100 = 0;
  private last2110 = 0;
  /** Loop 2110s opened so far. */
  services = 0;

  /** At the claim's CLP. */
  start(): void {
    this.counts2100.fill(0);
    this.counts2100[0] = 1;
    this.seen2100 = 1;
    this.last2100 = 0;
    this.services = 0;
  }

  /** Segment spec i of the claim's own: false when out of guide order, over its repeats, or a required one before it is missing. */
  claimSegment(i: number): boolean {
    if (i < this.last2100 || (this.seen2100 & M2100.requiredBefore[i]!) !== M2100.requiredBefore[i]) return false;
    if (++this.counts2100[i]! > M2100.max[i]!) return false;
    this.seen2100 |= 1 << i;
    this.last2100 = i;
    return true;
  }

  serviceSegment(i: number): boolean {
    if (i < this.last2110 || (this.seen2110 & M2110.requiredBefore[i]!) !== M2110.requiredBefore[i]) return false;
    if (++this.counts2110[i]! > M2110.max[i]!) return false;
    this.seen2110 |= 1 << i;
    this.last2110 = i;
    return true;
  }

  /** Whether a Loop 2110 may open here: what is open is complete and the 2110s are under their maximum. */
  canOpenService(): boolean {
    return this.complete() && this.services < LOOP_2110.max;
  }

  openService(): void {
    this.counts2110.fill(0);
    this.counts2110[0] = 1;
    this.seen2110 = 1;
    this.last2110 = 0;
    this.services++;
  }

  /** Whether the open claim can end here with no finding: every required segment is present. */
  complete(): boolean {
    if ((this.seen2100 & M2100.required) !== M2100.required) return false;
    return this.services === 0 || (this.seen2110 & M2110.required) === M2110.required;
  }
}
