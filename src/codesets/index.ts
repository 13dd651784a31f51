// Public face of the code sets: ICD-10-CM releases (Tabular List with every instructional note,
// Alphabetic Index, Table of Drugs, Neoplasm Table), validation by date of service, year-over-year diff,
// storage, and the one lookup API every code system plugs into.

// vocabulary
export type {
  CodeSystem,
  NoteKind,
  Notes,
  SevenChrDef,
  TabularLevel,
  TabularNode,
  Tabular,
  IndexTerm,
  AlphabeticIndex,
  ReleaseCode,
  EffectiveWindow,
  ReleaseSourceKind,
  ReleaseSource,
} from './types';
export { CODE_SYSTEMS, NOTE_KINDS } from './types';
export { normalizeIcd10cm, dotted, parseIndexCode } from './code';

// one lookup API for all systems (the lists of src/codesets/lists register as CodeListProvider)
export { CodeLookup } from './lookup';
export type { CodeInfo, CodeListProvider, LookupOptions, SearchDocument } from './lookup';
export { CodeSets, openCodeSets, type OpenOptions as CodeSetsOpenOptions } from './codesets';

// releases, side by side by fiscal year
export { buildRelease, fiscalYearWindow, releaseLabel, type Icd10cmRelease, type ReleaseInput } from './release';
export { ReleaseSet } from './release-set';
export { findCode, codesUnder, tableEntries, buildCodeTable, type CodeTable } from './code-table';

// the Tabular List: notes (Excludes1 pairs, code first / use additional code), 7th characters
export { notesFor, notesOfKind, parseCodeRefs, refCovers, seventhCharacterFor } from './notes';
export type { AppliedNote, CodeRef, SeventhCharacter } from './notes';
export { withSeventh } from './tabular-codes';
export { icd10cmDetails, describeIcd10cm, icd10cmProvider, type Icd10cmDetails } from './icd10cm-lookup';

// validity on a date of service
export { validateCode, type Validation, type InvalidReason } from './validate';

// the Alphabetic Index
export { walkIndex, splitQuery, type WalkResult, type WalkStep } from './index-walk';
export { lookupIndex, verifyLead, type IndexLead, type IndexLookup, type LeadStatus } from './index-leads';
export { searchDocuments, searchDocumentsFor, indexPathsByCode } from './search-documents';

// year-over-year changes and stored encounters
export { diffReleases, type ReleaseDiff, type DiffEntry, type DiffOptions } from './diff';
export { checkEncounterCodes, type EncounterCodeFinding, type EncounterCheckOptions } from './encounter-check';

// loaders (pure parsers over text) and the file adapter
export { createTabularParser, parseTabularXml } from './tabular-xml';
export { createIndexParser, parseIndexXml } from './index-xml';
export { createDrugTableParser, parseDrugTableXml, drugRows, DRUG_COLUMNS, type DrugTable, type DrugCodes } from './drug-table-xml';
export { createNeoplasmTableParser, parseNeoplasmXml, neoplasmRows, NEOPLASM_COLUMNS, type NeoplasmTable, type NeoplasmRow } from './neoplasm-xml';
export { parseOrderFile, parseOrderFileLine, createOrderFileParser, type OrderFileRecord } from './order-file';
export { parseOrderCsv, createOrderCsvParser, splitCsvLine } from './order-csv';
export { classifyReleaseFiles, type ReleaseFile } from './release-files';
export { planReleases, loadRelease, hashFiles, type ProgressFn, type PlannedRelease } from './load-release-files';

// storage and import
export { importFolder, importIcd10cmFolder, type CodeListImporter, type ImportOptions, type ImportOutcome } from './import';
export { saveRelease, listStoredReleases, loadSnapshots, deleteRelease, type StoredRelease, type StoredReleaseInfo, type SaveOutcome, type LoadedSnapshot } from './codeset-repository';
export { loadIcd10cmReleases, saveIcd10cmRelease } from './release-store';
export { toSnapshot, fromSnapshot, snapshotParts, SNAPSHOT_FORMAT, SNAPSHOT_PARTS, type ReleaseSnapshot, type SnapshotPart } from './snapshot';
export { renderValidation, renderCodeInfo, renderIndexLookup, renderDiff } from './report';
export { LIST_IMPORTERS } from './importers';

// Search and the other code lists (src/codesets/search, src/codesets/lists).
export {
  SearchEngine, buildCodeSearch, expandQueryText, tokenize, stem, normalizeCode, looksLikeCode, ABBREVIATIONS, EQUIVALENT_WORDS,
  type SearchEngineOptions, type SearchHit, type SearchOptions, type SearchSystem, type SearchField, type MatchedWord, type ValidOnDate,
  type CodeSearch, type CodeSearchInput,
} from './search/index';
export {
  CodeList, parseCsv, parseHcpcsAnweb, hcpcsListFromAnweb, parseHcpcsCsv, normalizeHcpcs, parsePcsOrderFile, parsePcsOrderCsv, pcsList,
  normalizePcs, MODIFIERS, modifierList, isNcciModifier, normalizeModifier, parsePlaceOfServiceCsv, placeOfServiceList, normalizePos,
  parseAdjustmentCodesCsv, adjustmentCodeList, parseTaxonomyCsv, taxonomyList, normalizeTaxonomy, parseAmaCptFile, cptListFromAma,
  houseCptList, normalizeCpt, normalizeAdjustmentCode, storedCodeLists, registerCodeLists, saveCodeList, CODE_LIST_IMPORTERS, listFiles, hcpcsFiles, loadCodeLists, loadHcpcs, loadPcs, loadPlaceOfService, loadAdjustmentCodes, loadTaxonomy, loadCpt,
  type ListEntry, type CsvRecord, type HcpcsRecord, type PcsRecord, type Modifier, type NcciRole, type PlaceOfService,
  type AdjustmentCode, type AdjustmentKind, type Taxonomy, type CptDescriptor,
} from './lists/index';

// CPT code numbers with descriptions written by OpenRCM (never the AMA descriptors), with typical practice fees
export { HOUSE_CPT_CODES, type HouseCptCode } from './cpt-house';

// for the claim scrubber: Excludes1 pairs, etiology / manifestation, the tabular in effect on a date
export { excludes1Conflicts, etiologyManifestation, tabularFor, type Excludes1Conflict, type EtiologyManifestation } from './scrub-rules';

// Test support for other modules' tests: excerpts of the official ICD-10-CM files, read from
// ../shared/data at test time (null without it)
export { icd10cmExcerpt, type Icd10cmExcerpt } from './fixtures.testkit';
