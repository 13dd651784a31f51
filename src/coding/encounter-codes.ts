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

const DELIVERY = /\b(cesarean|c-section|vaginal delivery|delivered|svd|nsvd)\b/i;
const SCREENING: readonly (readonly [RegExp, string, string])[] = [
  [/\bscreening colonoscopy\b|\bcolonoscopy\b[^.\n]{0,40}\bscreening\b|\bscreening for (?:malignant neoplasm of )?colon/i, 'Z1211', 'Encounter for screening for malignant neoplasm of colon'],
  [/\bscreening mammogra\w+|\bmammogra\w+[^.\n]{0,20}\bscreening\b/i, 'Z1231', 'Encounter for screening mammogram for malignant neoplasm of breast'],
];

const COUNSELING: readonly (readonly [RegExp, string, string])[] = [
  [/\b(nutrition(?:al)? counseling|diet(?:ary)? counseling|counsel\w* on (?:diet|nutrition))\b/i, 'Z713', 'Dietary counseling and surveillance'],
  [/\b(?:smoking|tobacco) cessation counseling\b/i, 'Z716', 'Tobacco abuse counseling'],
];

function z3a(weeks: number): string {
  return weeks < 8 ? 'Z3A01' : weeks > 42 ? 'Z3A49' : `Z3A${String(weeks).padStart(2, '0')}`;
}

export function encounterCodes(text: string, facts: NoteFacts, preventive: 'child' | 'adult' | 'awv' | undefined, vaccines: number, otherProblems: number): Candidate[] {
  const out: Candidate[] = [];
  if (preventive) {
    const at = /\b(well[- ]child|routine|annual|preventive|wellness|physical|health maintenance)\b/i.exec(text);
    const abnormal = ABNORMAL.test(text) || (!NORMAL.test(text) && otherProblems > 0);
    const where = at ? { index: at.index, length: at[0].length } : undefined;
    if (preventive === 'child') out.push(rule(text, abnormal ? 'Z00121' : 'Z00129', `Encounter for routine child health examination ${abnormal ? 'with' : 'without'} abnormal findings`, where, `routine child health examination; ${abnormal ? 'abnormal findings documented' : 'no abnormal findings'}`));
    else out.push(rule(text, abnormal ? 'Z0001' : 'Z0000', `Encounter for general adult medical examination ${abnormal ? 'with' : 'without'} abnormal findings`, where, `routine adult examination; ${abnormal ? 'abnormal findings documented' : 'no abnormal findings'}`));
  }
  const delivery = DELIVERY.exec(text);
  if (delivery && facts.sex !== 'M') {
    const where = { index: delivery.index, length: delivery[0].length };
    if (/\b(liveborn|live-?born|viable|apgars?)\b/i.test(text) && !/\b(twins?|triplets?)\b/i.test(text)) out.push({ ...rule(text, 'Z370', 'Single live birth', where, 'outcome of delivery: one liveborn infant'), position: Number.MAX_SAFE_INTEGER - 1 });
    if (facts.weeksGestation !== undefined) out.push({ ...rule(text, z3a(facts.weeksGestation), `${facts.weeksGestation} weeks gestation of pregnancy`, where, 'weeks of gestation documented'), position: Number.MAX_SAFE_INTEGER - 1 });
  }
  const screening = SCREENING.map(([re, code, title]) => [re.exec(text), code, title] as const).filter(([m]) => m);
  for (const [m, code, title] of screening) out.push(rule(text, code, title, { index: m!.index, length: m![0].length }, 'encounter for screening as documented'));
  const prenatal = delivery ? null : PRENATAL.exec(text);
  if (prenatal && facts.weeksGestation !== undefined && facts.sex !== 'M') {
    const weeks = facts.weeksGestation;
    const tri = weeks < 14 ? 1 : weeks < 28 ? 2 : 3;
    const first = /\b(G1\b|G1P0|primigravida|first pregnancy|nulliparous)/i.test(text);
    const where = { index: prenatal.index, length: prenatal[0].length };
    out.push(rule(text, `Z34${first ? 0 : 8}${tri}`, `Encounter for supervision of ${first ? 'normal first' : 'other normal'} pregnancy, trimester ${tri}`, where, `routine prenatal visit at ${weeks} weeks (trimester ${tri})`));
    out.push({ ...rule(text, z3a(weeks), `${weeks} weeks gestation of pregnancy`, where, 'weeks of gestation documented'), position: Number.MAX_SAFE_INTEGER - 1 });
  }
  for (const [re, code, title] of COUNSELING) {
    const m = re.exec(text);
    if (m) out.push({ ...rule(text, code, title, { index: m.index, length: m[0].length }, 'counseling documented as given'), position: Number.MAX_SAFE_INTEGER - 3 });
  }
  if (preventive === 'awv' && /\b(phq-?[29]|depression screen\w*)\b/i.test(text)) out.push({ ...rule(text, 'Z1331', 'Encounter for screening for depression', undefined, 'depression screening at the annual wellness visit'), position: Number.MAX_SAFE_INTEGER - 3 });
  if (vaccines > 0) out.push({ ...rule(text, 'Z23', 'Encounter for immunization', undefined, 'vaccine administered at this visit'), position: Number.MAX_SAFE_INTEGER - 2 });
  return out;
}
