// The ICD-10-CM Table of Drugs and Chemicals (icd10cm_drug_YYYY.xml, root ICD10CM.index, with an
// indexHeading of six code columns after the substance). No copy ships with the shared data: written
// to the published layout and tested on a fixture.
import { createIndexTreeParser, type IndexTree } from './index-tree-xml';
import type { IndexTerm } from './types';

/** The six code columns, in the order the table prints them (columns 2..7). */
export const DRUG_COLUMNS = [
  'poisoningAccidental',
  'poisoningIntentionalSelfHarm',
  'poisoningAssault',
  'poisoningUndetermined',
  'adverseEffect',
  'underdosing',
] as const;
export type DrugColumn = (typeof DRUG_COLUMNS)[number];

export interface DrugTable {
  version: string;
  headings: Record<number, string>;
  substances: IndexTerm[];
}

export interface DrugCodes {
  /** 'Acetaminophen' or 'Acetaminophen, with codeine' */
  substance: string;
  codes: Partial<Record<DrugColumn, string>>;
}

export function drugTableFrom(tree: IndexTree): DrugTable {
  return { version: tree.version, headings: tree.headings, substances: tree.mainTerms };
}

export function createDrugTableParser(file: string): { write(chunk: string): void; end(): DrugTable } {
  const tree = createIndexTreeParser(file);
  return { write: (c) => tree.write(c), end: () => drugTableFrom(tree.end()) };
}

export function parseDrugTableXml(xml: string, file = 'drug.xml'): DrugTable {
  const parser = createDrugTableParser(file);
  parser.write(xml);
  return parser.end();
}

function rowCodes(term: IndexTerm): DrugCodes['codes'] {
  const codes: DrugCodes['codes'] = {};
  DRUG_COLUMNS.forEach((column, i) => {
    const code = term.cells?.[i + 2];
    if (code) codes[column] = code;
  });
  return codes;
}

/** Every row of the table with its full substance path, depth first. */
export function* drugRows(table: DrugTable): Iterable<DrugCodes> {
  function* walk(term: IndexTerm, path: string[]): Iterable<DrugCodes> {
    const here = [...path, term.title];
    if (term.cells) yield { substance: here.join(', '), codes: rowCodes(term) };
    for (const child of term.terms ?? []) yield* walk(child, here);
  }
  for (const term of table.substances) yield* walk(term, []);
}
