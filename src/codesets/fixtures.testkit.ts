// Test support: small ICD-10-CM releases built from excerpts of the official files in
// ../shared/data/icd10cm, read by path at test time and never copied into the repository. The
// excerpts are written to a temporary folder under the official file names (the importer tells files
// apart by name), in the layout of ../shared/data (an icd10cm/ folder). Where ../shared/data is not
// beside the repository, icd10cmExcerpt() is null and the tests that need it skip.
//
// Every year is cut to the same slice of codes, so a difference between two excerpts is a real
// difference between the two releases, not an artefact of what was picked. Written here by hand, with
// invented content and marked so: one made-up code (R08, see TABULAR_WRITTEN_HERE), and the Table of
// Drugs and the Neoplasm Table (not in ../shared/data). The search engine tests' documents are built
// the same way (searchExcerptDocuments).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedDataDir } from '../config/index';
import { parseIndexXml } from './index-xml';
import { parseOrderCsv } from './order-csv';
import { parseOrderFile } from './order-file';
import { buildRelease, type Icd10cmRelease } from './release';
import { ReleaseSet } from './release-set';
import { searchDocuments } from './search-documents';
import type { SearchDocument } from './lookup';
import { parseTabularXml } from './tabular-xml';
import { indexExcerpt, linesInSlice, tabularExcerpt, undotted, type IndexTerm } from './excerpt-cut.testkit';

export const TABULAR_FILE = 'icd10cm_tabular_2023.xml';
export const INDEX_FILE = 'icd10cm_index_2023.xml';
export const ORDER_FILE = 'icd10cm-order-Jan-2021.txt';
export const CODES_CSV = 'icd10cm_codes_2024_order_derived.csv';
export const DRUG_FILE = 'icd10cm_drug_2023.xml';
export const NEOPLASM_FILE = 'icd10cm_neoplasm_2023.xml';

/**
 * The slice: codes as the Tabular List prints them. Each keeps its whole subtree, under its chapter,
 * section and parent codes (with their own notes and 7th-character tables, not their other children).
 * Why each is there: E11 notes and headers; G63 a manifestation code; F02.80 the manifestation paired
 * with G20 in the index; G20 billable in FY2023, expanded in FY2024; R05 billable in FY2021, expanded
 * in FY2023; S02.0, S72.00, S72.30 7th characters and placeholder X; T36.0 placeholder X; T40.7 split
 * in FY2023 (so T40.7X1A was deleted).
 */
export const EXCERPT_CODES = ['E11', 'F02.80', 'G20', 'G63', 'R05', 'S02.0', 'S72.00', 'S72.30', 'T36.0', 'T40.7'];

/**
 * Written here, not official: a made-up code (R08 is not an ICD-10-CM code in any year) put into the
 * FY2023 Tabular List excerpt, in the section that holds R05. Nothing in ../shared/data was deleted in
 * FY2024 in the way the tests need, so this stands in for a code present in FY2023 and gone in FY2024.
 */
export const TABULAR_WRITTEN_HERE = {
  section: 'R00-R09',
  code: 'R08',
  xml: '<diag>\r\n        <name>R08</name>\r\n        <desc>Made-up code written for the OpenRCM tests, FY2023 only</desc>\r\n      </diag>',
};

/**
 * Main terms of the Alphabetic Index, by title (before its nonessential modifiers), whole or cut to
 * some level-1 subterms (each whole). A lead outside the slice above stays unverified ('unknown').
 */
export const EXCERPT_INDEX: readonly IndexTerm[] = [
  { title: 'Diabetes, diabetic', subterms: ['with', 'type 2'] },
  { title: 'Fracture, burst' },
  { title: 'Fracture, pathological', subterms: [] },
  { title: 'Fracture, traumatic', subterms: ['femur, femoral', 'skull'] },
  { title: 'Infection, infected, infective', subterms: ['urinary'] },
  { title: "Parkinson's disease, syndrome or tremor" },
  { title: 'Parkinsonism' },
  { title: 'Pyelitis' },
  { title: 'Sepsis', subterms: ['Escherichia coli'] },
];

