// Hypertension and the heart. ICD-10-CM presumes a causal link between hypertension and CKD or
// heart failure, so "HTN" + "CKD 3a" is I12.9 + N18.31 and "HTN" + "HFrEF" is I11.0 + I50.22 even
// when the note does not link them. Chest pain that is "ruled out" for ACS stays a symptom (R07.x).
import { MDM, emStatement, officeEmCode } from './em';
import { alcohol, familyNoise, normalExam, surgicalNoise, tobacco, vitals } from './clinical';
import { creatinineFor, pickCkd } from './scenarios-diabetes';
import { ANY_SEX, begin, finish, scenario, type Ctx } from './kit';
import { denies } from './text';
import type { GeneratedNote } from './types';

function hypertension(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  const uncontrolled = r.chance(0.4);
  g.dx('I10');
  const smoke = tobacco(r, p, true);
  if (smoke.code) g.dx(smoke.code);
  const level = uncontrolled ? 4 : 3;
  g.em(officeEmCode(p.newPatient, level));
  const bp: [number, number] = uncontrolled ? [r.int(146, 168), r.int(88, 102)] : [r.int(118, 134), r.int(70, 84)];
  return finish(c, {
    cc: r.pick(['BP check.', 'Hypertension follow-up.', 'HTN f/u, med refill.']),
    hpi: `${who.full} is a ${who.age} ${who.noun} with essential hypertension on ${r.pick(['lisinopril 10 mg', 'amlodipine 5 mg', 'losartan 50 mg', 'HCTZ 25 mg'])} daily. Home readings ${uncontrolled ? `${bp[0] - r.int(0, 8)}s/${bp[1] - r.int(0, 4)}s` : 'mostly 120s/70s'}. ${denies(r, ['headache', 'chest pain', 'shortness of breath', 'vision changes', 'leg swelling'])}`,
    pmh: ['HTN', ...surgicalNoise(r, p)],
    meds: [r.pick(['lisinopril', 'amlodipine', 'losartan', 'hydrochlorothiazide'])],
    fh: familyNoise(r),
    sh: `${smoke.text} ${alcohol(r)}`,
    ros: denies(r, ['palpitations', 'orthopnea', 'syncope']),
    vitals: vitals(r, p, { bp }),
    exam: normalExam(r, ['general', 'heart', 'lungs', 'extremities']),
    assessment: [uncontrolled ? r.pick(['Essential hypertension, not at goal', 'Uncontrolled hypertension', 'HTN, above goal']) : r.pick(['Essential hypertension, controlled', 'HTN - stable', 'Benign essential hypertension'])],
    plan: [uncontrolled ? 'Increase dose / add second agent; BMP in 2 weeks; home BP log.' : 'Continue current regimen.', 'Low-sodium diet, exercise.', smoke.code === 'F17.210' ? 'Advised to quit smoking.' : 'Return in 6 months.'],
    billing: emStatement(r, p, level, uncontrolled ? MDM.chronicProgression : MDM.stableChronic),
  });
}

function hypertensionCkd(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  const ckd = pickCkd(c);
  g.dx('I12.9');
  g.dx(ckd.code);
  const smoke = tobacco(r, p, true);
  if (smoke.code) g.dx(smoke.code);
  g.em(officeEmCode(p.newPatient, 4));
  g.proc({ system: 'CPT', code: '36415' });
  return finish(c, {
    cc: r.pick(['Kidney function and BP follow-up.', 'HTN and CKD recheck.']),
    hpi: `${who.age} ${who.noun} with longstanding HTN and ${ckd.word} (eGFR ${ckd.egfr}). ${r.pick(['No diabetes.', 'Not diabetic (A1c 5.4%).'])} ${denies(r, ['edema', 'dyspnea', 'decreased urine output', 'NSAID use'])}`,
    pmh: [r.pick(['hypertension', 'HTN']), ckd.word, ...surgicalNoise(r, p)],
    meds: ['losartan 100 mg daily', r.pick(['amlodipine 10 mg daily', 'chlorthalidone 12.5 mg daily'])],
    fh: familyNoise(r, ['diabetes']),
    sh: `${smoke.text} ${alcohol(r)}`,
    ros: denies(r, ['chest pain', 'hematuria', 'headache']),
    vitals: vitals(r, p, { bp: [r.int(128, 150), r.int(76, 92)] }),
    exam: normalExam(r, ['general', 'heart', 'lungs', 'extremities']),
    results: `Creatinine ${creatinineFor(c, ckd.egfr)} mg/dL, eGFR ${ckd.egfr}, K ${r.float1(4.0, 5.2)}, UACR ${r.int(40, 400)} mg/g.`,
    assessment: [r.pick([`Hypertensive chronic kidney disease, ${ckd.word}`, `Hypertension with ${ckd.word}`, `HTN; ${ckd.word}`])],
    plan: ['Continue ARB at maximum dose; BP goal < 130/80.', 'BMP and UACR drawn today.', r.pick(['Nephrology follow-up as scheduled.', 'Renal diet handout; avoid NSAIDs.'])],
    billing: emStatement(r, p, 4, MDM.twoChronic),
  });
}

