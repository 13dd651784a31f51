// One ICD-10-CM release (a fiscal year) and its effective window: FY2023 = 2022-10-01 .. 2023-09-30.
import type { CalendarDate } from '../dates/index';
import { buildCodeTable, type CodeTable } from './code-table';
import type { DrugTable } from './drug-table-xml';
import type { NeoplasmTable } from './neoplasm-xml';
import { buildTabularLookup, tabularCodes, type TabularLookup } from './tabular-codes';
import type { AlphabeticIndex, EffectiveWindow, ReleaseCode, ReleaseSource, Tabular } from './types';

export interface Icd10cmRelease {
  system: 'ICD10CM';
  /** 'FY2023' */
  label: string;
  fiscalYear: number;
  window: EffectiveWindow;
  sources: ReleaseSource[];
  /** sha256 over the sources: the same files give the same hash, so re-importing them is a no-op */
  contentHash: string;
  table: CodeTable;
  tabular?: TabularLookup;
  index?: AlphabeticIndex;
  drugTable?: DrugTable;
  neoplasmTable?: NeoplasmTable;
}

export interface ReleaseInput {
  fiscalYear: number;
  sources: ReleaseSource[];
  contentHash: string;
  tabular?: Tabular;
  /** from an order file or the derived CSV; takes precedence over codes expanded from the tabular */
  codes?: ReleaseCode[];
  index?: AlphabeticIndex;
  drugTable?: DrugTable;
  neoplasmTable?: NeoplasmTable;
}

/** The ICD-10-CM (federal) fiscal year window: Oct 1 of the year before to Sep 30. */
export function fiscalYearWindow(fiscalYear: number): EffectiveWindow {
  return { from: `${fiscalYear - 1}-10-01` as CalendarDate, to: `${fiscalYear}-09-30` as CalendarDate };
}

export function releaseLabel(fiscalYear: number): string {
  return `FY${fiscalYear}`;
}

export function buildRelease(input: ReleaseInput): Icd10cmRelease {
  const tabular = input.tabular ? buildTabularLookup(input.tabular) : undefined;
  const codes = input.codes ?? (tabular ? [...tabularCodes(tabular)] : []);
  if (codes.length === 0) throw new Error('a release needs a tabular or a code list');
  return {
    system: 'ICD10CM',
    label: releaseLabel(input.fiscalYear),
    fiscalYear: input.fiscalYear,
    window: fiscalYearWindow(input.fiscalYear),
    sources: input.sources,
    contentHash: input.contentHash,
    table: buildCodeTable(codes),
    ...(tabular ? { tabular } : {}),
    ...(input.index ? { index: input.index } : {}),
    ...(input.drugTable ? { drugTable: input.drugTable } : {}),
    ...(input.neoplasmTable ? { neoplasmTable: input.neoplasmTable } : {}),
  };
}
