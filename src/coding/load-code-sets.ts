// File adapter: the code sets straight from the official ICD-10-CM files of a folder (when nothing is imported into storage).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CodeSets, ReleaseSet, loadRelease, planReleases } from '../codesets/index';

export async function openCodingCodeSets(dataDir: string): Promise<CodeSets> {
  const dir = existsSync(join(dataDir, 'icd10cm')) ? join(dataDir, 'icd10cm') : dataDir;
  const releases = [];
  for (const plan of planReleases(dir)) releases.push(await loadRelease(plan, new Map()));
  return new CodeSets(new ReleaseSet(releases));
}
