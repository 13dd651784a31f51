// The codes of one release, sorted, for exact lookups and prefix ranges (children of a header).
import type { ReleaseCode } from './types';

export interface CodeTable {
  /** normalised codes, sorted */
  readonly codes: readonly string[];
  readonly titles: readonly string[];
  readonly billable: Uint8Array;
  readonly position: ReadonlyMap<string, number>;
}

export function buildCodeTable(entries: Iterable<ReleaseCode>): CodeTable {
  const list = [...entries];
  const inOrder = list.every((e, i) => i === 0 || list[i - 1]!.code <= e.code);
  const sorted = inOrder ? list : list.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const codes: string[] = [];
  const titles: string[] = [];
  const flags: number[] = [];
  for (const e of sorted) {
    if (codes.at(-1) === e.code) continue;
    codes.push(e.code);
    titles.push(e.title);
    flags.push(e.billable ? 1 : 0);
  }
  return { codes, titles, billable: Uint8Array.from(flags), position: new Map(codes.map((c, i) => [c, i])) };
}

/** From arrays already sorted and unique (a stored snapshot): no re-sorting, no intermediate objects. */
export function codeTableFromSorted(codes: readonly string[], titles: readonly string[], billable: Uint8Array): CodeTable {
  const position = new Map<string, number>();
  for (let i = 0; i < codes.length; i++) position.set(codes[i]!, i);
  return { codes, titles, billable, position };
}

export function entryAt(table: CodeTable, i: number): ReleaseCode {
  return { code: table.codes[i]!, title: table.titles[i]!, billable: table.billable[i] === 1 };
}

export function findCode(table: CodeTable, code: string): ReleaseCode | undefined {
  const i = table.position.get(code);
  return i === undefined ? undefined : entryAt(table, i);
}

function lowerBound(codes: readonly string[], key: string): number {
  let lo = 0;
  let hi = codes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (codes[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Codes that start with prefix (excluding prefix itself), in order. */
export function codesUnder(table: CodeTable, prefix: string, onlyBillable = false): ReleaseCode[] {
  const out: ReleaseCode[] = [];
  for (let i = lowerBound(table.codes, prefix); i < table.codes.length; i++) {
    const code = table.codes[i]!;
    if (!code.startsWith(prefix)) break;
    if (code !== prefix && (!onlyBillable || table.billable[i] === 1)) out.push(entryAt(table, i));
  }
  return out;
}

export function* tableEntries(table: CodeTable): Iterable<ReleaseCode> {
  for (let i = 0; i < table.codes.length; i++) yield entryAt(table, i);
}
