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

const HCPCS_ATTRIBUTES = 'hcpcs/hcpcs_level2_2024_jul_attributes.csv';
const HCPCS_DESCRIPTIONS = 'hcpcs/hcpcs_level2_2024_descriptions.csv';

/**
 * The header and the rows of the official July 2024 HCPCS CSVs for the codes given, read by path from
 * ../shared/data at test time (never copied into the repository); undefined where that folder is absent.
 */
export function hcpcsCsvExcerpt(codes: readonly string[]): { attributes: string; descriptions: string } | undefined {
  const dir = sharedData('HCPCS CSV rows');
  if (!dir) return undefined;
  const rows = (file: string) => {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    const kept = lines.filter((l, i) => i === 0 || codes.some((c) => l.startsWith(`${c},`)));
    const missing = codes.filter((c) => !kept.some((l) => l.startsWith(`${c},`)));
    if (missing.length) throw new Error(`../shared/data/${file} has no row for ${missing.join(', ')}: the excerpt the tests use is out of date`);
    return `${kept.join('\n')}\n`;
  };
  return { attributes: rows(HCPCS_ATTRIBUTES), descriptions: rows(HCPCS_DESCRIPTIONS) };
}
