// The vocabulary of the code sets, in ICD-10-CM's own words (Tabular List, Alphabetic Index, sevenChrDef...).
import type { CalendarDate } from '../dates/index';

/** Every code system OpenRCM knows. ICD-10-CM releases are loaded here; the other lists register through CodeListProvider. */
export type CodeSystem =
  | 'ICD10CM'
  | 'ICD10PCS'
  | 'HCPCS'
  | 'CPT'
  | 'MODIFIER'
  | 'POS'
  | 'CARC'
  | 'RARC'
  | 'CAGC'
  | 'TAXONOMY';

export const CODE_SYSTEMS: readonly CodeSystem[] = [
  'ICD10CM',
  'ICD10PCS',
  'HCPCS',
  'CPT',
  'MODIFIER',
  'POS',
  'CARC',
  'RARC',
  'CAGC',
  'TAXONOMY',
];

/** The instructional notes of the Tabular List, named as the XML names them. */
export type NoteKind =
  | 'inclusionTerm'
  | 'includes'
  | 'excludes1'
  | 'excludes2'
  | 'codeFirst'
  | 'useAdditionalCode'
  | 'codeAlso'
  | 'notes';

export const NOTE_KINDS: readonly NoteKind[] = [
  'inclusionTerm',
  'includes',
  'excludes1',
  'excludes2',
  'codeFirst',
  'useAdditionalCode',
  'codeAlso',
  'notes',
];

export type Notes = Partial<Record<NoteKind, string[]>>;

/** sevenChrDef: the 7th characters allowed below a category or subcategory. */
export interface SevenChrDef {
  /** character → meaning, e.g. A → 'initial encounter for closed fracture' */
  extensions: Record<string, string>;
  /** sevenChrNote text, e.g. 'The appropriate 7th character is to be added to all codes from category S72' */
  note?: string;
}

/** Where a node sits: a chapter, a block (section) or a diag (category, subcategory, code). */
export type TabularLevel = 'chapter' | 'section' | 'diag';

/** One node of the Tabular List as printed (the XML's chapter / section / diag). */
export interface TabularNode {
  level: TabularLevel;
  /** chapter number ('19'), section id ('S70-S79') or code without the dot ('S72001') */
  id: string;
  title: string;
  notes: Notes;
  sevenChrDef?: SevenChrDef;
  /** index of the parent node in Tabular.nodes, -1 for chapters */
  parent: number;
}

/** The parsed Tabular List of one release. Codes are normalised (no dot, upper case). */
export interface Tabular {
  version: string;
  nodes: TabularNode[];
}

/** Alphabetic Index term: mainTerm (level 0) or term level N, with its references. */
export interface IndexTerm {
  title: string;
  /** nonessential modifiers, the (parenthesised) words that do not change the code */
  nemod?: string;
  code?: string;
  /** manifestation code printed in brackets after the etiology code, e.g. E11.42 [G63] */
  manif?: string;
  see?: string;
  seeAlso?: string;
  /** seecat / subcat: see category / see subcategory */
  seeCategory?: string;
  seeSubcategory?: string;
  /** Table of Drugs / Neoplasm Table: column number → code ('--' columns are left out) */
  cells?: Record<number, string>;
  terms?: IndexTerm[];
}

export interface AlphabeticIndex {
  version: string;
  title: string;
  mainTerms: IndexTerm[];
}

/** One code of a release, with or without the Tabular behind it. */
export interface ReleaseCode {
  /** normalised: upper case, no dot ('S72001A') */
  code: string;
  title: string;
  billable: boolean;
}

/** Effective window of a release, both ends inclusive (ICD-10-CM: Oct 1 – Sep 30). */
export interface EffectiveWindow {
  from: CalendarDate;
  to: CalendarDate | null;
}

export type ReleaseSourceKind = 'tabular-xml' | 'index-xml' | 'order-file' | 'order-csv' | 'drug-xml' | 'neoplasm-xml';

export interface ReleaseSource {
  kind: ReleaseSourceKind;
  file: string;
  sha256: string;
}
