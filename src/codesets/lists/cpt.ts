// CPT (Level I HCPCS). The descriptors belong to the AMA: OpenRCM ships only code numbers with wording we
// wrote (the house list, src/codesets/cpt-house.ts). A practice that licenses the AMA data files loads
// them here. Expected layout (as in the AMA's plain-text data files, e.g. LONGULT.txt or MEDU.txt):
//   one code per line: the 5-character code, a TAB, then the descriptor, e.g. "99213<TAB>Office or other ..."
//   (a run of spaces instead of the TAB is accepted; a header line that does not start with a code is
//   skipped only on line 1; blank lines are ignored; UTF-8 or Latin-1 text already decoded by the caller).
// Codes are five digits, or four digits then F (Category II) or T (Category III).
import { HOUSE_CPT_CODES, type HouseCptCode } from '../cpt-house';
import { listError } from './csv';
import { windowOf } from './dates';
import { CodeList, plainCode, type ListEntry } from './provider';

export interface CptDescriptor {
  code: string;
  descriptor: string;
  line: number;
}

export const normalizeCpt = plainCode(/^\d{4}[0-9FT]$/);

export function parseAmaCptFile(text: string, file = 'LONGULT.txt'): CptDescriptor[] {
  const out: CptDescriptor[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const m = /^(\S{5})(?:\t|\s{1,})(.*)$/.exec(raw);
    const code = m ? normalizeCpt(m[1]!) : undefined;
    if (!m || !code) {
      if (line === 1) return;
      throw listError(file, line, `expected a CPT code (5 characters), a TAB and the descriptor; found '${raw.slice(0, 40)}'`);
    }
    const earlier = seen.get(code);
    if (earlier !== undefined) throw listError(file, line, `${code} appears again (first on line ${earlier})`);
    seen.set(code, line);
    out.push({ code, descriptor: m[2]!.trim(), line });
  });
  return out;
}

/** The licensed AMA descriptors, with the house list's fees where the practice has them. */
export function cptListFromAma(rows: readonly CptDescriptor[], release: string, house: readonly HouseCptCode[] = HOUSE_CPT_CODES): CodeList {
  const fees = new Map(house.map((h) => [h.code, h.feeCents]));
  const entries = rows.map((r): ListEntry => ({
    code: r.code, title: r.descriptor, billable: true, effective: windowOf(undefined, undefined),
    details: { source: 'AMA licensed file', ...(fees.has(r.code) ? { feeCents: fees.get(r.code) } : {}) },
  }));
  return new CodeList(entries, { system: 'CPT', release, normalize: normalizeCpt, searchAs: 'CPT' });
}

/** The house list (our own descriptions and fees): its CPT codes only; its HCPCS Level II codes belong to that list. */
export function houseCptList(house: readonly HouseCptCode[] = HOUSE_CPT_CODES): CodeList {
  const entries = house
    .filter((h) => normalizeCpt(h.code) !== undefined)
    .map((h): ListEntry => ({
      code: h.code, title: h.description, billable: true, effective: windowOf(undefined, undefined),
      details: { source: 'OpenRCM house list (not the AMA descriptor)', feeCents: h.feeCents },
    }));
  return new CodeList(entries, { system: 'CPT', release: 'house list', normalize: normalizeCpt, searchAs: 'CPT' });
}
