// The lists in storage: each list release is a stored release (code_set_releases / code_set_codes) whose
// snapshot holds its entries, so `codes import` loads them once and every command reads them back fast.
import type { Db, Queryable } from '../../store/index';
import { loadSnapshots, saveRelease, storedContentHash, type SaveOutcome } from '../codeset-repository';
import type { CodeListProvider } from '../lookup';
import type { CodeSystem, EffectiveWindow } from '../types';
import { normalizeAdjustmentCode } from './adjustment-codes';
import { houseCptList, normalizeCpt } from './cpt';
import { normalizeHcpcs } from './hcpcs';
import { normalizePcs } from './icd10pcs';
import { modifierList } from './modifiers';
import { normalizePos } from './place-of-service';
import { CodeList, type ListEntry, type ListOptions } from './provider';
import { normalizeTaxonomy } from './taxonomy';

export const LIST_SNAPSHOT_FORMAT = 'openrcm.codelist.v1';

/** The stored systems and how their codes are normalised and searched. */
export const STORED_LIST_SYSTEMS: Partial<Record<CodeSystem, Omit<ListOptions, 'system' | 'release'>>> = {
  HCPCS: { normalize: normalizeHcpcs, searchAs: 'HCPCS' },
  ICD10PCS: { normalize: normalizePcs, searchAs: 'ICD10PCS' },
  CPT: { normalize: normalizeCpt, searchAs: 'CPT' },
  POS: { normalize: normalizePos },
  CARC: { normalize: normalizeAdjustmentCode('CARC') },
  RARC: { normalize: normalizeAdjustmentCode('RARC') },
  CAGC: { normalize: normalizeAdjustmentCode('CAGC') },
  TAXONOMY: { normalize: normalizeTaxonomy },
};

export interface ListSource {
  file: string;
  sha256: string;
}

/** Saves one list as a release: all of it in one transaction; the same content hash again is a no-op. */
export async function saveCodeList(db: Db, list: CodeList, window: EffectiveWindow, sources: ListSource[], contentHash: string): Promise<SaveOutcome> {
  if ((await storedContentHash(db, list.system, list.release)) === contentHash) return 'unchanged';
  const entries = [...list.entries()];
  return saveRelease(db, {
    system: list.system, release: list.release, window, contentHash, sources,
    codes: entries.map((e) => ({ code: e.code, title: e.title, billable: e.billable })),
    snapshot: { format: LIST_SNAPSHOT_FORMAT, parts: [['entries', entries]] },
  });
}

/** The latest stored release of each list system (those imported); empty when none is. */
export async function storedCodeLists(db: Queryable, systems: readonly CodeSystem[] = Object.keys(STORED_LIST_SYSTEMS) as CodeSystem[]): Promise<CodeList[]> {
  const out: CodeList[] = [];
  for (const system of systems) {
    const options = STORED_LIST_SYSTEMS[system];
    if (!options) continue;
    const latest = (await loadSnapshots(db, system, ['entries'])).filter((s) => s.format === LIST_SNAPSHOT_FORMAT).at(-1);
    if (latest) out.push(new CodeList(latest.parts.entries as ListEntry[], { ...options, system, release: latest.release }));
  }
  return out;
}

/**
 * Registers the lists with a lookup registry (CodeSets.register or CodeLookup.register): the stored ones,
 * the modifiers, and the house CPT list unless a licensed CPT list is stored.
 */
export async function registerCodeLists(db: Queryable, registry: { register(p: CodeListProvider): unknown }): Promise<void> {
  const stored = await storedCodeLists(db);
  for (const list of stored) registry.register(list);
  registry.register(modifierList());
  if (!stored.some((l) => l.system === 'CPT')) registry.register(houseCptList());
}
