// Every gold ICD-10-CM code, from 50 notes of every scenario, must be a complete billable code in
// both FY2023 (official tabular) and FY2024 (order file); every procedure code must be in the house
// CPT list.
import { describe, expect, it } from 'vitest';
import { HOUSE_CPT_CODES } from '../../codesets/index';
import { excludes1Conflicts, validInTabular } from './code-tables';
import { ICD10CM_2023_TABULAR, ICD10CM_2024_CSV, PFS_RVU_2024, loadOrder2024, loadPfsStatus2024, loadTabular2023, sharedDataPresent } from './load-code-tables';
import { NOTE_SCENARIOS } from './index';
import { sampleNotes } from './sample';

const SEEDS_PER_SCENARIO = 50;

function goldDiagnosisCodes(): Map<string, Set<string>> {
  const byCode = new Map<string, Set<string>>();
  for (const s of NOTE_SCENARIOS) {
    for (const { note } of sampleNotes(s, SEEDS_PER_SCENARIO)) {
      for (const code of note.gold.diagnoses) {
        const set = byCode.get(code) ?? new Set<string>();
        set.add(s.id);
        byCode.set(code, set);
      }
    }
  }
  return byCode;
}

const haveData = sharedDataPresent(ICD10CM_2024_CSV, ICD10CM_2023_TABULAR);
if (!haveData) console.warn(`gold-validity: skipped, ICD-10-CM files not found at ${ICD10CM_2024_CSV}`);

describe.skipIf(!haveData)('gold ICD-10-CM codes are valid and billable', () => {
  const codes = goldDiagnosisCodes();

  it('in FY2024 (order file)', () => {
    const order = loadOrder2024();
    const bad = [...codes].filter(([code]) => order.get(code) !== true).map(([code, ids]) => `${code} (${[...ids].join(', ')})`);
    expect(bad).toEqual([]);
    expect(codes.size).toBeGreaterThan(150);
  });

  it('in FY2023 (tabular, 7th characters through the sevenChrDef of the category)', () => {
    const tabular = loadTabular2023();
    const bad = [...codes].filter(([code]) => !validInTabular(tabular, code)).map(([code, ids]) => `${code} (${[...ids].join(', ')})`);
    expect(bad).toEqual([]);
  });

  it('no note pairs two codes that an Excludes1 note forbids together', () => {
    const tabular = loadTabular2023();
    const conflicts = new Set<string>();
    for (const s of NOTE_SCENARIOS) {
      for (const { note } of sampleNotes(s, SEEDS_PER_SCENARIO)) for (const c of excludes1Conflicts(tabular, note.gold.diagnoses)) conflicts.add(`${s.id}: ${c}`);
    }
    expect([...conflicts]).toEqual([]);
    // and the check does see a real Excludes1 pair
    expect(excludes1Conflicts(tabular, ['M54.50', 'M54.41']).length).toBeGreaterThan(0);
  });

  it('the tabular check itself rejects headers, wrong 7th characters and invented codes', () => {
    const tabular = loadTabular2023();
    expect(validInTabular(tabular, 'E11.2')).toBe(false); // header, has children
    expect(validInTabular(tabular, 'S52.531')).toBe(false); // needs a 7th character
    expect(validInTabular(tabular, 'S52.531A')).toBe(true);
    expect(validInTabular(tabular, 'S82.61XA')).toBe(true);
    expect(validInTabular(tabular, 'S82.61A')).toBe(false); // placeholder missing
    expect(validInTabular(tabular, 'S52.531Z')).toBe(false);
    expect(validInTabular(tabular, 'M54.5')).toBe(false); // expanded in FY2022
    expect(validInTabular(tabular, 'E11.99')).toBe(false);
  });
});

describe('gold procedure codes', () => {
  it('are all in the house CPT/HCPCS list, with whole positive units', () => {
    const house = new Set(HOUSE_CPT_CODES.map((c) => c.code));
    const missing = new Set<string>();
    for (const s of NOTE_SCENARIOS) {
      for (const { note } of sampleNotes(s, SEEDS_PER_SCENARIO)) {
        for (const p of note.gold.procedures) {
          if (!house.has(p.code)) missing.add(`${p.code} (${s.id})`);
          if (p.units !== undefined) expect(Number.isInteger(p.units) && p.units > 0, `${s.id} ${p.code} units`).toBe(true);
          expect(p.system === 'HCPCS' ? /^[A-Z]\d{4}$/.test(p.code) : /^\d{5}$/.test(p.code), `${p.system} ${p.code}`).toBe(true);
        }
      }
    }
    expect([...missing]).toEqual([]);
  });

  it('house list covers the whole office and preventive E/M ranges, once each, with fees', () => {
    const codes = HOUSE_CPT_CODES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of ['99202', '99203', '99204', '99205', '99211', '99212', '99213', '99214', '99215']) expect(codes).toContain(c);
    for (let c = 99381; c <= 99387; c++) expect(codes).toContain(String(c));
    for (let c = 99391; c <= 99397; c++) expect(codes).toContain(String(c));
    expect(codes).not.toContain('99201');
    for (const c of HOUSE_CPT_CODES) {
      expect(Number.isSafeInteger(c.feeCents) && c.feeCents > 0, c.code).toBe(true);
      expect(c.description.length, c.code).toBeGreaterThan(10);
    }
  });
});

describe.skipIf(!sharedDataPresent(PFS_RVU_2024))('house codes are real, current codes', () => {
  it('every house CPT/HCPCS code is on the 2024 Medicare fee schedule file and not deleted', () => {
    const status = loadPfsStatus2024();
    expect(status.get('99213')).toBe('A');
    const bad = HOUSE_CPT_CODES.filter((c) => !status.has(c.code) || status.get(c.code) === 'D').map((c) => `${c.code}:${status.get(c.code) ?? 'absent'}`);
    expect(bad).toEqual([]);
    expect(status.has('99201')).toBe(false);
  });
});
