// The note text must carry the evidence for each gold code: laterality words, the BMI behind Z68,
// weeks behind Z3A and the trimester, encounter type behind the 7th character, the stage behind
// N18.x, the length behind the repair code, the dose behind J-code units, the MDM or time behind
// the E/M level. And what is negated or uncertain must not be coded.
import { describe, expect, it } from 'vitest';
import { z68ForAdultBmi } from './clinical';
import { EVIDENCE_RULES } from './fixtures/evidence-rules';
import { NOTE_SCENARIOS } from './index';
import { trimester } from './scenarios-prenatal-immunization';
import { benignExcisionCode, repairCode } from './scenarios-skin';
import { sampleNotes } from './sample';
import type { GeneratedNote } from './types';

const all = NOTE_SCENARIOS.flatMap((s) => sampleNotes(s, 40).map((x) => ({ ...x, s })));
const withDx = (prefix: RegExp) => all.filter((x) => x.note.gold.diagnoses.some((c) => prefix.test(c)));

/** Codes whose laterality is in a fixed position: the character that says right/left/bilateral. */
const LATERALITY: readonly { code: RegExp; at: number; right: string; left: string; both?: string }[] = [
  { code: /^S(52\.53|82\.6|72\.32|93\.4|63\.50|51\.81|61\.41|81\.81)/, at: 6, right: '1', left: '2' },
  { code: /^S82\.6[1-6]/, at: 5, right: '14', left: '25' },
  { code: /^L03\.11/, at: 6, right: '35', left: '46' },
  { code: /^M17\.1/, at: 5, right: '1', left: '2' },
  { code: /^M(75\.5|54\.[34]|25\.63|12\.57|21\.75|10\.07)/, at: 5, right: '1', left: '2' },
  { code: /^H66\.00/, at: 6, right: '1', left: '2', both: '3' },
  { code: /^H81\.1/, at: 5, right: '1', left: '2' },
  { code: /^D22\.[67]/, at: 5, right: '1', left: '2' },
];

function lateralityOf(code: string): 'right' | 'left' | 'bilateral' | undefined {
  if (code === 'M17.0') return 'bilateral';
  for (const rule of LATERALITY) {
    if (!rule.code.test(code)) continue;
    const ch = code[rule.at]!;
    if (rule.right.includes(ch)) return 'right';
    if (rule.left.includes(ch)) return 'left';
    if (rule.both?.includes(ch)) return 'bilateral';
  }
  return undefined;
}

function procedures(note: GeneratedNote, code: string) {
  return note.gold.procedures.filter((p) => p.code === code);
}

