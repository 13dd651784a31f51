// The ICD-10-CM Neoplasm Table (icd10cm_neoplasm_YYYY.xml, root ICD10CM.index): anatomical sites with
// six behaviour columns. No copy ships with the shared data: written to the published layout, tested on a fixture.
import { createIndexTreeParser, type IndexTree } from './index-tree-xml';
import type { IndexTerm } from './types';

/** Columns 2..7 of the table. */
export const NEOPLASM_COLUMNS = [
  'malignantPrimary',
  'malignantSecondary',
  'carcinomaInSitu',
  'benign',
  'uncertainBehavior',
  'unspecifiedBehavior',
] as const;
export type NeoplasmColumn = (typeof NEOPLASM_COLUMNS)[number];

export interface NeoplasmTable {
  version: string;
  headings: Record<number, string>;
  sites: IndexTerm[];
}

export interface NeoplasmRow {
  /** 'Neoplasm, neoplastic, breast, upper-outer quadrant' style path */
  site: string;
  codes: Partial<Record<NeoplasmColumn, string>>;
  see?: string;
}

export function neoplasmTableFrom(tree: IndexTree): NeoplasmTable {
  return { version: tree.version, headings: tree.headings, sites: tree.mainTerms };
}

export function createNeoplasmTableParser(file: string): { write(chunk: string): void; end(): NeoplasmTable } {
  const tree = createIndexTreeParser(file);
  return { write: (c) => tree.write(c), end: () => neoplasmTableFrom(tree.end()) };
}

export function parseNeoplasmXml(xml: string, file = 'neoplasm.xml'): NeoplasmTable {
  const parser = createNeoplasmTableParser(file);
  parser.write(xml);
  return parser.end();
}

export function* neoplasmRows(table: NeoplasmTable): Iterable<NeoplasmRow> {
  function* walk(term: IndexTerm, path: string[]): Iterable<NeoplasmRow> {
    const here = [...path, term.title];
    if (term.cells || term.see) {
      const codes: NeoplasmRow['codes'] = {};
      NEOPLASM_COLUMNS.forEach((column, i) => {
        const code = term.cells?.[i + 2];
        if (code) codes[column] = code;
      });
      yield { site: here.join(', '), codes, ...(term.see ? { see: term.see } : {}) };
    }
    for (const child of term.terms ?? []) yield* walk(child, here);
  }
  for (const term of table.sites) yield* walk(term, []);
}
