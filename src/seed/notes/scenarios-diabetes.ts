// Diabetes mellitus: combination codes (E11.22 + N18.x, E11.42, E11.65), the "use additional code"
// for long-term drug therapy (Z79.4 insulin, Z79.84 oral, Z79.85 injectable non-insulin) for
// type 2 only; type 1 never takes Z79.4 (insulin is inherent to the disease).
import { MDM, emStatement, officeEmCode } from './em';
import { alcohol, familyNoise, normalExam, surgicalNoise, tobacco, vitals } from './clinical';
import { ANY_SEX, begin, finish, scenario, type Ctx } from './kit';
import { denies } from './text';
import type { GeneratedNote } from './types';

interface Regimen {
  meds: string[];
  codes: string[];
  text: string;
}

function t2Regimen(c: Ctx, avoidMetformin: boolean): Regimen {
  const { r } = c;
  const glargine = `insulin glargine ${r.int(12, 40)} units at bedtime`;
  const options: Regimen[] = [
    { meds: [glargine, 'insulin lispro per sliding scale'], codes: ['Z79.4'], text: 'on basal-bolus insulin long term' },
    { meds: [glargine, 'linagliptin 5 mg daily'], codes: ['Z79.4', 'Z79.84'], text: 'on long-term insulin plus an oral agent' },
  ];
  if (!avoidMetformin) {
    options.push(
      { meds: [`metformin ${r.pick(['500', '1000'])} mg BID`], codes: ['Z79.84'], text: 'on metformin' },
      { meds: ['metformin 1000 mg BID', glargine], codes: ['Z79.4', 'Z79.84'], text: 'on metformin and long-term basal insulin' },
      { meds: ['metformin 1000 mg BID', `semaglutide ${r.pick(['0.5', '1'])} mg SC weekly`], codes: ['Z79.85', 'Z79.84'], text: 'on metformin and weekly semaglutide injections' },
    );
  }
  return r.pick(options);
}

const CKD = [
  { code: 'N18.2', words: ['CKD stage 2', 'chronic kidney disease, stage 2'], egfr: [60, 89] },
  { code: 'N18.30', words: ['CKD stage 3', 'chronic kidney disease stage 3'], egfr: [32, 58] },
  { code: 'N18.31', words: ['CKD stage 3a', 'chronic kidney disease stage 3a'], egfr: [45, 59] },
  { code: 'N18.32', words: ['CKD stage 3b', 'stage 3b chronic kidney disease'], egfr: [30, 44] },
  { code: 'N18.4', words: ['CKD stage 4', 'stage 4 CKD'], egfr: [15, 29] },
] as const;

export function pickCkd(c: Ctx): { code: string; word: string; egfr: number } {
  const s = c.r.pick(CKD);
  return { code: s.code, word: c.r.pick(s.words), egfr: c.r.int(s.egfr[0], s.egfr[1]) };
}

/** A serum creatinine roughly consistent with the eGFR, so the note does not contradict itself. */
export function creatinineFor(c: Ctx, egfr: number): string {
  const [lo, hi] = egfr >= 60 ? [0.9, 1.2] : egfr >= 45 ? [1.2, 1.6] : egfr >= 30 ? [1.6, 2.2] : [2.2, 3.4];
  return c.r.float1(lo, hi).toFixed(1);
}

