// The compact serialised form of a release, stored beside its rows so that start-up rebuilds the
// in-memory index without re-reading the source files. Pure: JSON-able values in, release out.
import type { CodeTable } from './code-table';
import { buildCodeTable } from './code-table';
import type { DrugTable } from './drug-table-xml';
import type { NeoplasmTable } from './neoplasm-xml';
import type { Icd10cmRelease } from './release';
import { buildTabularLookup } from './tabular-codes';
import type { AlphabeticIndex, EffectiveWindow, ReleaseSource, Tabular } from './types';

export const SNAPSHOT_FORMAT = 'icd10cm-release/1';

export interface ReleaseSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  label: string;
  fiscalYear: number;
  window: EffectiveWindow;
  sources: ReleaseSource[];
  contentHash: string;
  codes: readonly string[];
  titles: readonly string[];
  /** '0'/'1' per code: a string is far smaller in JSON than an array of booleans */
  billable: string;
  tabular?: Tabular;
  index?: AlphabeticIndex;
  drugTable?: DrugTable;
  neoplasmTable?: NeoplasmTable;
}

function billableString(table: CodeTable): string {
  let s = '';
  for (const b of table.billable) s += b ? '1' : '0';
  return s;
}

export function toSnapshot(release: Icd10cmRelease): ReleaseSnapshot {
  return {
    format: SNAPSHOT_FORMAT,
    label: release.label,
    fiscalYear: release.fiscalYear,
    window: release.window,
    sources: release.sources,
    contentHash: release.contentHash,
    codes: release.table.codes,
    titles: release.table.titles,
    billable: billableString(release.table),
    ...(release.tabular ? { tabular: release.tabular.tabular } : {}),
    ...(release.index ? { index: release.index } : {}),
    ...(release.drugTable ? { drugTable: release.drugTable } : {}),
    ...(release.neoplasmTable ? { neoplasmTable: release.neoplasmTable } : {}),
  };
}

export function fromSnapshot(s: ReleaseSnapshot): Icd10cmRelease {
  if (s.format !== SNAPSHOT_FORMAT) throw new Error(`unknown code-set snapshot format ${String(s.format)}`);
  const table = buildCodeTable(s.codes.map((code, i) => ({ code, title: s.titles[i]!, billable: s.billable[i] === '1' })));
  return {
    system: 'ICD10CM',
    label: s.label,
    fiscalYear: s.fiscalYear,
    window: s.window,
    sources: s.sources,
    contentHash: s.contentHash,
    table,
    ...(s.tabular ? { tabular: buildTabularLookup(s.tabular) } : {}),
    ...(s.index ? { index: s.index } : {}),
    ...(s.drugTable ? { drugTable: s.drugTable } : {}),
    ...(s.neoplasmTable ? { neoplasmTable: s.neoplasmTable } : {}),
  };
}