/**
 * Written here, not official: a Table of Drugs and Chemicals in the official layout, with invented
 * substances (the official table is not in ../shared/data). It lets the FY2023 folder hold all four
 * kinds of XML the importer reads.
 */
export const DRUG_TABLE_WRITTEN_HERE = `<?xml version="1.0" encoding="utf-8"?>
<ICD10CM.index>
  <version>2023</version>
  <title>Drug table written for the OpenRCM tests</title>
  <indexHeading>
    <head col="1">Substance</head>
    <head col="2">Poisoning, Accidental (unintentional)</head>
    <head col="3">Poisoning, Intentional self-harm</head>
    <head col="4">Poisoning, Assault</head>
    <head col="5">Poisoning, Undetermined</head>
    <head col="6">Adverse effect</head>
    <head col="7">Underdosing</head>
  </indexHeading>
  <letter>
    <title>Q</title>
    <mainTerm>
      <title>Quuxacillin</title>
      <cell col="2">T36.0X1</cell>
      <cell col="3">T36.0X2</cell>
      <cell col="4">T36.0X3</cell>
      <cell col="5">T36.0X4</cell>
      <cell col="6">T36.0X5</cell>
      <cell col="7">T36.0X6</cell>
    </mainTerm>
    <mainTerm>
      <title>Quuxite<nemod>(made up)</nemod></title>
      <cell col="2">T40.711</cell>
      <cell col="3">T40.712</cell>
      <cell col="4">T40.713</cell>
      <cell col="5">T40.714</cell>
      <cell col="6">--</cell>
      <cell col="7">--</cell>
      <term level="1">
        <title>vapour</title>
        <cell col="2">T40.721</cell>
        <cell col="3">T40.722</cell>
        <cell col="4">T40.723</cell>
        <cell col="5">T40.724</cell>
        <cell col="6">--</cell>
        <cell col="7">--</cell>
      </term>
    </mainTerm>
  </letter>
</ICD10CM.index>
`;

/** Written here, not official: a Neoplasm Table in the official layout, with invented sites. */
export const NEOPLASM_TABLE_WRITTEN_HERE = `<?xml version="1.0" encoding="utf-8"?>
<ICD10CM.index>
  <version>2023</version>
  <title>Neoplasm table written for the OpenRCM tests</title>
  <indexHeading>
    <head col="1">Neoplasm, neoplastic</head>
    <head col="2">Malignant Primary</head>
    <head col="3">Malignant Secondary</head>
    <head col="4">Ca in situ</head>
    <head col="5">Benign</head>
    <head col="6">Uncertain Behavior</head>
    <head col="7">Unspecified Behavior</head>
  </indexHeading>
  <letter>
    <title>N</title>
    <mainTerm>
      <title>Neoplasm, neoplastic</title>
      <cell col="2">C80.1</cell>
      <cell col="3">C79.9</cell>
      <cell col="4">D09.9</cell>
      <cell col="5">D36.9</cell>
      <cell col="6">D48.9</cell>
      <cell col="7">D49.9</cell>
      <term level="1">
        <title>left little toe<nemod>(made up)</nemod></title>
        <cell col="2">C40.2-</cell>
        <cell col="3">C79.51</cell>
        <cell col="4">--</cell>
        <cell col="5">D16.2-</cell>
        <cell col="6">D48.0</cell>
        <cell col="7">D49.2</cell>
        <term level="2">
          <title>nail bed</title>
          <see>Neoplasm, made-up skin site</see>
        </term>
      </term>
    </mainTerm>
  </letter>
</ICD10CM.index>
`;

export interface Icd10cmExcerpt {
  /** the folder to import from: it holds icd10cm/, as ../shared/data does */
  root: string;
  /** root/icd10cm, the files under their official names */
  dir: string;
  tabularXml: string;
  indexXml: string;
  orderFile: string;
  codesCsv: string;
}

