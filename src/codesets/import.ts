// `codes import --from DIR`: every release a folder (and its sub-folders) holds, each in its own
// transaction, skipping the ones already stored with the same content.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../store/index';
import { storedContentHash } from './codeset-repository';
import { contentHashOf, hashFiles, loadRelease, planReleases, type PlannedRelease, type ProgressFn } from './load-release-files';
import { releaseLabel } from './release';
import { saveIcd10cmRelease } from './release-store';
import type { CodeSystem } from './types';

export interface ImportOptions {
  fiscalYear?: number;
  progress?: ProgressFn;
}

export interface ImportOutcome {
  system: CodeSystem;
  release: string;
  outcome: 'imported' | 'replaced' | 'unchanged';
  files: string[];
  codeCount?: number;
  billableCount?: number;
  parseMs?: number;
  storeMs?: number;
}

/** The other code lists (HCPCS, ICD-10-PCS, POS, CARC/RARC, taxonomy...) plug in here: src/codesets/lists. */
export interface CodeListImporter {
  /** for messages, e.g. 'HCPCS Level II' */
  readonly name: string;
  /** the files of dir it would import; empty when nothing there is for it */
  plan(dir: string): string[];
  run(db: Db, dir: string, options: ImportOptions): Promise<ImportOutcome[]>;
}

async function importPlanned(db: Db, plan: PlannedRelease, options: ImportOptions): Promise<ImportOutcome> {
  const label = releaseLabel(plan.fiscalYear);
  const files = plan.files.map((f) => f.name);
  const hashes = await hashFiles(plan.files.map((f) => f.path));
  const sources = plan.files.map((f) => ({ kind: f.kind, file: f.name, sha256: hashes.get(f.path) ?? '' }));
  if ((await storedContentHash(db, 'ICD10CM', label)) === contentHashOf(sources)) {
    return { system: 'ICD10CM', release: label, outcome: 'unchanged', files };
  }
  const t0 = performance.now();
  const release = await loadRelease(plan, hashes, options.progress);
  const t1 = performance.now();
  const outcome = await saveIcd10cmRelease(db, release, (done, total) => options.progress?.(`${label} storing codes`, done, total));
  const billableCount = release.table.billable.reduce((n, b) => n + b, 0);
  return { system: 'ICD10CM', release: label, outcome, files, codeCount: release.table.codes.length, billableCount, parseMs: Math.round(t1 - t0), storeMs: Math.round(performance.now() - t1) };
}

/** ICD-10-CM releases found directly in dir. */
export async function importIcd10cmFolder(db: Db, dir: string, options: ImportOptions = {}): Promise<ImportOutcome[]> {
  const out: ImportOutcome[] = [];
  for (const plan of planReleases(dir, options.fiscalYear)) out.push(await importPlanned(db, plan, options));
  return out;
}

function subfolders(dir: string): string[] {
  return readdirSync(dir)
    .map((n) => join(dir, n))
    .filter((p) => statSync(p).isDirectory())
    .sort();
}

/** dir and its direct sub-folders: ICD-10-CM releases, then whatever the list importers recognise in each folder. */
export async function importFolder(db: Db, dir: string, importers: readonly CodeListImporter[], options: ImportOptions = {}): Promise<ImportOutcome[]> {
  const out: ImportOutcome[] = [];
  for (const folder of [dir, ...subfolders(dir)]) {
    out.push(...(await importIcd10cmFolder(db, folder, options)));
    for (const importer of importers) {
      if (importer.plan(folder).length > 0) out.push(...(await importer.run(db, folder, options)));
    }
  }
  return out;
}
