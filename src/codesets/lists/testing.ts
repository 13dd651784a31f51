// Test support: fixture text and the shared data folder (tests skip with a message when it is absent).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

export function fixture(name: string): string {
  return readFileSync(join(HERE, 'fixtures', name), 'utf8');
}

/** <repo root>/../shared/data, or undefined (with a note on stderr) when this machine has no copy. */
export function sharedData(what: string): string | undefined {
  const dir = resolve(HERE, '..', '..', '..', '..', 'shared', 'data');
  if (existsSync(dir)) return dir;
  console.warn(`skipping the real-file test of ${what}: ${dir} not found`);
  return undefined;
}
