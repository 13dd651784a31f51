// Z codes placed by rule from what the note documents: long-term drug therapy, tobacco status (when a
// coded condition's tabular note asks for it), BMI with a weight diagnosis, immunization encounters.
import { notesFor, notesOfKind } from '../codesets/index';
import type { Candidate } from './candidates';
import type { ConventionContext } from './conventions';
import type { NoteFacts } from './facts';

const INSULIN = /\b(insulin|glargine|lantus|basaglar|toujeo|levemir|detemir|degludec|tresiba|humalog|lispro|novolog|aspart|humulin|novolin|nph)\b/i;
const ORAL_HYPOGLYCEMIC = /\b(metformin|glucophage|glipizide|glyburide|glimepiride|sitagliptin|januvia|linagliptin|tradjenta|saxagliptin|alogliptin|pioglitazone|empagliflozin|jardiance|dapagliflozin|farxiga|canagliflozin|invokana|ertugliflozin|oral (?:agent|hypoglycemic|antidiabetic)|rybelsus)\b/i;
const INJECTABLE_NON_INSULIN = /\b(semaglutide|ozempic|liraglutide|victoza|dulaglutide|trulicity|tirzepatide|mounjaro|exenatide|byetta|bydureon)\b/i;
const ANTICOAGULANT = /\b(warfarin|coumadin|apixaban|eliquis|rivaroxaban|xarelto|dabigatran|pradaxa|edoxaban|savaysa|enoxaparin|lovenox|anticoagula\w*)\b/i;
const NEGATED_DRUG = /\b(?:not on|no|off|stop|stopped|discontinue|discontinued|hold|held|declines?|refuses?)\s+(?:\w+\s+){0,2}$/i;

