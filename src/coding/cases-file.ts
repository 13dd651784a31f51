// File adapter: an evaluation folder of NAME.txt notes and a gold.tsv of NAME<TAB>CODE rows.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface LoadedCases {
  notes: { name: string; text: string }[];
  gold: Map<string, string[]>;
  /** gold rows naming a note that is not in the folder */
  orphans: string[];
}

export function readCases(dir: string): LoadedCases {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`not a folder: ${dir}`);
  const goldPath = join(dir, 'gold.tsv');
  const gold = new Map<string, string[]>();
  if (existsSync(goldPath)) {
    for (const line of readFileSync(goldPath, 'utf8').split(/\r?\n/)) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [name, code] = line.split('\t').map((s) => s.trim());
      if (!name || !code) continue;
      const list = gold.get(name) ?? [];
      list.push(code);
      gold.set(name, list);
    }
  }
  const notes = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: basename(f, '.txt'), text: readFileSync(join(dir, f), 'utf8') }));
  const names = new Set(notes.map((n) => n.name));
  return { notes, gold, orphans: [...gold.keys()].filter((n) => !names.has(n)) };
}
