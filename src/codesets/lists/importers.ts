// `codes import` for the lists: each importer recognises its files in a folder, hashes them (the same
// files again are a no-op) and stores the list as a release.
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { Db } from '../../store/index';
import type { CodeListImporter, ImportOutcome } from '../import';
import { hashFiles } from '../load-release-files';
import type { CodeSystem, EffectiveWindow } from '../types';
import { fiscalYearWindowOf } from './fiscal-year';
import { hcpcsFiles, loadAdjustmentCodes, loadHcpcs, loadPcs, loadPlaceOfService, loadTaxonomy, listFiles } from './load-lists';
import type { CodeList } from './provider';
import { saveCodeList } from './stored-lists';

const ALWAYS: EffectiveWindow = { from: '0001-01-01' as EffectiveWindow['from'], to: null };
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** HCPCS quarterly files are in effect from the first day of their month ('HCPCS 2024 jul' → 2024-07-01). */
function hcpcsWindow(release: string): EffectiveWindow {
  const m = /(\d{4})\s*([a-z]{3})?/i.exec(release);
  if (!m) return ALWAYS;
  const month = m[2] ? MONTHS.indexOf(m[2].toLowerCase()) + 1 : 1;
  return { from: `${m[1]}-${String(Math.max(month, 1)).padStart(2, '0')}-01` as EffectiveWindow['from'], to: null };
}

function windowFor(list: CodeList): EffectiveWindow {
  if (list.system === 'HCPCS') return hcpcsWindow(list.release);
  const fy = /^FY(\d{4})$/.exec(list.release);
  return fy ? fiscalYearWindowOf(Number(fy[1])) : ALWAYS;
}

function importer(name: string, plan: (dir: string) => string[], load: (dir: string) => CodeList[]): CodeListImporter {
  return {
    name,
    plan,
    async run(db: Db, dir: string): Promise<ImportOutcome[]> {
      const files = plan(dir);
      const hashes = await hashFiles(files);
      const sources = files.map((f) => ({ file: basename(f), sha256: hashes.get(f) ?? '' }));
      const contentHash = createHash('sha256').update(sources.map((s) => `${s.file}:${s.sha256}`).join('\n')).digest('hex');
      const out: ImportOutcome[] = [];
      const t0 = performance.now();
      const lists = load(dir);
      const parseMs = Math.round(performance.now() - t0);
      for (const list of lists) {
        const t1 = performance.now();
        const outcome = await saveCodeList(db, list, windowFor(list), sources, contentHash);
        const billableCount = [...list.entries()].filter((e) => e.billable).length;
        const system: CodeSystem = list.system;
        out.push({ system, release: list.release, outcome, files: sources.map((s) => s.file), codeCount: list.size, billableCount, parseMs, storeMs: Math.round(performance.now() - t1) });
      }
      return out;
    },
  };
}

const one = (load: (dir: string) => CodeList | undefined) => (dir: string): CodeList[] => {
  const list = load(dir);
  return list ? [list] : [];
};

export const CODE_LIST_IMPORTERS: readonly CodeListImporter[] = [
  importer('HCPCS Level II', hcpcsFiles, one(loadHcpcs)),
  importer('ICD-10-PCS', (dir) => listFiles(dir, 'pcs'), one(loadPcs)),
  importer('Place of service', (dir) => listFiles(dir, 'pos'), one(loadPlaceOfService)),
  importer('CARC, RARC and group codes', (dir) => listFiles(dir, 'adjustment'), loadAdjustmentCodes),
  importer('NUCC taxonomy', (dir) => listFiles(dir, 'taxonomy'), one(loadTaxonomy)),
];
