// The practitioner PTP (procedure-to-procedure) table in compact form: codes packed into integers
// (base 36), rows grouped by column 1 (a counting sort, O(n)) and sorted by column 2 inside each group,
// in parallel typed arrays searched by bisection. 2.5 million edits take about 35 MB and no per-edit
// objects (an object per edit would cost ten times that and seconds of garbage collection).
import type { CalendarDate } from '../../dates/index';
import { NO_DELETION, dateFromNumber, decodeCode, encodeCode } from './codes';

/** 0: never with a modifier; 1: an NCCI-associated modifier may bypass; 9: the edit does not apply. */
export type ModifierIndicator = 0 | 1 | 9;

export interface PtpEdit {
  column1: string;
  column2: string;
  /** First date of service the edit applies to (absent when the source file does not carry it). */
  effectiveDate?: CalendarDate;
  /** Last date of service the edit applies to; absent while it is active. */
  deletionDate?: CalendarDate;
  /** The CMS "*" flag: the edit existed before 1996. */
  priorTo1996: boolean;
  modifierIndicator: ModifierIndicator;
  rationale: string;
}

interface Rows {
  column1: Int32Array;
  column2: Int32Array;
  effective: Int32Array;
  deletion: Int32Array;
  /** bits 0-1 modifier indicator (3 = 9), bit 2 prior to 1996 */
  flags: Uint8Array;
  rationale: Uint8Array;
}

function allocate(capacity: number): Rows {
  return {
    column1: new Int32Array(capacity), column2: new Int32Array(capacity), effective: new Int32Array(capacity),
    deletion: new Int32Array(capacity), flags: new Uint8Array(capacity), rationale: new Uint8Array(capacity),
  };
}

