// One resolver for where the official code-set files live, used by every command and test.
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inputError } from '../errors/index';

/** The repository (package) root: two levels above this file. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export type CodeSetSource = 'flag' | 'env' | 'shared';

export interface CodeSetLocation {
  dir: string;
  source: CodeSetSource;
}

const HOW_TO_GET =
  'Download the official files (ICD-10-CM tabular and index XML from CDC; HCPCS, NCCI, MCE, PFS from CMS) into a folder ' +
  'and pass it with --codes DIR or OPENRCM_CODESETS=DIR.';

function isDir(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** Order: --codes DIR, then $OPENRCM_CODESETS, then ../shared/data beside the repository. */
export function resolveCodeSetDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): CodeSetLocation {
  if (flag !== undefined) {
    const dir = resolve(flag);
    if (!isDir(dir)) throw inputError('codesets.missing', `code-set folder not found: ${dir} (from --codes). ${HOW_TO_GET}`);
    return { dir, source: 'flag' };
  }
  const fromEnv = env.OPENRCM_CODESETS;
  if (fromEnv) {
    const dir = resolve(fromEnv);
    if (!isDir(dir)) throw inputError('codesets.missing', `code-set folder not found: ${dir} (from OPENRCM_CODESETS). ${HOW_TO_GET}`);
    return { dir, source: 'env' };
  }
  const shared = sharedDataDir();
  if (shared) return { dir: shared, source: 'shared' };
  throw inputError('codesets.missing', `no code-set folder found. ${HOW_TO_GET}`);
}

/** ../shared/data beside the repository, when it exists (the development and CI machines have it). */
export function sharedDataDir(): string | undefined {
  const dir = resolve(PACKAGE_ROOT, '..', 'shared', 'data');
  return isDir(dir) ? dir : undefined;
}

/** ../shared/samples beside the repository (real X12 sample files), when it exists. */
export function sharedSamplesDir(): string | undefined {
  const dir = resolve(PACKAGE_ROOT, '..', 'shared', 'samples');
  return isDir(dir) ? dir : undefined;
}