function t2dmCkd(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  const ckd = pickCkd(c);
  const htn = r.chance(0.6);
  const reg = t2Regimen(c, ckd.code === 'N18.4' || ckd.code === 'N18.32');
  const a1c = r.float1(6.6, 7.9);
  const dm = r.pick(['T2DM with diabetic CKD', 'Type 2 diabetes mellitus with diabetic chronic kidney disease', 'CKD due to type 2 diabetes']);
  g.dx('E11.22');
  if (htn) g.dx('I12.9');
  g.dx(ckd.code);
  reg.codes.forEach((code) => g.dx(code));
  g.em(officeEmCode(p.newPatient, 4));
  g.proc({ system: 'CPT', code: '36415' });
  const smoke = tobacco(r, p, htn);
  if (smoke.code) g.dx(smoke.code);
  return finish(c, {
    cc: r.pick(['Diabetes and kidney follow-up.', 'DM/CKD recheck.', 'Follow-up of diabetes and kidney function.']),
    hpi: `${who.full} is a ${who.age} ${who.noun} with type 2 diabetes ${reg.text}. Last A1c ${a1c}%. Recent eGFR ${ckd.egfr} mL/min/1.73m2 with urine albumin/creatinine ratio ${r.int(35, 280)} mg/g. ${denies(r, ['polyuria', 'polydipsia', 'hypoglycemic episodes', 'foot ulcers', 'blurred vision'])}`,
    pmh: [`T2DM since ${Number(p.dateOfService.slice(0, 4)) - r.int(4, 18)}`, ckd.word, ...(htn ? [r.pick(['HTN', 'hypertension'])] : []), ...surgicalNoise(r, p)],
    meds: [...reg.meds, ...(htn ? [r.pick(['lisinopril 20 mg daily', 'losartan 50 mg daily'])] : []), 'atorvastatin 20 mg'],
    fh: familyNoise(r, ['diabetes'], p.ageYears < 18),
    sh: `${smoke.text} ${alcohol(r)}`,
    ros: denies(r, ['chest pain', 'dyspnea', 'edema', 'dysuria']),
    vitals: vitals(r, p, { bp: htn ? [r.int(128, 146), r.int(74, 90)] : undefined }),
    exam: `${normalExam(r, ['general', 'heart', 'lungs'])} Feet: intact skin, pulses 2+, monofilament sensation intact.`,
    results: `BMP: creatinine ${creatinineFor(c, ckd.egfr)} mg/dL, eGFR ${ckd.egfr}. K ${r.float1(3.8, 5.1)}.`,
    assessment: [`${dm}, ${ckd.word}`, ...(htn ? [r.pick(['Hypertension', 'Essential hypertension'])] : []), reg.meds.some((m) => m.includes('insulin')) ? 'Long-term (current) use of insulin' : 'Long-term use of oral hypoglycemic'],
    plan: [`Continue current diabetes regimen; A1c goal < 7.5%.`, `Repeat BMP and UACR today (venipuncture in office).`, ...(htn ? ['BP goal < 130/80; continue ARB/ACE inhibitor for renal protection.'] : []), `Avoid NSAIDs. ${r.pick(['Nephrology referral placed.', 'Recheck in 3 months.'])}`],
    billing: emStatement(r, p, 4, MDM.twoChronic),
  });
}