/**
 * The search engine tests' ICD-10-CM codes (as printed), and the main terms whose index paths lead to
 * them: their documents are built by searchDocuments() from an excerpt of the FY2023 files.
 */
export const SEARCH_CODES = [
  'E10.9', 'E11', 'E11.641', 'E11.649', 'E11.65', 'E11.8', 'E11.9', 'I10', 'I11', 'I11.0', 'I11.9', 'I15.0', 'I48.0', 'I48.91', 'I50', 'I50.20',
  'I50.22', 'I50.9', 'J44.1', 'J44.9', 'J45.909', 'K21.9', 'M25.56', 'M25.561', 'M25.562', 'M25.569', 'M85.8', 'M85.80', 'M85.811', 'N20.0',
  'N39.0', 'O14.90', 'R07.89', 'R07.9', 'R12', 'S72.001A', 'S72.001D', 'S72.009A', 'Z79.4',
];
const SEARCH_INDEX: readonly IndexTerm[] = [
  { title: 'Asthma, asthmatic', subterms: [] },
  { title: 'Calculus, calculi, calculous', subterms: ['kidney'] },
  { title: 'Diabetes, diabetic', subterms: ['type 1', 'type 2'] },
  { title: 'Failure, failed', subterms: ['heart'] },
  { title: 'Fibrillation' },
  { title: 'Heartburn' },
  { title: 'Hypertension, hypertensive' },
  { title: 'Infection, infected, infective', subterms: ['urinary'] },
  { title: 'Long-term', subterms: ['insulin'] },
  { title: 'Osteopenia' },
  { title: 'Pain', subterms: ['chest', 'joint'] },
  { title: 'Pre-eclampsia' },
  { title: 'Reflux' },
  { title: 'Stone', subterms: ['kidney'] },
];
/** Two HCPCS codes, their official long descriptions read from the July 2024 HCPCS file. */
const SEARCH_HCPCS = ['J1100', 'G0008'];

let searchDocs: SearchDocument[] | null | undefined;

/**
 * Search documents built from excerpts of the official files in ../shared/data (ICD-10-CM FY2023 tabular
 * and index, HCPCS descriptions), and one CPT document in our own words; null without ../shared/data.
 */
export function searchExcerptDocuments(): SearchDocument[] | null {
  if (searchDocs !== undefined) return searchDocs;
  const data = sharedDataDir();
  if (!data) return (searchDocs = null);
  const official = (file: string) => readFileSync(join(data, file), 'utf8');
  const tabularCodes = SEARCH_CODES.map((c) => (c.length > 7 ? c.slice(0, 7) : c));
  const release = buildRelease({
    fiscalYear: 2023,
    sources: [source('tabular-xml', TABULAR_FILE)],
    contentHash: 'search-excerpt-2023',
    tabular: parseTabularXml(tabularExcerpt(official(`icd10cm/${TABULAR_FILE}`), tabularCodes), TABULAR_FILE),
    index: parseIndexXml(indexExcerpt(official(`icd10cm/${INDEX_FILE}`), SEARCH_INDEX, INDEX_FILE), INDEX_FILE),
  });
  const icd = [...searchDocuments(release)].filter((d) => SEARCH_CODES.includes(d.code));
  const missing = SEARCH_CODES.filter((c) => !icd.some((d) => d.code === c));
  if (missing.length) throw new Error(`the FY2023 tabular in ../shared/data has no ${missing.join(', ')}: the search excerpt is out of date`);
  const descriptions = official('hcpcs/hcpcs_level2_2024_descriptions.csv').split('\n');
  const hcpcs = SEARCH_HCPCS.map((code): SearchDocument => {
    const row = descriptions.find((l) => l.startsWith(`${code},Long,`));
    if (!row) throw new Error(`../shared/data has no HCPCS long description for ${code}: the search excerpt is out of date`);
    const title = row.slice(`${code},Long,`.length).replace(/^"(.*)"\r?$/, '$1').replace(/""/g, '"').trim();
    return { system: 'HCPCS', code, title, billable: true, inclusionTerms: [], indexTerms: [] };
  });
  // written here, in our own words (not the AMA descriptor)
  const cpt: SearchDocument = { system: 'CPT', code: '99213', title: 'Office visit, established patient, low complexity', billable: true, inclusionTerms: [], indexTerms: [] };
  return (searchDocs = [...icd, ...hcpcs, cpt]);
}