const HF_TYPES = [
  { code: 'I50.22', words: ['chronic systolic heart failure', 'chronic HFrEF (systolic)', 'chronic systolic CHF'], ef: [25, 38] },
  { code: 'I50.32', words: ['chronic diastolic heart failure', 'chronic HFpEF (diastolic CHF)', 'chronic diastolic CHF'], ef: [52, 65] },
  { code: 'I50.42', words: ['chronic combined systolic and diastolic heart failure', 'chronic combined systolic/diastolic CHF'], ef: [30, 40] },
] as const;

function hypertensiveHeartFailure(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  const hf = r.pick(HF_TYPES);
  const words = r.pick(hf.words);
  const ef = r.int(hf.ef[0], hf.ef[1]);
  g.dx('I11.0');
  g.dx(hf.code);
  const smoke = tobacco(r, p, true);
  if (smoke.code) g.dx(smoke.code);
  g.em(officeEmCode(p.newPatient, 4));
  return finish(c, {
    cc: r.pick(['CHF follow-up.', 'Heart failure and blood pressure check.']),
    hpi: `${who.full} has hypertension and ${words}; last echo EF ${ef}%. NYHA class ${r.pick(['II', 'II-III'])}. Weight ${r.pick(['stable', 'up 2 lb'])} on home scale. ${denies(r, ['orthopnea', 'PND', 'chest pain', 'syncope'])}`,
    pmh: ['HTN', words, ...surgicalNoise(r, p)],
    meds: ['carvedilol 12.5 mg BID', 'sacubitril/valsartan 49/51 mg BID', 'furosemide 20 mg daily', ...(hf.code === 'I50.32' ? ['empagliflozin 10 mg daily'] : ['spironolactone 25 mg daily'])],
    fh: familyNoise(r),
    sh: `${smoke.text} ${alcohol(r)}`,
    ros: denies(r, ['palpitations', 'cough', 'abdominal swelling']),
    vitals: vitals(r, p, { bp: [r.int(124, 148), r.int(70, 88)] }),
    exam: `${normalExam(r, ['general', 'heart'])} JVP ${r.int(6, 9)} cm. ${r.pick(['Trace bibasilar crackles.', 'Lungs clear.'])} ${r.pick(['Trace ankle edema.', '1+ pitting edema to the shins.'])}`,
    assessment: [r.pick([`Hypertensive heart disease with ${words}`, `HTN heart disease with heart failure - ${words}, EF ${ef}%`]), ...(smoke.code === 'F17.210' ? ['Tobacco dependence, cigarettes'] : [])],
    plan: ['Continue GDMT; titrate beta-blocker as tolerated.', 'Daily weights; call for gain > 3 lb in 2 days.', '2 g sodium restriction. BMP in 1 week.'],
    billing: emStatement(r, p, 4, MDM.twoChronic),
  });
}