function t2dmNeuropathy(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  const reg = t2Regimen(c, false);
  const hyper = r.chance(0.5);
  const a1c = hyper ? r.float1(9.1, 11.8) : r.float1(6.7, 7.8);
  g.dx('E11.42');
  if (hyper) g.dx('E11.65');
  reg.codes.forEach((code) => g.dx(code));
  g.em(officeEmCode(p.newPatient, 4));
  g.proc({ system: 'CPT', code: '82962' });
  const neuro = r.pick(['diabetic polyneuropathy', 'diabetic peripheral polyneuropathy', 'distal symmetric polyneuropathy due to type 2 diabetes']);
  return finish(c, {
    cc: r.pick(['Burning feet.', 'Numbness and tingling in both feet.', 'Diabetes follow-up, foot symptoms.']),
    hpi: `${who.title} reports ${r.pick(['burning', 'pins-and-needles', 'numbness'])} in both feet for ${r.int(3, 12)} months, worse at night. Type 2 diabetes ${reg.text}. A1c ${a1c}%${hyper ? ', up from last visit; admits dietary lapses' : ''}. ${denies(r, ['foot ulcers', 'weakness', 'falls', 'back pain'])}`,
    pmh: ['T2DM', ...surgicalNoise(r, p)],
    meds: [...reg.meds, r.pick(['gabapentin 300 mg qhs', 'duloxetine 30 mg daily'])],
    fh: familyNoise(r, [], p.ageYears < 18),
    sh: `${tobacco(r, p, false).text} ${alcohol(r)}`,
    ros: denies(r, ['chest pain', 'visual change', 'bowel or bladder incontinence']),
    vitals: vitals(r, p),
    exam: `${normalExam(r, ['general', 'heart'])} Feet: decreased monofilament sensation to ${r.int(3, 7)}/10 sites bilaterally, vibration reduced at the great toes, no ulcers, DP pulses 2+.`,
    results: `Fingerstick glucose ${hyper ? r.int(210, 320) : r.int(110, 168)} mg/dL (office glucometer).`,
    assessment: [`Type 2 diabetes mellitus with ${neuro}`, ...(hyper ? [r.pick(['T2DM with hyperglycemia, poorly controlled', 'Type 2 DM with hyperglycemia'])] : [])],
    plan: [r.pick(['Increase gabapentin to 300 mg TID.', 'Start duloxetine 30 mg daily.']), 'Daily foot inspection; podiatry referral.', ...(hyper ? ['Intensify therapy; recheck A1c in 3 months.'] : [])],
    billing: emStatement(r, p, 4, { ...MDM.chronicProgression, problems: `1 chronic illness with progression (symptomatic neuropathy)${hyper ? ' and hyperglycemia' : ''}` }),
  });
}

function t2dmHyperglycemia(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  const reg = t2Regimen(c, false);
  const a1c = r.float1(8.6, 12.4);
  g.dx('E11.65');
  reg.codes.forEach((code) => g.dx(code));
  g.em(officeEmCode(p.newPatient, 4));
  g.proc({ system: 'CPT', code: '82962' });
  return finish(c, {
    cc: r.pick(['Uncontrolled sugars.', 'High blood sugars at home.', 'DM2 follow-up.']),
    hpi: `${who.age} ${who.noun} with type 2 diabetes ${reg.text}, home readings ${r.int(180, 260)}-${r.int(270, 380)} mg/dL. A1c today ${a1c}% (was ${r.float1(7.0, 8.4)}%). Reports polyuria. ${denies(r, ['vomiting', 'abdominal pain', 'confusion', 'hypoglycemia'])} Return precautions for DKA symptoms reviewed, none present.`,
    pmh: ['Type 2 diabetes', ...surgicalNoise(r, p)],
    meds: reg.meds,
    fh: familyNoise(r, ['diabetes'], p.ageYears < 18),
    sh: tobacco(r, p, false).text,
    ros: denies(r, ['chest pain', 'numbness of feet', 'vision loss']),
    vitals: vitals(r, p),
    exam: `${normalExam(r, ['general', 'heart', 'lungs', 'extremities'])} Monofilament intact.`,
    results: `POC glucose ${r.int(220, 340)} mg/dL.`,
    assessment: [r.pick(['Type 2 diabetes mellitus with hyperglycemia', 'T2DM, poorly controlled (hyperglycemia)', 'DM type 2 with hyperglycemia, A1c above goal'])],
    plan: [reg.codes.includes('Z79.4') ? 'Increase glargine by 4 units, then titrate by 2 units every 3 days to fasting < 130.' : 'Add empagliflozin 10 mg daily; diabetes education referral.', 'Recheck in 4-6 weeks; call if glucose > 400 or vomiting.'],
    billing: emStatement(r, p, 4, MDM.chronicProgression),
  });
}

