// NUCC Health Care Provider Taxonomy (the NUCC CSV: Code, Grouping, Classification, Specialization,
// Definition, Notes, Display Name, Section). Codes are 10 characters: 9 alphanumerics and an X.
import { listError, parseCsv } from './csv';
import { windowOf } from './dates';
import { CodeList, plainCode, type ListEntry } from './provider';

export interface Taxonomy {
  code: string;
  grouping: string;
  classification: string;
  specialization: string;
  definition: string;
  displayName: string;
  section: string;
}

export const normalizeTaxonomy = plainCode(/^[0-9A-Z]{9}X$/);

export function parseTaxonomyCsv(text: string, file = 'nucc_taxonomy.csv'): Taxonomy[] {
  const columns = ['Code', 'Grouping', 'Classification', 'Specialization', 'Definition', 'Display Name', 'Section'];
  return parseCsv(text, file, columns).map(({ line, fields: f }) => {
    const code = f.Code!.trim().toUpperCase();
    if (!normalizeTaxonomy(code)) throw listError(file, line, `taxonomy code '${f.Code!}' is not 9 characters followed by X`);
    return {
      code, grouping: f.Grouping!.trim(), classification: f.Classification!.trim(), specialization: f.Specialization!.trim(),
      definition: f.Definition!.trim(), displayName: f['Display Name']!.trim(), section: f.Section!.trim(),
    };
  });
}

export function taxonomyList(rows: readonly Taxonomy[], release: string): CodeList {
  const entries = rows.map((r): ListEntry => {
    const { code, displayName, classification, specialization, ...rest } = r;
    const title = displayName || [classification, specialization].filter(Boolean).join(', ');
    return { code, title, billable: true, effective: windowOf(undefined, undefined), details: { classification, specialization, ...rest } };
  });
  return new CodeList(entries, { system: 'TAXONOMY', release, normalize: normalizeTaxonomy });
}