function ischemicChf(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  const ef = r.int(22, 35);
  g.dx('I50.22');
  g.dx('I25.5');
  g.dx('I25.10');
  g.dx('Z95.1');
  const smoke = tobacco(r, p, true);
  if (smoke.code) g.dx(smoke.code);
  g.em(officeEmCode(p.newPatient, 4));
  const cabg = Number(p.dateOfService.slice(0, 4)) - r.int(3, 12);
  return finish(c, {
    cc: r.pick(['CHF follow-up.', 'Heart failure visit.']),
    hpi: `${who.title} is a ${who.age} ${who.noun} with ischemic cardiomyopathy, EF ${ef}%, s/p CABG x${r.int(2, 4)} in ${cabg}. ${r.pick(['No history of hypertension.', 'Denies hypertension; BP has always run low-normal.'])} Stable exertional dyspnea after ${r.int(1, 3)} blocks. ${denies(r, ['angina', 'orthopnea', 'syncope', 'ICD shocks'])}`,
    pmh: ['CAD s/p CABG', 'ischemic cardiomyopathy', 'chronic systolic heart failure', ...surgicalNoise(r, p)],
    meds: ['metoprolol succinate 50 mg', 'sacubitril/valsartan', 'spironolactone 25 mg', 'atorvastatin 80 mg', 'aspirin 81 mg'],
    fh: familyNoise(r),
    sh: smoke.text,
    ros: denies(r, ['chest pain', 'palpitations', 'leg swelling']),
    vitals: vitals(r, p, { bp: [r.int(98, 118), r.int(58, 72)] }),
    exam: `${normalExam(r, ['general'])} Healed sternotomy. S1 S2, soft S3. Lungs clear. No edema.`,
    assessment: [r.pick(['Chronic systolic (congestive) heart failure', 'HFrEF, chronic, compensated']), 'Ischemic cardiomyopathy', r.pick(['Coronary artery disease of native vessels without angina', 'CAD without angina pectoris']), 'Status post CABG'],
    plan: ['Continue GDMT; add SGLT2 inhibitor.', 'Echo in 3 months; cardiology follow-up.', 'Daily weights.'],
    billing: emStatement(r, p, 4, MDM.twoChronic),
  });
}

const AF_TYPES = [
  { code: 'I48.0', words: ['paroxysmal atrial fibrillation', 'paroxysmal AF'] },
  { code: 'I48.19', words: ['persistent atrial fibrillation', 'persistent AF'] },
  { code: 'I48.21', words: ['permanent atrial fibrillation', 'permanent AF'] },
  { code: 'I48.91', words: ['atrial fibrillation', 'AFib'] },
] as const;

function afib(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  const af = r.pick(AF_TYPES);
  const words = r.pick(af.words);
  const htn = r.chance(0.6);
  g.dx(af.code);
  if (htn) g.dx('I10');
  g.dx('Z79.01');
  // AF alone and stable is low-complexity problem-wise; with hypertension it is 2 chronic illnesses.
  const level = htn ? 4 : 3;
  const smoke = tobacco(r, p, htn);
  if (smoke.code) g.dx(smoke.code);
  g.em(officeEmCode(p.newPatient, level));
  const ecg = r.chance(0.5);
  if (ecg) g.proc({ system: 'CPT', code: '93000' });
  const anticoag = r.pick(['apixaban 5 mg BID', 'rivaroxaban 20 mg daily', 'warfarin (INR goal 2-3)']);
  return finish(c, {
    cc: r.pick(['Atrial fibrillation follow-up.', 'AF check, anticoagulation.']),
    hpi: `${who.age} ${who.noun} with ${words}, CHA2DS2-VASc ${r.int(2, 5)}, on long-term anticoagulation with ${anticoag}. ${denies(r, ['bleeding', 'melena', 'palpitations', 'presyncope', 'focal weakness'])}`,
    pmh: [words, ...(htn ? ['hypertension'] : []), ...surgicalNoise(r, p)],
    meds: [anticoag, r.pick(['metoprolol succinate 50 mg daily', 'diltiazem ER 180 mg daily']), ...(htn ? ['lisinopril 10 mg'] : [])],
    fh: familyNoise(r, ['neuro']),
    sh: `${smoke.text} ${alcohol(r)}`,
    ros: denies(r, ['chest pain', 'dyspnea', 'hematuria']),
    vitals: vitals(r, p, { hr: r.int(62, 92) }),
    exam: `${normalExam(r, ['general'])} Irregularly irregular rhythm, no murmur. ${normalExam(r, ['lungs', 'extremities'])}`,
    ...(ecg ? { results: `12-lead ECG today, my interpretation: atrial fibrillation, ventricular rate ${r.int(66, 94)}, no acute ST changes.` } : {}),
    assessment: [r.pick([`${words[0]!.toUpperCase()}${words.slice(1)}, rate controlled`, words]), ...(htn ? ['Essential hypertension'] : []), 'Long-term (current) use of anticoagulant'],
    plan: ['Continue anticoagulation; bleeding precautions reviewed.', 'CBC and BMP annually; rate control adequate.', 'Return if palpitations, bleeding or stroke symptoms.'],
    billing: emStatement(r, p, level, { problems: htn ? '2 stable chronic illnesses (atrial fibrillation, hypertension)' : '1 stable chronic illness', data: 'prior CBC and BMP reviewed', risk: 'prescription drug management (anticoagulant)' }),
  });
}

