// Encounter Z codes (guideline I.C.21): routine examinations, prenatal supervision with weeks of
// gestation, immunization. They lead the claim when the visit is for them.
import type { Candidate } from './candidates';
import type { NoteFacts } from './facts';

function rule(text: string, code: string, title: string, at: { index: number; length: number } | undefined, rationale: string): Candidate {
  const evidence = at ? [{ start: at.index, end: at.index + at.length, text: text.slice(at.index, at.index + at.length) }] : [];
  return { code, title, confidence: 0.85, evidence, rationale, position: at?.index ?? 0, words: [], sentenceWords: new Set(), byRule: true, unsettled: [] };
}

const ABNORMAL = /\bwith abnormal findings\b/i;
const NORMAL = /\b(without|no) abnormal findings\b|\bnormal (?:exam|examination)\b/i;
const PRENATAL = /\b(prenatal|antenatal|routine ob|ob visit|obstetric(?:al)? visit|supervision of (?:normal )?pregnancy|intrauterine pregnancy|iup\b)/i;

export function encounterCodes(text: string, facts: NoteFacts, preventive: 'child' | 'adult' | 'awv' | undefined, vaccines: number, otherProblems: number): Candidate[] {
  const out: Candidate[] = [];
  if (preventive) {
    const at = /\b(well[- ]child|routine|annual|preventive|wellness|physical|health maintenance)\b/i.exec(text);
    const abnormal = ABNORMAL.test(text) || (!NORMAL.test(text) && otherProblems > 0);
    const where = at ? { index: at.index, length: at[0].length } : undefined;
    if (preventive === 'child') out.push(rule(text, abnormal ? 'Z00121' : 'Z00129', `Encounter for routine child health examination ${abnormal ? 'with' : 'without'} abnormal findings`, where, `routine child health examination; ${abnormal ? 'abnormal findings documented' : 'no abnormal findings'}`));
    else out.push(rule(text, abnormal ? 'Z0001' : 'Z0000', `Encounter for general adult medical examination ${abnormal ? 'with' : 'without'} abnormal findings`, where, `routine adult examination; ${abnormal ? 'abnormal findings documented' : 'no abnormal findings'}`));
  }
  const prenatal = PRENATAL.exec(text);
  if (prenatal && facts.weeksGestation !== undefined && facts.sex !== 'M') {
    const weeks = facts.weeksGestation;
    const tri = weeks < 14 ? 1 : weeks < 28 ? 2 : 3;
    const first = /\b(G1\b|G1P0|primigravida|first pregnancy|nulliparous)/i.test(text);
    const where = { index: prenatal.index, length: prenatal[0].length };
    out.push(rule(text, `Z34${first ? 0 : 8}${tri}`, `Encounter for supervision of ${first ? 'normal first' : 'other normal'} pregnancy, trimester ${tri}`, where, `routine prenatal visit at ${weeks} weeks (trimester ${tri})`));
    const z3a = weeks < 8 ? 'Z3A01' : weeks > 42 ? 'Z3A49' : `Z3A${String(weeks).padStart(2, '0')}`;
    out.push({ ...rule(text, z3a, `${weeks} weeks gestation of pregnancy`, where, 'weeks of gestation documented'), position: Number.MAX_SAFE_INTEGER - 1 });
  }
  if (vaccines > 0) out.push({ ...rule(text, 'Z23', 'Encounter for immunization', undefined, 'vaccine administered at this visit'), position: Number.MAX_SAFE_INTEGER - 2 });
  return out;
}
