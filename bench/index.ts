// `npm run bench [-- NAME...]`: runs every benchmark (or the named ones) in one process, one after another,
// and prints their figures with the ratios against the peers each one names.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Bench, BenchResult } from './types';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const json = process.argv.includes('--json');
const files = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && !['index.ts', 'types.ts'].includes(f) && !f.endsWith('.test.ts'))
  .filter((f) => wanted.length === 0 || wanted.includes(f.replace(/\.ts$/, '')))
  .sort();

const all: BenchResult[] = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { run?: Bench };
  if (!mod.run) continue;
  if (!json) console.log(`\n## ${file.replace(/\.ts$/, '')}`);
  for (const result of await mod.run()) {
    all.push(result);
    if (json) continue;
    console.log(`- ${result.name}`);
    for (const [k, v] of Object.entries(result.figures)) console.log(`    ${k}: ${typeof v === 'number' ? formatNumber(v) : v}`);
    if (result.notes) console.log(`    (${result.notes})`);
  }
}
if (json) console.log(JSON.stringify(all, null, 2));

function formatNumber(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString('en-US') : n.toFixed(n < 10 ? 3 : 1);
}