function chestPain(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  const variant = r.pick([
    { code: 'R07.9', words: ['Chest pain, unspecified', 'Chest pain, ACS ruled out'] },
    { code: 'R07.89', words: ['Atypical chest pain, musculoskeletal vs other', 'Other chest pain (pressure), cardiac cause ruled out'] },
    { code: 'R07.2', words: ['Precordial pain', 'Precordial chest pain, noncardiac by workup'] },
  ] as const);
  g.dx(variant.code);
  g.em(officeEmCode(p.newPatient, 4));
  g.proc({ system: 'CPT', code: '93000' });
  return finish(c, {
    cc: r.pick(['Chest pain.', 'Chest discomfort x 2 days.', 'Intermittent chest pain.']),
    hpi: `${who.title}, ${who.age}, reports ${r.pick(['sharp', 'pressure-like', 'aching'])} left chest pain for ${r.int(1, 5)} days, lasting minutes, ${r.pick(['not related to exertion', 'worse with deep breath', 'unrelated to meals'])}. ${denies(r, ['radiation to the arm or jaw', 'diaphoresis', 'dyspnea', 'syncope', 'leg swelling', 'fever'])} Rule out ACS and PE considered.`,
    pmh: surgicalNoise(r, p),
    meds: [],
    fh: familyNoise(r, ['cardiac']),
    sh: `${tobacco(r, p, false).text} ${alcohol(r)}`,
    ros: denies(r, ['cough', 'heartburn', 'palpitations']),
    vitals: vitals(r, p),
    exam: `${normalExam(r, ['general', 'heart', 'lungs'])} ${r.pick(['No chest wall tenderness.', 'Mild tenderness at the left costosternal junction.'])} Calves nontender.`,
    results: `ECG (interpreted by me): normal sinus rhythm, rate ${r.int(62, 88)}, no ST-T changes. Troponin negative x1 at urgent care. Wells score 0.`,
    assessment: [r.pick(variant.words), r.pick(['Possible GERD vs costochondritis.', 'No evidence of acute coronary syndrome.'])],
    plan: ['Trial of omeprazole 20 mg daily; stress test ordered.', 'Return immediately or call 911 if pain becomes exertional, prolonged, or with dyspnea.'],
    billing: emStatement(r, p, 4, { problems: '1 undiagnosed new problem with uncertain prognosis', data: 'urgent-care troponin reviewed, stress test ordered', risk: 'prescription drug management' }),
  });
}

export const CARDIO_SCENARIOS = [
  scenario({ id: 'hypertension', title: 'Essential hypertension follow-up (controlled or not)', sexes: ANY_SEX, ageRange: [25, 95], weight: 10, generate: (r, p) => hypertension(begin(r, p)) }),
  scenario({ id: 'hypertension-ckd', title: 'Hypertensive CKD (I12.9 + N18.x)', sexes: ANY_SEX, ageRange: [40, 95], weight: 3, generate: (r, p) => hypertensionCkd(begin(r, p)) }),
  scenario({ id: 'hypertensive-heart-failure', title: 'Hypertensive heart disease with heart failure (I11.0 + I50.x)', sexes: ANY_SEX, ageRange: [45, 95], weight: 2, generate: (r, p) => hypertensiveHeartFailure(begin(r, p)) }),
  scenario({ id: 'chf-ischemic', title: 'Chronic systolic heart failure, ischemic cardiomyopathy, s/p CABG, no hypertension', sexes: ANY_SEX, ageRange: [50, 95], weight: 1, generate: (r, p) => ischemicChf(begin(r, p)) }),
  scenario({ id: 'atrial-fibrillation-anticoagulated', title: 'Atrial fibrillation on long-term anticoagulant', sexes: ANY_SEX, ageRange: [50, 95], weight: 3, generate: (r, p) => afib(begin(r, p)) }),
  scenario({ id: 'chest-pain-ruled-out', title: 'Chest pain, ACS ruled out: code the symptom', sexes: ANY_SEX, ageRange: [25, 80], weight: 2, generate: (r, p) => chestPain(begin(r, p)) }),
];
