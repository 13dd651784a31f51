// The other code lists (src/codesets/lists) in storage: `codes import` stores each list as a release
// (rows + snapshot) beside ICD-10-CM, and start-up rebuilds them as CodeListProviders.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Db, Queryable } from '../store/index';
import { loadSnapshots, saveRelease, type StoredRelease } from './codeset-repository';
import type { CodeListImporter, ImportOutcome } from './import';
import {
  CodeList,
  loadCodeLists,
  normalizeCpt,
  normalizeHcpcs,
  normalizeModifier,
  normalizePcs,
  normalizePos,
  normalizeTaxonomy,
  type ListEntry,
} from './lists/index';
import type { SearchDocument } from './lookup';
import type { CodeSystem, EffectiveWindow } from './types';

export const LIST_FORMAT = 'code-list/1';

const compact = (input: string): string | undefined => {
  const c = input.trim().toUpperCase().replace(/\s+/g, '');
  return c.length > 0 ? c : undefined;
};

const NORMALIZERS: Partial<Record<CodeSystem, (input: string) => string | undefined>> = {
  HCPCS: normalizeHcpcs,
  ICD10PCS: normalizePcs,
  CPT: normalizeCpt,
  MODIFIER: normalizeModifier,
  POS: normalizePos,
  TAXONOMY: normalizeTaxonomy,
};

const SEARCHED: Partial<Record<CodeSystem, SearchDocument['system']>> = { HCPCS: 'HCPCS', ICD10PCS: 'ICD10PCS', CPT: 'CPT' };

interface ListMeta {
  system: CodeSystem;
  release: string;
}

function windowOfList(entries: readonly ListEntry[]): EffectiveWindow {
  let from = entries[0]?.effective.from ?? ('0001-01-01' as EffectiveWindow['from']);
  let to: EffectiveWindow['to'] = entries[0]?.effective.to ?? null;
  for (const e of entries) {
    if (e.effective.from < from) from = e.effective.from;
    if (to !== null) to = e.effective.to === null ? null : e.effective.to > to ? e.effective.to : to;
  }
  return { from, to };
}

export function storedList(list: CodeList): StoredRelease {
  const entries = [...list.entries()];
  const contentHash = createHash('sha256').update(`${list.system}\n${list.release}\n${JSON.stringify(entries)}`).digest('hex');
  return {
    system: list.system,
    release: list.release,
    window: windowOfList(entries),
    contentHash,
    sources: [],
    codes: entries.map((e) => ({ code: e.code, title: e.title, billable: e.billable })),
    snapshot: { format: LIST_FORMAT, parts: [['meta', { system: list.system, release: list.release } satisfies ListMeta], ['entries', entries]] },
  };
}

/** Every stored list of the given systems (all but ICD-10-CM when omitted), as providers. */
export async function loadStoredLists(db: Queryable, systems?: readonly CodeSystem[]): Promise<CodeList[]> {
  const wanted = (systems ?? (Object.keys(NORMALIZERS) as CodeSystem[]).concat(['CARC', 'RARC', 'CAGC'])).filter((s) => s !== 'ICD10CM');
  const out: CodeList[] = [];
  for (const system of wanted) {
    for (const s of await loadSnapshots(db, system)) {
      if (s.format !== LIST_FORMAT) continue;
      const meta = s.parts.meta as ListMeta;
      const searchAs = SEARCHED[system];
      out.push(new CodeList(s.parts.entries as ListEntry[], { system, release: meta.release, normalize: NORMALIZERS[system] ?? compact, ...(searchAs ? { searchAs } : {}) }));
    }
  }
  return out;
}

const LIST_FILES: [string, RegExp][] = [
  ['hcpcs', /^HCPC\d{4}.*ANWEB.*\.txt$|^hcpcs_level2_/i],
  ['icd10pcs', /^icd10pcs_order_/i],
  ['pos', /^place_of_service.*\.csv$/],
  ['x12', /^carc_rarc.*\.csv$/],
  ['nucc', /^nucc_taxonomy.*\.csv$/],
];

/** Runs the list loaders of src/codesets/lists on a folder (they look into its known sub-folders too). */
export const codeListImporter: CodeListImporter = {
  name: 'code lists (HCPCS, ICD-10-PCS, POS, CARC/RARC, taxonomy, modifiers, CPT)',
  plan(dir) {
    const found: string[] = [];
    for (const [sub, pattern] of LIST_FILES) {
      for (const folder of [dir, join(dir, sub)]) {
        if (existsSync(folder)) found.push(...readdirSync(folder).filter((n) => pattern.test(n)).map((n) => join(folder, n)));
      }
    }
    return found;
  },
  async run(db: Db, dir: string): Promise<ImportOutcome[]> {
    const out: ImportOutcome[] = [];
    for (const list of loadCodeLists(dir)) {
      const t0 = performance.now();
      const stored = storedList(list);
      const outcome = await saveRelease(db, stored);
      const billableCount = [...list.entries()].filter((e) => e.billable).length;
      out.push({ system: list.system, release: list.release, outcome, files: [], codeCount: list.size, billableCount, storeMs: Math.round(performance.now() - t0) });
    }
    return out;
  },
};