describe('evidence in the text for each gold code', () => {
  it('laterality words match the laterality character', () => {
    let checked = 0;
    for (const { s, note } of all) {
      for (const code of note.gold.diagnoses) {
        const side = lateralityOf(code);
        if (!side) continue;
        checked++;
        const pattern = side === 'bilateral' ? /bilateral|both/i : new RegExp(`\\b${side}\\b`, 'i');
        expect(note.text, `${s.id} ${code}`).toMatch(pattern);
        if (side !== 'bilateral') {
          const other = side === 'right' ? 'left' : 'right';
          const assessment = note.text.split(/ASSESSMENT:|\nA:|Impression:/)[1] ?? '';
          expect(assessment, `${s.id} ${code} assessment names the other side`).not.toMatch(new RegExp(`\\b${other}\\b(?! deltoid| gluteus)`, 'i'));
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('Z68 matches a BMI value written in the note, and only with an obesity diagnosis', () => {
    const notes = withDx(/^Z68\./);
    expect(notes.length).toBeGreaterThan(10);
    for (const { s, note } of notes) {
      const z68 = note.gold.diagnoses.find((c) => c.startsWith('Z68'))!;
      expect(note.gold.diagnoses.some((c) => c.startsWith('E66')), s.id).toBe(true);
      if (z68 === 'Z68.54') {
        expect(note.text).toMatch(/BMI 9[5-9]th percentile/);
        continue;
      }
      const bmis = [...note.text.matchAll(/BMI (\d{2}\.\d)/g)].map((m) => z68ForAdultBmi(Number(m[1])));
      expect(bmis, s.id).toContain(z68);
    }
    // BMI in the vitals of other notes is never coded on its own.
    const uncoded = all.filter((x) => /BMI \d{2}\.\d/.test(x.note.text) && !x.note.gold.diagnoses.some((c) => c.startsWith('E66')));
    expect(uncoded.length).toBeGreaterThan(50);
    for (const { note } of uncoded) expect(note.gold.diagnoses.some((c) => c.startsWith('Z68'))).toBe(false);
  });

  it('Z3A weeks and the trimester character agree with the gestational age in the note', () => {
    const notes = withDx(/^Z3A\./);
    expect(notes.length).toBeGreaterThan(20);
    for (const { s, note } of notes) {
      const weeks = Number(note.gold.diagnoses.find((c) => c.startsWith('Z3A'))!.slice(4));
      expect(note.text, s.id).toMatch(new RegExp(`\\b${weeks}w\\dd\\b`));
      const supervision = note.gold.diagnoses[0]!;
      expect(supervision, s.id).toMatch(/^(Z34\.[08]|O09\.\d\d)[123]$/);
      expect(Number(supervision.slice(-1)), `${s.id} ${supervision} at ${weeks} weeks`).toBe(trimester(weeks));
    }
  });

  it('the 7th character matches the encounter described', () => {
    for (const { s, note } of withDx(/^S\d\d\.\w{4}$/)) {
      for (const code of note.gold.diagnoses.filter((c) => /^S\d\d\.\w{4}$/.test(c))) {
        const seventh = code.slice(-1);
        if (seventh === 'D') expect(note.text, code).toMatch(/subsequent encounter/i);
        if (seventh === 'G') expect(note.text, code).toMatch(/delayed healing/i);
        if (seventh === 'S') {
          expect(note.text, code).toMatch(/sequela/i);
          expect(note.gold.diagnoses.indexOf(code), `${s.id}: residual condition first`).toBe(1);
        }
        if (seventh === 'A') expect(note.text, code).not.toMatch(/subsequent encounter|sequela/i);
      }
    }
  });

  it('every gold diagnosis has its words in the note (and every code has a rule)', () => {
    const unruled = new Set<string>();
    for (const { s, note } of all) {
      for (const code of note.gold.diagnoses) {
        const rule = EVIDENCE_RULES.find(([c]) => c.test(code));
        if (!rule) {
          unruled.add(code);
          continue;
        }
        expect(note.text, `${s.id} ${code}`).toMatch(rule[1]);
      }
    }
    expect([...unruled]).toEqual([]);
  });

  it('repair and excision codes match the documented length and excised diameter', () => {
    for (const { s, note } of all.filter((x) => x.s.id === 'laceration-repair')) {
      const cm = Number(/Total length repaired: (\d+\.\d) cm/.exec(note.text)![1]);
      const face = /forehead/.test(note.text);
      const layered = /Intermediate \(layered\)/.test(note.text);
      expect(note.gold.procedures[0]!.code, s.id).toBe(repairCode(face, layered, cm));
    }
    for (const { s, note } of all.filter((x) => x.s.id === 'skin-lesion-excision')) {
      const cm = Number(/excised diameter (\d+\.\d) cm/.exec(note.text)![1]);
      expect(note.gold.procedures[0]!.code, s.id).toBe(benignExcisionCode(cm));
    }
    expect(repairCode(false, false, 2.5)).toBe('12001');
    expect(repairCode(false, false, 2.6)).toBe('12002');
    expect(repairCode(true, false, 5.0)).toBe('12013');
    expect(benignExcisionCode(2.1)).toBe('11403');
  });

  it('J-code units match the dose given', () => {
    for (const { s, note } of all) {
      for (const p of procedures(note, 'J1885')) expect(note.text, s.id).toContain(`Ketorolac ${p.units! * 15} mg`);
      for (const p of procedures(note, 'J3301')) expect(note.text, s.id).toMatch(p.units === 8 ? /40 mg into each knee/ : /triamcinolone acetonide 40 mg/);
      for (const p of procedures(note, 'J0696')) expect(`${p.units} ${note.text}`, s.id).toMatch(/^4 [\s\S]*Ceftriaxone 1 g IM/);
      for (const p of procedures(note, '90460')) {
        const given = /Administered: ([^.]+)\./.exec(note.text)![1]!;
        expect(given.split(/, and |, | and /).length, s.id).toBe(p.units);
      }
    }
  });

  it('the E/M level is backed by the MDM level or the total minutes written in the note', () => {
    const names = { 2: 'straightforward', 3: 'low', 4: 'moderate', 5: 'high' } as const;
    const bands = { new: { 2: [15, 29], 3: [30, 44], 4: [45, 59], 5: [60, 74] }, est: { 2: [10, 19], 3: [20, 29], 4: [30, 39], 5: [40, 54] } } as const;
    for (const { s, note } of all) {
      const em = note.gold.procedures.find((p) => /^99(20[2-5]|21[2-5])$/.test(p.code));
      if (!em) continue;
      const level = Number(em.code.slice(-1)) as 2 | 3 | 4 | 5;
      const minutes = /(?:total time[^:]*: |a total of )(\d+) min/i.exec(note.text);
      if (minutes) {
        const [lo, hi] = bands[em.code.startsWith('9920') ? 'new' : 'est'][level];
        expect(Number(minutes[1]), `${s.id} ${em.code}`).toBeGreaterThanOrEqual(lo);
        expect(Number(minutes[1]), `${s.id} ${em.code}`).toBeLessThanOrEqual(hi);
      } else {
        expect(note.text, `${s.id} ${em.code}`).toMatch(new RegExp(`(MDM: ${names[level]}\\.|\\(${names[level]} complexity\\))`));
      }
    }
  });
});

describe('what must not be coded', () => {
  it('ruled-out and uncertain diagnoses stay symptoms', () => {
    for (const { note } of all.filter((x) => x.s.id === 'cough-rule-out-pneumonia')) {
      expect(note.text).toMatch(/rule out|r\/o|possible/i);
      expect(note.gold.diagnoses.some((c) => c.startsWith('J'))).toBe(false);
    }
    for (const { note } of all.filter((x) => x.s.id === 'chest-pain-ruled-out')) {
      expect(note.gold.diagnoses.some((c) => /^(I2[0-5]|K21)/.test(c))).toBe(false);
    }
    for (const { note } of all.filter((x) => x.s.id === 'headache' && /possible|probable/.test(x.note.text))) {
      expect(note.gold.diagnoses).toEqual(['R51.9']);
    }
  });

  it('negated symptoms and background family history are not coded', () => {
    for (const { s, note } of all) {
      if (/mother had breast cancer/i.test(note.text)) expect(note.gold.diagnoses, s.id).not.toContain('Z80.3');
      if (/father had an MI/i.test(note.text)) expect(note.gold.diagnoses, s.id).not.toContain('Z82.49');
      if (/(Denies|No|Negative for)[^.]*chest pain/.test(note.text) && s.id !== 'chest-pain-ruled-out') {
        expect(note.gold.diagnoses.some((c) => c.startsWith('R07')), s.id).toBe(false);
      }
      if (/s\/p appendectomy|history of kidney stones/i.test(note.text)) {
        expect(note.gold.diagnoses.some((c) => /^Z(90|87\.44)/.test(c)), s.id).toBe(false);
      }
    }
  });

  it('type 1 diabetes never carries Z79.4; type 2 on insulin always does', () => {
    for (const { note } of withDx(/^E10/)) expect(note.gold.diagnoses).not.toContain('Z79.4');
    for (const { s, note } of withDx(/^E11/)) {
      const meds = /insulin glargine|insulin lispro/.test(note.text);
      expect(note.gold.diagnoses.includes('Z79.4'), s.id).toBe(meds);
    }
  });
});
