// Public face of the scrubber: the edits a payer would apply, run over OpenRCM claims before they go out.
export type { Edit, EditFinding, PayerCategory, PayerSettings, PriorClaim, ScrubContext, ScrubResult, ScrubRules, Severity } from './types';
export { scrubClaim, scrubClaims, summarizeScrub, defaultPayerSettings, payerCategoryOf, type ScrubInput, type ScrubShared, type ScrubPerClaim } from './scrub';
export { EDITS, editById } from './registry';
export { renderScrubResult } from './report';

// NCCI tables (PTP, MUE, AOC): compact in-memory forms, parsers of both layouts, the folder loader
export { PtpTable, PtpTableBuilder, type PtpEdit, type ModifierIndicator } from './ncci/ptp-table';
export { MueTable, AocTable, ANY_PRIMARY, type NcciTables, type MueEdit, type AocEdit, type AocEntry, type MueAdjudicationIndicator, type AocEditType } from './ncci/mue-aoc';
export { parsePtpSharedCsv, parsePtpCmsText, PtpSharedCsvParser } from './ncci/ptp-parse';
export { parseMue, parseAoc } from './ncci/mue-aoc-parse';
export { encodeCode, decodeCode, dateNumber } from './ncci/codes';
export { loadNcciFolder, loadNcciFolderSync, loadNcciTables, findNcciFiles, type NcciFiles } from './ncci/load-ncci-files';

// Medicare Code Editor lists (age, sex, manifestation)
export { MceTable, parseMceConflicts, MCE_AGE_RANGES, type MceList } from './mce/mce-table';
export { loadMceFile } from './mce/load-mce-file';

// Rules as data
export { parsePayerRules, parseCoverageRules, RulesFileError, type RulesFileProblem } from './rules/parse-rules';
export { loadPayerRulesFile, loadCoverageRulesFile, SAMPLE_COVERAGE_RULES, SAMPLE_PAYER_RULES } from './rules/load-rules-files';
export type { CoverageRule } from './rules/coverage-schema';
export type { PayerRule } from './rules/payer-rule-schema';
export { loadScrubEnvironment, type ScrubEnvironmentOptions } from './load-environment';
export { scrub837, type Scrubbed837File, type Scrubbed837Transaction } from './scrub-837';

// Test support for other modules' tests: small fixture code sets, NCCI tables, MCE lists and the sample rules
export { fixtureCodeSets, fixtureTables, fixtureRules, ncciExcerptPresent } from './scrub.testkit';