let excerpt: Icd10cmExcerpt | null | undefined;

/** The excerpt, or null when ../shared/data is not beside the repository (the tests that need it skip). */
export function icd10cmExcerpt(): Icd10cmExcerpt | null {
  if (excerpt !== undefined) return excerpt;
  const data = sharedDataDir();
  if (!data) return (excerpt = null);
  const official = (file: string) => readFileSync(join(data, 'icd10cm', file), 'utf8');
  const root = join(tmpdir(), `openrcm-icd10cm-excerpt-${process.pid}`);
  const dir = join(root, 'icd10cm');
  mkdirSync(dir, { recursive: true });
  const stems = EXCERPT_CODES.map(undotted);
  const made: Icd10cmExcerpt = {
    root,
    dir,
    tabularXml: tabularExcerpt(official(TABULAR_FILE), EXCERPT_CODES, [TABULAR_WRITTEN_HERE]),
    indexXml: indexExcerpt(official(INDEX_FILE), EXCERPT_INDEX, INDEX_FILE),
    orderFile: linesInSlice(official(ORDER_FILE), stems, (line) => line.slice(6, 13).trim(), false),
    codesCsv: linesInSlice(official(CODES_CSV), stems, (line) => undotted(line.split(',')[1] ?? ''), true),
  };
  writeFileSync(join(dir, TABULAR_FILE), made.tabularXml);
  writeFileSync(join(dir, INDEX_FILE), made.indexXml);
  writeFileSync(join(dir, ORDER_FILE), made.orderFile);
  writeFileSync(join(dir, CODES_CSV), made.codesCsv);
  writeFileSync(join(dir, DRUG_FILE), DRUG_TABLE_WRITTEN_HERE);
  writeFileSync(join(dir, NEOPLASM_FILE), NEOPLASM_TABLE_WRITTEN_HERE);
  return (excerpt = made);
}

/** For describe.skipIf / it.skipIf. */
export function icd10cmExcerptMissing(): boolean {
  return icd10cmExcerpt() === null;
}

function needExcerpt(): Icd10cmExcerpt {
  const found = icd10cmExcerpt();
  if (!found) throw new Error('../shared/data is not beside the repository: a test that needs the ICD-10-CM excerpt should have been skipped');
  return found;
}

const source = (kind: 'tabular-xml' | 'order-csv' | 'order-file', file: string) => ({ kind, file, sha256: `excerpt:${file}` });

export function fixtureRelease2023(): Icd10cmRelease {
  const { tabularXml, indexXml } = needExcerpt();
  return buildRelease({
    fiscalYear: 2023,
    sources: [source('tabular-xml', TABULAR_FILE)],
    contentHash: 'excerpt-2023',
    tabular: parseTabularXml(tabularXml, TABULAR_FILE),
    index: parseIndexXml(indexXml, INDEX_FILE),
  });
}

export function fixtureRelease2024(): Icd10cmRelease {
  return buildRelease({
    fiscalYear: 2024,
    sources: [source('order-csv', CODES_CSV)],
    contentHash: 'excerpt-2024',
    codes: parseOrderCsv(needExcerpt().codesCsv, CODES_CSV),
  });
}

export function fixtureRelease2021(): Icd10cmRelease {
  return buildRelease({
    fiscalYear: 2021,
    sources: [source('order-file', ORDER_FILE)],
    contentHash: 'excerpt-2021',
    codes: parseOrderFile(needExcerpt().orderFile, ORDER_FILE),
  });
}

export function fixtureReleaseSet(): ReleaseSet {
  return new ReleaseSet([fixtureRelease2021(), fixtureRelease2023(), fixtureRelease2024()]);
}
