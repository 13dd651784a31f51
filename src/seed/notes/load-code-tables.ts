// Reads the shared ICD-10-CM files (never copied into the repository) for the gold-code tests.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseOrderCsv, parseTabular, type Tabular } from './code-tables';

/** <repo root>/../shared/data, as the project's tests expect. */
export const SHARED_DATA = resolve(import.meta.dirname, '../../../../shared/data');

export const ICD10CM_2024_CSV = join(SHARED_DATA, 'icd10cm/icd10cm_codes_2024_order_derived.csv');
export const ICD10CM_2023_TABULAR = join(SHARED_DATA, 'icd10cm/icd10cm_tabular_2023.xml');
export const NCCI_PTP_PRACTITIONER = join(SHARED_DATA, 'ncci/ptp_practitioner_2024-07-01.csv.gz');

export function sharedDataPresent(...paths: string[]): boolean {
  return paths.every((p) => existsSync(p));
}

export function loadOrder2024(): Map<string, boolean> {
  return parseOrderCsv(readFileSync(ICD10CM_2024_CSV, 'utf8'));
}

export function loadTabular2023(): Tabular {
  return parseTabular(readFileSync(ICD10CM_2023_TABULAR, 'utf8'));
}

/**
 * Column-1 codes that the NCCI practitioner PTP edits (active, modifier indicator 1) pair with
 * one of the given column-2 codes: those bundle the E/M unless it carries modifier 25.
 */
export async function loadNcciBundlingWith(column2: ReadonlySet<string>): Promise<Map<string, Set<string>>> {
  const { createReadStream } = await import('node:fs');
  const { createGunzip } = await import('node:zlib');
  const { createInterface } = await import('node:readline');
  const out = new Map<string, Set<string>>();
  const lines = createInterface({ input: createReadStream(NCCI_PTP_PRACTITIONER).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    const [c1, c2, deletion, indicator] = line.split(',', 4);
    if (c1 === undefined || c2 === undefined || !column2.has(c2) || deletion !== '9999-12-31' || indicator !== '1') continue;
    const set = out.get(c1) ?? new Set<string>();
    set.add(c2);
    out.set(c1, set);
  }
  return out;
}

export const PFS_RVU_2024 = join(SHARED_DATA, 'pfs_rvu/pprrvu_2024_rvu24c_jul.csv');

/** HCPCS/CPT code -> Medicare status code, from the 2024 physician fee schedule RVU file. */
export function loadPfsStatus2024(): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of readFileSync(PFS_RVU_2024, 'utf8').split('\n').slice(1)) {
    const fields = [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => m[1]!);
    const [code, modifier, status] = [fields[3], fields[4], fields[6]];
    if (code && modifier === '' && status) out.set(code, status);
  }
  return out;
}
