import { describe, expect, it } from 'vitest';
import { NEEDS_MODIFIER_25 } from './gold';
import { NOTE_SCENARIOS, createNoteRandom, scenarioById } from './index';
import { samplePatient, sampleNotes } from './sample';

const OFFICE_EM = /^99(20[2-5]|21[1-5])$/;
const PREVENTIVE_EM = /^99(38[1-7]|39[1-7])$/;

describe('scenario catalogue', () => {
  it('has at least 40 scenarios with unique kebab-case ids, titles and positive weights', () => {
    expect(NOTE_SCENARIOS.length).toBeGreaterThanOrEqual(40);
    const ids = NOTE_SCENARIOS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of NOTE_SCENARIOS) {
      expect(s.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(s.title.length).toBeGreaterThan(5);
      expect(s.weight).toBeGreaterThan(0);
      expect(s.sexes.length).toBeGreaterThan(0);
      expect(s.ageRange[0]).toBeLessThanOrEqual(s.ageRange[1]);
      expect(scenarioById(s.id)).toBe(s);
    }
    expect(scenarioById('no-such-scenario')).toBeUndefined();
  });
});

describe('determinism', () => {
  it('gives the same note for the same seed and patient', () => {
    for (const s of NOTE_SCENARIOS) {
      const p = samplePatient(s, 11);
      expect(s.generate(createNoteRandom(11), p), s.id).toEqual(s.generate(createNoteRandom(11), p));
    }
  });

  it('varies the wording across seeds for the same patient', () => {
    for (const s of NOTE_SCENARIOS) {
      const p = samplePatient(s, 5);
      const texts = new Set([1, 2, 3, 4, 5, 6].map((seed) => s.generate(createNoteRandom(seed), p).text));
      expect(texts.size, s.id).toBeGreaterThanOrEqual(5);
    }
  });
});

describe('every note', () => {
  const all = NOTE_SCENARIOS.flatMap((s) => sampleNotes(s, 30).map((x) => ({ ...x, s })));

  it('names the patient and states age and sex where natural, in 0.6-4 KB', () => {
    for (const { s, patient, note } of all) {
      expect(note.text, s.id).toContain(patient.firstName);
      expect(note.text.length, s.id).toBeGreaterThan(600);
      expect(note.text.length, s.id).toBeLessThan(4000);
      const age = patient.ageYears === 0 ? '9-month-old' : `${patient.ageYears}`;
      expect(note.text, s.id).toContain(age);
      expect(note.text, s.id).not.toMatch(/undefined|NaN|\[object/);
    }
  });

  it('only goes to patients of the scenario sexes and ages; pregnancy codes only for women', () => {
    for (const { s, patient, note } of all) {
      expect(s.sexes).toContain(patient.sex);
      const pregnancy = note.gold.diagnoses.some((c) => /^(O|Z34|Z3A)/.test(c));
      if (pregnancy) expect(s.sexes, s.id).toEqual(['F']);
      if (note.gold.diagnoses.some((c) => c.startsWith('N40'))) expect(s.sexes, s.id).toEqual(['M']);
      if (note.gold.diagnoses.some((c) => c.startsWith('Z00.12'))) expect(patient.ageYears).toBeLessThan(18);
      if (note.gold.diagnoses.some((c) => /^Z00\.0/.test(c))) expect(patient.ageYears).toBeGreaterThanOrEqual(18);
      if (note.gold.diagnoses.some((c) => /^Z68\.([1-4])/.test(c))) expect(patient.ageYears).toBeGreaterThanOrEqual(20);
    }
  });

  it('has well-formed gold codes: dotted ICD-10-CM, no duplicates, pointers in range', () => {
    for (const { s, note } of all) {
      const dx = note.gold.diagnoses;
      expect(dx.length, s.id).toBeGreaterThan(0);
      expect(new Set(dx).size, s.id).toBe(dx.length);
      for (const c of dx) expect(c, s.id).toMatch(/^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/);
      for (const p of note.gold.procedures) {
        for (const ptr of p.diagnosisPointers ?? []) {
          expect(ptr, `${s.id} ${p.code}`).toBeGreaterThanOrEqual(1);
          expect(ptr, `${s.id} ${p.code}`).toBeLessThanOrEqual(Math.min(dx.length, 12));
        }
        expect((p.diagnosisPointers ?? []).length, `${s.id} ${p.code}`).toBeLessThanOrEqual(4);
      }
    }
  });

  it('bills the E/M family matching new/established status, at most once, with 25 exactly when needed', () => {
    for (const { s, patient, note } of all) {
      const em = note.gold.procedures.filter((p) => OFFICE_EM.test(p.code) || PREVENTIVE_EM.test(p.code));
      expect(em.length, s.id).toBeLessThanOrEqual(1);
      const line = em[0];
      if (!line) continue;
      const isNew = /^99(20|38)/.test(line.code);
      expect(isNew, `${s.id} ${line.code}`).toBe(patient.newPatient);
      const bundled = note.gold.procedures.some((p) => NEEDS_MODIFIER_25.has(p.code));
      expect(line.modifiers?.includes('25') ?? false, `${s.id} ${line.code}`).toBe(bundled);
    }
  });

  it('uses every note kind across the catalogue', () => {
    expect(new Set(all.map((x) => x.note.kind))).toEqual(new Set(['progress_note', 'preventive_visit', 'procedure_note', 'letter']));
  });
});