function mentioned(text: string, re: RegExp): { start: number; end: number } | undefined {
  const g = new RegExp(re.source, 'gi');
  for (const m of text.matchAll(g)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (NEGATED_DRUG.test(before)) continue;
    return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

function rule(text: string, code: string, title: string, at: { start: number; end: number } | undefined, rationale: string, confidence = 0.8): Candidate {
  const evidence = at ? [{ start: at.start, end: at.end, text: text.slice(at.start, at.end) }] : [];
  return { code, title, confidence, evidence, rationale, position: Number.MAX_SAFE_INTEGER, words: [], sentenceWords: new Set(), byRule: true, unsettled: [] };
}

export function drugTherapyCodes(text: string, list: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const dm = list.find((c) => /^E(0[89]|1[13])/.test(c.code));
  if (dm) {
    const insulin = mentioned(text, INSULIN);
    if (insulin) out.push(rule(text, 'Z794', 'Long term (current) use of insulin', insulin, 'diabetes on insulin: the E08-E13 note asks for the long-term drug code'));
    const oral = mentioned(text, ORAL_HYPOGLYCEMIC);
    if (oral) out.push(rule(text, 'Z7984', 'Long term (current) use of oral hypoglycemic drugs', oral, 'diabetes on an oral hypoglycemic: use additional code Z79.84'));
    const inj = mentioned(text, INJECTABLE_NON_INSULIN);
    if (inj) out.push(rule(text, 'Z7985', 'Long-term (current) use of injectable non-insulin antidiabetic drugs', inj, 'diabetes on an injectable non-insulin drug: use additional code Z79.85'));
  }
  const needsAnticoagulant = list.some((c) => /^(I48|I26|I82|Z86\.7)/.test(c.code));
  const anticoagulant = needsAnticoagulant ? mentioned(text, ANTICOAGULANT) : undefined;
  if (anticoagulant) out.push(rule(text, 'Z7901', 'Long term (current) use of anticoagulants', anticoagulant, 'on an anticoagulant for a coded thromboembolic condition'));
  return out;
}

const NEVER_SMOKER = /\b(never smoker|never smoked|non-?smoker|denies (?:any )?(?:tobacco|smoking)|no tobacco|does not smoke|doesn't smoke)\b/i;
const FORMER = /\b(former smoker|ex-?smoker|quit smoking|quit tobacco|stopped smoking|former tobacco|history of (?:tobacco|smoking)|remote smoking|smoked .{0,30}\bquit)\b/i;
const SECONDHAND = /\b(second-?hand smoke|passive smoking|smokers? in the (?:home|household)|exposed to (?:tobacco )?smoke)\b/i;
const CURRENT = /\b(current(?:ly)? smok\w*|smokes|smoking \d|active smoker|\d+(?:\.\d+)?\s*(?:ppd|packs? (?:per|a) day)|cigarettes? (?:daily|per day|a day)|current smoker|smoker)\b/i;

/** Tobacco status, when a coded condition's "use additional code" note names it (e.g. J44, H65-H66, I10-I16, I20-I25). */
export function tobaccoCodes(ctx: ConventionContext, text: string, list: readonly Candidate[]): Candidate[] {
  const tabular = ctx.notesRelease?.tabular;
  if (!tabular) return [];
  const asks = list.some((c) => notesOfKind(notesFor(tabular, c.code), 'useAdditionalCode').some((n) => /tobacco/i.test(n.text)));
  if (!asks) return [];
  const secondhand = SECONDHAND.exec(text);
  if (secondhand && !/\bno smokers?\b|\bsmoke-?free\b/i.test(text.slice(Math.max(0, secondhand.index - 10), secondhand.index + secondhand[0].length))) {
    return [rule(text, 'Z7722', 'Contact with and (suspected) exposure to environmental tobacco smoke (acute) (chronic)', { start: secondhand.index, end: secondhand.index + secondhand[0].length }, 'exposure to tobacco smoke, as the tabular note of a coded condition asks')];
  }
  const former = FORMER.exec(text);
  if (former) return [rule(text, 'Z87891', 'Personal history of nicotine dependence', { start: former.index, end: former.index + former[0].length }, 'former smoker, as the tabular note of a coded condition asks')];
  if (NEVER_SMOKER.test(text)) return [];
  const current = CURRENT.exec(text);
  if (current) return [rule(text, 'F17210', 'Nicotine dependence, cigarettes, uncomplicated', { start: current.index, end: current.index + current[0].length }, 'current cigarette smoker, as the tabular note of a coded condition asks (tobacco dependence F17.-)', 0.7)];
  return [];
}

/** BMI (Z68) only with a weight diagnosis (guideline I.B.14), adults by value, children 2-19 by percentile. */
export function bmiCode(text: string, facts: NoteFacts, list: readonly Candidate[]): Candidate[] {
  if (!list.some((c) => /^E66|^R63\.?5|^E44|^R62/.test(c.code))) return [];
  const at = /\bBMI\b[^.\n]{0,24}/i.exec(text);
  const where = at ? { start: at.index, end: at.index + at[0].length } : undefined;
  const age = facts.ageYears;
  if (age !== undefined && age >= 2 && age < 20) {
    const p = facts.bmiPercentile;
    if (p === undefined) return [];
    const code = p < 5 ? 'Z6851' : p < 85 ? 'Z6852' : p < 95 ? 'Z6853' : 'Z6854';
    return [rule(text, code, `Body mass index, pediatric, ${p}th percentile`, where, 'pediatric BMI percentile documented with a weight diagnosis')];
  }
  const bmi = facts.bmi;
  if (bmi === undefined || bmi < 10 || bmi > 90) return [];
  let code: string;
  if (bmi < 20) code = 'Z681';
  else if (bmi < 40) code = `Z68${Math.floor(bmi)}`;
  else if (bmi < 45) code = 'Z6841';
  else if (bmi < 50) code = 'Z6842';
  else if (bmi < 60) code = 'Z6843';
  else if (bmi < 70) code = 'Z6844';
  else code = 'Z6845';
  return [rule(text, code, `Body mass index ${bmi}, adult`, where, 'adult BMI documented with a weight diagnosis (guideline I.B.14)')];
}