function t1dm(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  const variant = r.pick(['controlled', 'hyper', 'hypo'] as const);
  const code = variant === 'hyper' ? 'E10.65' : variant === 'hypo' ? 'E10.649' : 'E10.9';
  g.dx(code);
  g.em(officeEmCode(p.newPatient, variant === 'controlled' ? 3 : 4));
  g.proc({ system: 'CPT', code: '82962' });
  const pump = r.chance(0.5);
  const assessment = {
    controlled: r.pick(['Type 1 diabetes mellitus without complications, at goal', 'T1DM, well controlled, no complications']),
    hyper: r.pick(['Type 1 diabetes with hyperglycemia', 'T1DM, poorly controlled with hyperglycemia']),
    hypo: r.pick(['Type 1 diabetes with hypoglycemia without coma', 'T1DM with recurrent hypoglycemia, no loss of consciousness']),
  }[variant];
  return finish(c, {
    cc: r.pick(['Type 1 diabetes follow-up.', 'T1DM check.']),
    hpi: `${who.full}, ${who.age}, diagnosed with type 1 diabetes at age ${r.int(4, Math.max(5, Math.min(25, p.ageYears - 1)))}, uses ${pump ? 'an insulin pump with CGM' : 'multiple daily injections (glargine + aspart)'}. ${variant === 'hypo' ? `Had ${r.int(2, 5)} lows in the 50s this month, treated with juice, never lost consciousness.` : variant === 'hyper' ? `CGM time-in-range ${r.int(30, 50)}%, frequent readings over 250.` : `Time-in-range ${r.int(70, 85)}%.`} ${denies(r, ['DKA admissions', 'numbness', 'vision changes'])}`,
    pmh: ['Type 1 DM', ...(r.chance(0.3) ? ['celiac disease screening negative'] : [])],
    meds: [pump ? 'insulin aspart via pump' : 'insulin glargine, insulin aspart with meals'],
    fh: familyNoise(r, [], p.ageYears < 18),
    sh: tobacco(r, p, false).text,
    ros: denies(r, ['polyuria', 'abdominal pain', 'chest pain']),
    vitals: vitals(r, p),
    exam: `${normalExam(r, ['general', 'heart', 'lungs'])} Injection sites without lipohypertrophy. Feet normal sensation.`,
    results: `Fingerstick glucose ${variant === 'hypo' ? r.int(68, 110) : variant === 'hyper' ? r.int(240, 330) : r.int(100, 150)} mg/dL.`,
    assessment: [assessment],
    plan: [variant === 'hypo' ? 'Reduce basal by 10%; glucagon kit refilled.' : variant === 'hyper' ? 'Increase carb ratio; review pump settings.' : 'Continue current settings.', 'A1c, TSH and UACR with next labs; eye exam yearly.'],
    billing: emStatement(r, p, variant === 'controlled' ? 3 : 4, variant === 'controlled' ? MDM.stableChronic : MDM.chronicProgression),
  });
}

export const DIABETES_SCENARIOS = [
  scenario({ id: 't2dm-ckd', title: 'Type 2 diabetes with diabetic CKD (stage documented), with or without hypertension', sexes: ANY_SEX, ageRange: [40, 90], weight: 5, generate: (r, p) => t2dmCkd(begin(r, p)) }),
  scenario({ id: 't2dm-neuropathy', title: 'Type 2 diabetes with polyneuropathy, sometimes hyperglycemia', sexes: ANY_SEX, ageRange: [35, 90], weight: 4, generate: (r, p) => t2dmNeuropathy(begin(r, p)) }),
  scenario({ id: 't2dm-hyperglycemia', title: 'Type 2 diabetes with hyperglycemia, regimen change', sexes: ANY_SEX, ageRange: [25, 85], weight: 5, generate: (r, p) => t2dmHyperglycemia(begin(r, p)) }),
  scenario({ id: 't1dm', title: 'Type 1 diabetes follow-up (controlled, hyperglycemia or hypoglycemia)', sexes: ANY_SEX, ageRange: [8, 70], weight: 1, generate: (r, p) => t1dm(begin(r, p)) }),
];
