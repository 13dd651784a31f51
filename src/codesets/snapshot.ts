// The compact serialised form of a release, stored beside its rows so that start-up rebuilds the
// in-memory releases without re-reading the source files. In parts, so that a command loads only
// what it needs: 'codes' (validation, titles), 'tabular' (notes, 7th characters), 'index', 'tables'.
// Pure: JSON-able values in, release out.
import { codeTableFromSorted, type CodeTable } from './code-table';
import type { DrugTable } from './drug-table-xml';
import type { NeoplasmTable } from './neoplasm-xml';
import type { Icd10cmRelease } from './release';
import { buildTabularLookup } from './tabular-codes';
import type { AlphabeticIndex, EffectiveWindow, ReleaseSource, Tabular } from './types';

export const SNAPSHOT_FORMAT = 'icd10cm-release/2';

export type SnapshotPart = 'codes' | 'tabular' | 'index' | 'tables';
export const SNAPSHOT_PARTS: readonly SnapshotPart[] = ['codes', 'tabular', 'index', 'tables'];

export interface CodesPart {
  label: string;
  fiscalYear: number;
  window: EffectiveWindow;
  sources: ReleaseSource[];
  contentHash: string;
  codes: readonly string[];
  titles: readonly string[];
  /** '0'/'1' per code: a string is far smaller in JSON than an array of booleans */
  billable: string;
}

export interface ReleaseSnapshot {
  codes: CodesPart;
  tabular?: Tabular;
  index?: AlphabeticIndex;
  tables?: { drugTable?: DrugTable; neoplasmTable?: NeoplasmTable };
}

function billableString(table: CodeTable): string {
  let s = '';
  for (const b of table.billable) s += b ? '1' : '0';
  return s;
}

export function toSnapshot(release: Icd10cmRelease): ReleaseSnapshot {
  const codes: CodesPart = {
    label: release.label,
    fiscalYear: release.fiscalYear,
    window: release.window,
    sources: release.sources,
    contentHash: release.contentHash,
    codes: release.table.codes,
    titles: release.table.titles,
    billable: billableString(release.table),
  };
  const tables = release.drugTable || release.neoplasmTable
    ? { ...(release.drugTable ? { drugTable: release.drugTable } : {}), ...(release.neoplasmTable ? { neoplasmTable: release.neoplasmTable } : {}) }
    : undefined;
  return {
    codes,
    ...(release.tabular ? { tabular: release.tabular.tabular } : {}),
    ...(release.index ? { index: release.index } : {}),
    ...(tables ? { tables } : {}),
  };
}

/** The parts present, as separate JSON-able values. */
export function snapshotParts(snapshot: ReleaseSnapshot): [SnapshotPart, unknown][] {
  return SNAPSHOT_PARTS.filter((p) => snapshot[p] !== undefined).map((p) => [p, snapshot[p]]);
}

export function fromSnapshot(s: ReleaseSnapshot): Icd10cmRelease {
  const c = s.codes;
  const billable = new Uint8Array(c.billable.length);
  for (let i = 0; i < billable.length; i++) billable[i] = c.billable.charCodeAt(i) === 49 ? 1 : 0;
  return {
    system: 'ICD10CM',
    label: c.label,
    fiscalYear: c.fiscalYear,
    window: c.window,
    sources: c.sources,
    contentHash: c.contentHash,
    table: codeTableFromSorted(c.codes, c.titles, billable),
    ...(s.tabular ? { tabular: buildTabularLookup(s.tabular) } : {}),
    ...(s.index ? { index: s.index } : {}),
    ...(s.tables?.drugTable ? { drugTable: s.tables.drugTable } : {}),
    ...(s.tables?.neoplasmTable ? { neoplasmTable: s.tables.neoplasmTable } : {}),
  };
}
