// File adapter: everything the scrubber needs from disk, loaded once (NCCI tables, MCE lists, rules).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadMceFile } from './mce/load-mce-file';
import { MceTable } from './mce/mce-table';
import { loadNcciFolder } from './ncci/load-ncci-files';
import type { NcciTables } from './ncci/mue-aoc';
import { SAMPLE_COVERAGE_RULES, SAMPLE_PAYER_RULES, loadCoverageRulesFile, loadPayerRulesFile } from './rules/load-rules-files';
import type { ScrubRules } from './types';

export interface ScrubEnvironmentOptions {
  /** The shared data folder holding ncci/ and mce/. */
  dataDir: string;
  coverageRulesFile?: string;
  payerRulesFile?: string;
}

export async function loadScrubEnvironment(options: ScrubEnvironmentOptions): Promise<{ tables: NcciTables; rules: ScrubRules }> {
  const tables = await loadNcciFolder(join(options.dataDir, 'ncci'));
  const mceFile = join(options.dataDir, 'mce', 'mce_v41.1_fy2024_dx_conflicts.csv');
  return {
    tables,
    rules: {
      coverage: loadCoverageRulesFile(options.coverageRulesFile ?? SAMPLE_COVERAGE_RULES),
      payerRules: loadPayerRulesFile(options.payerRulesFile ?? SAMPLE_PAYER_RULES),
      mce: existsSync(mceFile) ? loadMceFile(mceFile) : new MceTable(),
    },
  };
}
