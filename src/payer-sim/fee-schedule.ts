// The payer's fee schedule from the CMS PFS relative value file (PPRRVU): allowed = total RVUs x
// conversion factor. Non-facility totals for office places of service, facility totals otherwise.
import type { Cents } from '../money/index';

export interface FeeScheduleEntry {
  nonFacilityRvu: number;
  facilityRvu: number;
}

export type FeeSchedule = ReadonlyMap<string, FeeScheduleEntry>;

/** Splits one CSV line, honouring double quotes (descriptions may hold commas). */
function splitCsv(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '"') {
      if (quoted && line[i + 1] === '"') { cur += '"'; i++; } else quoted = !quoted;
    } else if (ch === ',' && !quoted) { out.push(cur); cur = ''; } else cur += ch;
  }
  out.push(cur);
  return out;
}

/**
 * Reads the PPRRVU CSV (columns by header name: hcpcs, mod, non_facility_total, facility_total).
 * Rows with a modifier (26/TC/53) are keyed 'CODE-MOD'; the global row is keyed 'CODE'.
 */
export function parseFeeSchedule(csv: string): FeeSchedule {
  const lines = csv.split(/\r?\n/);
  const header = splitCsv(lines[0] ?? '');
  const col = (name: string) => header.indexOf(name);
  const [code, mod, nonFac, fac] = [col('hcpcs'), col('mod'), col('non_facility_total'), col('facility_total')];
  if ([code, mod, nonFac, fac].some((i) => i < 0)) return new Map();
  const out = new Map<string, FeeScheduleEntry>();
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i]) continue;
    const f = splitCsv(lines[i]!);
    const hcpcs = f[code]?.trim();
    if (!hcpcs) continue;
    const key = f[mod]?.trim() ? `${hcpcs}-${f[mod].trim()}` : hcpcs;
    out.set(key, { nonFacilityRvu: Number(f[nonFac]) || 0, facilityRvu: Number(f[fac]) || 0 });
  }
  return out;
}

const FACILITY_POS = new Set(['19', '21', '22', '23', '24', '26', '31', '34', '41', '42', '51', '52', '53', '56', '61']);

/** The fee for one unit, or undefined when the code is not priced (no RVUs). */
export function feeFor(schedule: FeeSchedule, procedureCode: string, modifiers: readonly string[], placeOfService: string, conversionFactor: number): Cents | undefined {
  const pricedModifier = modifiers.find((m) => m === '26' || m === 'TC');
  const entry = (pricedModifier && schedule.get(`${procedureCode}-${pricedModifier}`)) || schedule.get(procedureCode);
  if (!entry) return undefined;
  const rvu = FACILITY_POS.has(placeOfService) ? entry.facilityRvu : entry.nonFacilityRvu;
  if (rvu <= 0) return undefined;
  return Math.round(rvu * conversionFactor * 100) as Cents;
}