function lowerBound(values: Int32Array, from: number, to: number, value: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class PtpTable {
  constructor(
    /** the distinct column 1 codes, ascending, and where each one's rows start (one more entry: the end) */
    private readonly groupColumn1: Int32Array,
    private readonly groupStart: Int32Array,
    /** rows; column1 is not kept (the group says it) */
    private readonly rows: Omit<Rows, 'column1'>,
    private readonly rationales: readonly string[],
  ) {}

  get size(): number {
    return this.rows.column2.length;
  }

  /** Count of edits still in effect (no deletion date). */
  get activeCount(): number {
    let n = 0;
    for (let i = 0; i < this.rows.deletion.length; i++) if (this.rows.deletion[i] === NO_DELETION) n++;
    return n;
  }

  /** The edit for column1/column2 in effect on a date of service (YYYYMMDD), if any. */
  find(column1: string, column2: string, dateOfService: number): PtpEdit | undefined {
    const a = encodeCode(column1);
    const b = encodeCode(column2);
    if (a < 0 || b < 0) return undefined;
    const g = lowerBound(this.groupColumn1, 0, this.groupColumn1.length, a);
    if (this.groupColumn1[g] !== a) return undefined;
    const end = this.groupStart[g + 1]!;
    const { column2: c2, effective, deletion } = this.rows;
    // A pair listed twice (deleted, then added again) matches more than one row when the file has no
    // effective dates: the row with the earliest deletion date still covering the date is the version
    // that was in effect then.
    let best = -1;
    for (let i = lowerBound(c2, this.groupStart[g]!, end, b); i < end && c2[i] === b; i++) {
      const from = effective[i]!;
      if ((from === 0 || from <= dateOfService) && dateOfService <= deletion[i]! && (best < 0 || deletion[i]! < deletion[best]!)) best = i;
    }
    return best < 0 ? undefined : this.edit(best, a, b);
  }

  private edit(i: number, column1: number, column2: number): PtpEdit {
    const flags = this.rows.flags[i]!;
    const deletion = this.rows.deletion[i]!;
    const effective = this.rows.effective[i]!;
    return {
      column1: decodeCode(column1),
      column2: decodeCode(column2),
      ...(effective ? { effectiveDate: dateFromNumber(effective) } : {}),
      ...(deletion !== NO_DELETION ? { deletionDate: dateFromNumber(deletion) } : {}),
      priorTo1996: (flags & 4) !== 0,
      modifierIndicator: (flags & 3) === 3 ? 9 : ((flags & 3) as 0 | 1),
      rationale: this.rationales[this.rows.rationale[i]!] ?? '',
    };
  }
}

/** Collects edits in any order into growable typed arrays; build() groups and sorts them. */
export class PtpTableBuilder {
  private r: Rows;
  private readonly rationales: string[] = [];
  private readonly rationaleIds = new Map<string, number>();
  private n = 0;

  constructor(capacity = 1 << 12) {
    this.r = allocate(capacity);
  }

  get count(): number {
    return this.n;
  }

  /** Codes from encodeCode; dates as YYYYMMDD (0 = unknown effective date, NO_DELETION = active). */
  add(column1: number, column2: number, effective: number, deletion: number, modifierIndicator: ModifierIndicator, priorTo1996: boolean, rationale: string): void {
    this.addWithRationaleId(column1, column2, effective, deletion, modifierIndicator, priorTo1996, this.rationaleId(rationale));
  }

  /** The small integer a rationale text is stored as (the texts are few: about a dozen). */
  rationaleId(rationale: string): number {
    let id = this.rationaleIds.get(rationale);
    if (id === undefined) {
      id = Math.min(this.rationales.length, 255);
      if (this.rationales.length < 255) this.rationales.push(rationale);
      this.rationaleIds.set(rationale, id);
    }
    return id;
  }

  addWithRationaleId(column1: number, column2: number, effective: number, deletion: number, modifierIndicator: ModifierIndicator, priorTo1996: boolean, id: number): void {
    if (this.n === this.r.column1.length) this.resize(this.n * 2);
    const i = this.n++;
    this.r.column1[i] = column1;
    this.r.column2[i] = column2;
    this.r.effective[i] = effective;
    this.r.deletion[i] = deletion;
    this.r.flags[i] = (modifierIndicator === 9 ? 3 : modifierIndicator) | (priorTo1996 ? 4 : 0);
    this.r.rationale[i] = id;
  }

  build(): PtpTable {
    const { groupColumn1, groupStart, target } = this.countingSortByColumn1();
    const out = allocate(this.n);
    for (let i = 0; i < this.n; i++) {
      const k = target[i]!;
      out.column2[k] = this.r.column2[i]!;
      out.effective[k] = this.r.effective[i]!;
      out.deletion[k] = this.r.deletion[i]!;
      out.flags[k] = this.r.flags[i]!;
      out.rationale[k] = this.r.rationale[i]!;
    }
    const scratch = new Scratch();
    for (let g = 0; g < groupColumn1.length; g++) sortGroup(out, groupStart[g]!, groupStart[g + 1]!, scratch);
    this.r = allocate(0);
    this.n = 0;
    return new PtpTable(groupColumn1, groupStart, out, this.rationales);
  }

  /** Where each row goes when rows are grouped by column 1 ascending, keeping input order inside a group. */
  private countingSortByColumn1(): { groupColumn1: Int32Array; groupStart: Int32Array; target: Int32Array } {
    const groupOf = new Map<number, number>();
    const rowGroup = new Int32Array(this.n);
    const counts: number[] = [];
    let last = -1;
    let lastGroup = -1;
    for (let i = 0; i < this.n; i++) {
      const c1 = this.r.column1[i]!;
      if (c1 !== last) {
        let g = groupOf.get(c1);
        if (g === undefined) {
          g = counts.length;
          groupOf.set(c1, g);
          counts.push(0);
        }
        last = c1;
        lastGroup = g;
      }
      rowGroup[i] = lastGroup;
      counts[lastGroup]!++;
    }
    const byCode = [...groupOf.entries()].sort((x, y) => x[0] - y[0]);
    const groupColumn1 = new Int32Array(byCode.length);
    const groupStart = new Int32Array(byCode.length + 1);
    const next = new Int32Array(counts.length);
    let offset = 0;
    byCode.forEach(([code, g], rank) => {
      groupColumn1[rank] = code;
      groupStart[rank] = offset;
      next[g] = offset;
      offset += counts[g]!;
    });
    groupStart[byCode.length] = offset;
    const target = new Int32Array(this.n);
    for (let i = 0; i < this.n; i++) target[i] = next[rowGroup[i]!]!++;
    return { groupColumn1, groupStart, target };
  }

  private resize(capacity: number): void {
    const next = allocate(capacity);
    const n = Math.min(this.n, capacity);
    for (const k of ['column1', 'column2', 'effective', 'deletion'] as const) next[k].set(this.r[k].subarray(0, n));
    next.flags.set(this.r.flags.subarray(0, n));
    next.rationale.set(this.r.rationale.subarray(0, n));
    this.r = next;
  }
}

/**
 * Sorts rows [from, to) by column 2, stably (an edit listed twice keeps its file order). The files come
 * as a few sorted runs per column 1 (the shared file: two), so a natural merge sort is linear in practice.
 */
function sortGroup(rows: Rows, from: number, to: number, scratch: Scratch): void {
  const c2 = rows.column2;
  let sorted = true;
  for (let i = from + 1; i < to && sorted; i++) if (c2[i - 1]! > c2[i]!) sorted = false;
  if (sorted) return;
  const order = naturalMergeOrder(c2, from, to, scratch);
  const length = to - from;
  const permute = <T extends Int32Array | Uint8Array>(a: T, tmp: T): void => {
    for (let k = 0; k < length; k++) tmp[k] = a[order[k]!]!;
    a.set(tmp.subarray(0, length), from);
  };
  permute(rows.column2, scratch.i32(length));
  permute(rows.effective, scratch.i32(length));
  permute(rows.deletion, scratch.i32(length));
  permute(rows.flags, scratch.u8(length));
  permute(rows.rationale, scratch.u8(length));
}

/** Reusable buffers for sortGroup. */
class Scratch {
  private a = new Int32Array(1024);
  private b = new Int32Array(1024);
  private c = new Int32Array(1024);
  private d = new Uint8Array(1024);

  ensure(length: number): void {
    if (length <= this.a.length) return;
    const size = 2 ** Math.ceil(Math.log2(length));
    this.a = new Int32Array(size);
    this.b = new Int32Array(size);
    this.c = new Int32Array(size);
    this.d = new Uint8Array(size);
  }

  orderBuffers(length: number): [Int32Array, Int32Array] {
    this.ensure(length);
    return [this.a, this.b];
  }

  i32(length: number): Int32Array {
    this.ensure(length);
    return this.c;
  }

  u8(length: number): Uint8Array {
    this.ensure(length);
    return this.d;
  }
}

/** Row indices of [from, to) in column-2 order: merge neighbouring ascending runs until one is left. */
function naturalMergeOrder(c2: Int32Array, from: number, to: number, scratch: Scratch): Int32Array {
  const length = to - from;
  let [src, dst] = scratch.orderBuffers(length);
  const runs: number[] = [0];
  for (let k = 0; k < length; k++) {
    src[k] = from + k;
    if (k > 0 && c2[from + k - 1]! > c2[from + k]!) runs.push(k);
  }
  runs.push(length);
  let bounds = runs;
  while (bounds.length > 2) {
    const merged: number[] = [0];
    for (let r = 0; r + 1 < bounds.length; r += 2) {
      const lo = bounds[r]!;
      const mid = bounds[r + 1]!;
      const hi = bounds[r + 2] ?? mid;
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) dst[k++] = c2[src[j]!]! < c2[src[i]!]! ? src[j++]! : src[i++]!;
      while (i < mid) dst[k++] = src[i++]!;
      while (j < hi) dst[k++] = src[j++]!;
      merged.push(hi);
    }
    if (merged.at(-1) !== length) merged.push(length);
    bounds = merged;
    [src, dst] = [dst, src];
  }
  return src;
}
