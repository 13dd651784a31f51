// Which files of a folder make which ICD-10-CM release. Pure: works on file names only.
//
// A folder may hold several releases side by side (as ../shared/data/icd10cm does):
//   icd10cm_tabular_2023.xml  + icd10cm_index_2023.xml (+ _drug_, _neoplasm_)  → FY2023, notes and index
//   icd10cm_order_2023.txt or icd10cm-order-Jan-2021.txt (fixed width)          → the codes of that FY
//   icd10cm_codes_2024_order_derived.csv (derived CSV)                          → FY2024 codes, no notes
// The fiscal year comes from the name: a bare year is the FY (CMS names files by FY); a month-year
// (an update such as 'Jan-2021') is the FY that month falls in (Oct–Dec count toward the next year).
// When one FY has both a tabular and a code list, the code list is the list of codes and the
// tabular gives the notes. A release without a tabular borrows notes from the nearest one that has it.
import { fiscalYearOf, parseCalendarDate } from '../dates/index';
import type { ReleaseSourceKind } from './types';

export interface ReleaseFile {
  kind: ReleaseSourceKind;
  fiscalYear: number;
  name: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function yearFromName(name: string): number | undefined {
  const monthYear = /(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[-_ ]?((?:19|20)\d\d)/i.exec(name);
  if (monthYear) {
    const month = MONTHS.indexOf(monthYear[1]!.toLowerCase()) + 1;
    const date = parseCalendarDate(`${monthYear[2]}-${String(month).padStart(2, '0')}-01`);
    return date ? fiscalYearOf(date) : undefined;
  }
  const year = /(?:^|[^0-9])((?:19|20)\d\d)(?:[^0-9]|$)/.exec(name);
  return year ? Number(year[1]) : undefined;
}

function kindFromName(name: string): ReleaseSourceKind | undefined {
  const lower = name.toLowerCase();
  if (!lower.includes('icd10cm') && !lower.includes('icd-10-cm')) return undefined;
  if (lower.endsWith('.xml')) {
    if (lower.includes('tabular')) return 'tabular-xml';
    if (lower.includes('drug')) return 'drug-xml';
    if (lower.includes('neoplasm')) return 'neoplasm-xml';
    if (lower.includes('index') || lower.includes('eindex')) return lower.includes('eindex') ? undefined : 'index-xml';
    return undefined;
  }
  if (lower.endsWith('.txt') && lower.includes('order')) return 'order-file';
  if (lower.endsWith('.csv') && (lower.includes('codes') || lower.includes('order'))) return 'order-csv';
  return undefined;
}

/** The ICD-10-CM release files among names; fiscalYear overrides what the names say (--year). */
export function classifyReleaseFiles(names: readonly string[], fiscalYear?: number): ReleaseFile[] {
  const out: ReleaseFile[] = [];
  for (const name of names) {
    const kind = kindFromName(name);
    const year = yearFromName(name);
    if (!kind || year === undefined) continue;
    out.push({ kind, fiscalYear: year, name });
  }
  if (fiscalYear === undefined) return out;
  const years = new Set(out.map((f) => f.fiscalYear));
  // --year on a folder with one release relabels it; on a folder with several, it picks one
  return years.size <= 1 ? out.map((f) => ({ ...f, fiscalYear })) : out.filter((f) => f.fiscalYear === fiscalYear);
}

/** Groups files by fiscal year; a year needs a tabular or a code list to make a release. */
export function groupByFiscalYear(files: readonly ReleaseFile[]): Map<number, ReleaseFile[]> {
  const groups = new Map<number, ReleaseFile[]>();
  for (const f of files) groups.set(f.fiscalYear, [...(groups.get(f.fiscalYear) ?? []), f]);
  for (const [year, group] of groups) {
    if (!group.some((f) => f.kind === 'tabular-xml' || f.kind === 'order-file' || f.kind === 'order-csv')) groups.delete(year);
  }
  return new Map([...groups].sort((a, b) => a[0] - b[0]));
}
