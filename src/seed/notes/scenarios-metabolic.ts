// Lipids, weight, thyroid, vitamin D and iron: chronic-care visits with labs drawn in the office.
// Obesity takes E66.x plus Z68 (BMI is coded only because obesity is diagnosed); family history of
// familial hypercholesterolemia is coded (Z83.42) because it is the stated reason for the work-up.
import { MDM, emStatement, officeEmCode } from './em';
import { alcohol, familyNoise, normalExam, surgicalNoise, tobacco, vitals, z68ForAdultBmi } from './clinical';
import { ANY_SEX, begin, finish, scenario, type Ctx } from './kit';
import { denies } from './text';
import type { GeneratedNote } from './types';

function lipids(c: Ctx, mixed: boolean): GeneratedNote {
  const { r, p, who, g } = c;
  const ldl = r.int(150, 215);
  const tg = mixed ? r.int(260, 480) : r.int(90, 145);
  const familial = !mixed && r.chance(0.25);
  const dxText = mixed
    ? r.pick(['Mixed hyperlipidemia', 'Combined hyperlipidemia (elevated LDL and triglycerides)', 'Mixed dyslipidemia with high LDL and TG'])
    : familial
      ? 'Familial hypercholesterolemia (heterozygous, clinical diagnosis)'
      : r.pick(['Hyperlipidemia', 'Hyperlipidemia, unspecified', 'HLD']);
  g.dx(mixed ? 'E78.2' : familial ? 'E78.01' : 'E78.5');
  if (familial) g.dx('Z83.42');
  g.em(officeEmCode(p.newPatient, 3));
  g.proc({ system: 'CPT', code: '36415' });
  return finish(c, {
    cc: r.pick(['Cholesterol follow-up.', 'Review lipid panel.', 'Lipids.']),
    hpi: `${who.title} returns to review fasting labs: total cholesterol ${ldl + r.int(50, 80)}, LDL ${ldl}, HDL ${r.int(34, 58)}, triglycerides ${tg} mg/dL. ${familial ? `${who.his[0]!.toUpperCase()}${who.his.slice(1)} father and brother have familial hypercholesterolemia, which prompted this evaluation.` : ''} ${denies(r, ['chest pain', 'claudication', 'myalgias'])}`,
    pmh: [...surgicalNoise(r, p)],
    meds: mixed ? ['fish oil OTC'] : [],
    fh: familial ? 'Father and brother with familial hypercholesterolemia (LDL > 190).' : familyNoise(r, ['cardiac']),
    sh: `${tobacco(r, p, false).text} ${alcohol(r)} Walks ${r.int(1, 4)} times a week.`,
    ros: denies(r, ['chest pain', 'dyspnea on exertion', 'palpitations']),
    vitals: vitals(r, p),
    exam: normalExam(r, ['general', 'heart', 'lungs', 'extremities']),
    results: `10-year ASCVD risk ${r.float1(5, 18)}%. ALT normal.`,
    assessment: [dxText],
    plan: [r.pick(['Start atorvastatin 20 mg daily.', 'Start rosuvastatin 10 mg daily.']), ...(mixed ? ['Limit alcohol and refined carbohydrates; recheck TG.'] : []), 'Repeat lipid panel and ALT in 8-12 weeks; blood drawn today for baseline CK.'],
    billing: emStatement(r, p, 3, { problems: '1 chronic illness, newly treated', data: 'lipid panel reviewed', risk: 'prescription drug management' }),
  });
}

function obesity(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  const morbid = r.chance(0.35);
  const bmi = morbid ? r.float1(40, 52) : r.float1(30, 39.9);
  g.dx(morbid ? 'E66.01' : 'E66.9');
  g.dx(z68ForAdultBmi(bmi));
  const htn = r.chance(0.4);
  if (htn) g.dx('I10');
  const counsel = r.chance(0.7);
  if (counsel) g.dx('Z71.3');
  g.em(officeEmCode(p.newPatient, htn ? 4 : 3));
  const smoke = tobacco(r, p, htn);
  if (smoke.code) g.dx(smoke.code);
  const dx = morbid
    ? r.pick(['Morbid obesity due to excess calories', 'Severe (morbid) obesity, due to excess caloric intake'])
    : r.pick(['Obesity', 'Obesity, unspecified', 'Adult obesity']);
  return finish(c, {
    cc: r.pick(['Weight management.', 'Wants to discuss weight loss.', 'Weight gain.']),
    hpi: `${who.age} ${who.noun} with gradual weight gain over ${r.int(2, 10)} years, mostly snacking and low activity. Has tried ${r.pick(['intermittent fasting', 'a commercial program', 'calorie counting'])} without lasting success. ${denies(r, ['snoring', 'daytime somnolence', 'cold intolerance', 'binge eating'])}`,
    pmh: [...(htn ? ['HTN'] : []), ...surgicalNoise(r, p)],
    meds: htn ? ['amlodipine 5 mg daily'] : [],
    fh: familyNoise(r),
    sh: `${smoke.text} ${alcohol(r)}`,
    ros: denies(r, ['chest pain', 'joint pain', 'polyuria']),
    vitals: vitals(r, p, { bmi, bp: htn ? [r.int(132, 148), r.int(82, 92)] : undefined }),
    exam: `${normalExam(r, ['general', 'heart', 'lungs'])} Central adiposity. No acanthosis.`,
    assessment: [`${dx}, BMI ${bmi.toFixed(1)}`, ...(htn ? [r.pick(['Essential hypertension', 'Hypertension, stable'])] : [])],
    plan: [
      ...(htn ? ['Continue amlodipine 5 mg daily.'] : []),
      ...(counsel ? [`Dietary counseling provided (${r.int(10, 20)} min): 500 kcal/day deficit, protein at each meal, food log.`] : ['Diet and exercise discussed briefly.']),
      '150 minutes/week moderate activity.',
      morbid ? 'Discussed anti-obesity medication and bariatric surgery referral.' : 'Recheck weight in 3 months.',
      'A1c, lipids, TSH ordered.',
    ],
    billing: emStatement(r, p, htn ? 4 : 3, htn ? MDM.twoChronic : { problems: '1 stable chronic illness', data: 'A1c, lipid panel and TSH ordered', risk: 'diet and exercise counseling' }),
  });
}

function hypothyroid(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  const postop = r.chance(0.3);
  g.dx(postop ? 'E89.0' : 'E03.9');
  const level = r.chance(0.5) ? 3 : 4;
  g.em(officeEmCode(p.newPatient, level));
  g.proc({ system: 'CPT', code: '36415' });
  const tsh = level === 4 ? r.float1(6.5, 14) : r.float1(0.8, 3.9);
  return finish(c, {
    cc: r.pick(['Thyroid follow-up.', 'Hypothyroidism recheck.', 'Fatigue, thyroid labs.']),
    hpi: `${who.title} has ${postop ? `hypothyroidism after total thyroidectomy in ${Number(p.dateOfService.slice(0, 4)) - r.int(2, 12)} for multinodular goiter` : 'primary hypothyroidism'}, on levothyroxine ${r.pick([50, 75, 88, 100, 112])} mcg. TSH ${tsh} mIU/L. ${level === 4 ? 'Reports fatigue and cold intolerance; dose change needed.' : 'Feels well.'} ${denies(r, ['palpitations', 'tremor', 'neck swelling'])}`,
    pmh: [postop ? 's/p total thyroidectomy' : 'hypothyroidism', ...surgicalNoise(r, p)],
    meds: ['levothyroxine'],
    fh: familyNoise(r),
    sh: tobacco(r, p, false).text,
    ros: denies(r, ['weight change', 'constipation', 'hair loss']),
    vitals: vitals(r, p),
    exam: `${normalExam(r, ['general', 'heart'])} ${postop ? 'Well-healed collar incision.' : 'Thyroid not enlarged.'} Reflexes normal.`,
    assessment: [postop ? r.pick(['Postsurgical hypothyroidism', 'Hypothyroidism following thyroidectomy']) : r.pick(['Hypothyroidism', 'Hypothyroidism, unspecified', 'Acquired hypothyroidism'])],
    plan: [level === 4 ? 'Increase levothyroxine by 12.5-25 mcg; recheck TSH in 6 weeks.' : 'Continue current dose.', 'TSH drawn today.'],
    billing: emStatement(r, p, level, level === 4 ? MDM.chronicProgression : MDM.stableChronic),
  });
}

function vitaminD(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  g.dx('E55.9');
  g.em(officeEmCode(p.newPatient, 3));
  g.proc({ system: 'CPT', code: '36415' });
  const level = r.int(9, 19);
  return finish(c, {
    cc: r.pick(['Low vitamin D.', 'Lab follow-up: vitamin D.', 'Fatigue, lab review.']),
    hpi: `${who.title} had 25-OH vitamin D of ${level} ng/mL on screening labs. Mild fatigue and diffuse aches. Limited sun exposure; works indoors. ${denies(r, ['fractures', 'bone pain', 'muscle weakness'])}`,
    pmh: surgicalNoise(r, p),
    meds: [],
    fh: familyNoise(r),
    sh: tobacco(r, p, false).text,
    ros: denies(r, ['fever', 'weight loss', 'rash']),
    vitals: vitals(r, p),
    exam: normalExam(r, ['general', 'heart', 'lungs']),
    assessment: [r.pick(['Vitamin D deficiency', 'Vitamin D deficiency, unspecified', 'Hypovitaminosis D'])],
    plan: [`Ergocalciferol 50,000 IU weekly x 8 weeks, then D3 ${r.pick([1000, 2000])} IU daily.`, 'Recheck level in 3 months; calcium and PTH drawn today.'],
    billing: emStatement(r, p, 3, { problems: '1 new problem, uncomplicated', data: 'lab results reviewed, labs ordered', risk: 'prescription drug management' }),
  });
}

function ironDeficiency(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  const menorrhagia = p.sex === 'F' && p.ageYears < 50 && r.chance(0.7);
  if (menorrhagia) {
    g.dx('D50.0');
    g.dx('N92.0');
  } else {
    g.dx('D50.9');
  }
  g.em(officeEmCode(p.newPatient, 4));
  g.proc({ system: 'CPT', code: '36415' });
  const hgb = r.float1(8.4, 10.8);
  return finish(c, {
    cc: r.pick(['Fatigue, low hemoglobin.', 'Anemia follow-up.', 'Tired all the time.']),
    hpi: `${who.age} ${who.noun} with fatigue and exertional dyspnea for ${r.int(1, 4)} months. Hgb ${hgb} g/dL, MCV ${r.int(68, 78)} fL, ferritin ${r.int(3, 12)} ng/mL. ${menorrhagia ? `Heavy regular menses lasting ${r.int(7, 9)} days, soaking pads hourly on day 1-2.` : denies(r, ['melena', 'hematochezia', 'hematemesis'])} ${denies(r, ['chest pain', 'syncope'])}`,
    pmh: surgicalNoise(r, p),
    meds: [],
    fh: familyNoise(r, ['cancer']),
    sh: `${tobacco(r, p, false).text} ${r.pick(['Vegetarian diet.', 'Regular diet.'])}`,
    ros: denies(r, ['weight loss', 'abdominal pain', 'fever']),
    vitals: vitals(r, p),
    exam: `${normalExam(r, ['general', 'heart', 'lungs', 'abdomen'])} Conjunctival pallor.`,
    assessment: menorrhagia
      ? [r.pick(['Iron deficiency anemia secondary to chronic blood loss from menorrhagia', 'Iron-deficiency anemia due to chronic menstrual blood loss']), r.pick(['Menorrhagia with regular cycle', 'Heavy menstrual bleeding, regular cycles'])]
      : [r.pick(['Iron deficiency anemia', 'Iron-deficiency anemia, unspecified', 'Microcytic anemia consistent with iron deficiency'])],
    plan: [
      'Ferrous sulfate 325 mg every other day with vitamin C.',
      menorrhagia ? 'Pelvic ultrasound; discuss hormonal options.' : 'Refer to GI for EGD/colonoscopy to evaluate source.',
      'CBC, iron studies, reticulocytes drawn today; recheck CBC in 6 weeks.',
    ],
    billing: emStatement(r, p, 4, { ...MDM.undiagnosedNew, data: 'CBC and ferritin reviewed; iron studies, reticulocyte count and repeat CBC ordered' }),
  });
}

export const METABOLIC_SCENARIOS = [
  scenario({ id: 'hyperlipidemia', title: 'Hyperlipidemia (or familial hypercholesterolemia) starting a statin', sexes: ANY_SEX, ageRange: [30, 85], weight: 5, generate: (r, p) => lipids(begin(r, p), false) }),
  scenario({ id: 'mixed-hyperlipidemia', title: 'Mixed hyperlipidemia', sexes: ANY_SEX, ageRange: [30, 85], weight: 3, generate: (r, p) => lipids(begin(r, p), true) }),
  scenario({ id: 'obesity-bmi', title: 'Obesity or morbid obesity with BMI, weight counseling', sexes: ANY_SEX, ageRange: [20, 80], weight: 4, generate: (r, p) => obesity(begin(r, p)) }),
  scenario({ id: 'hypothyroidism', title: 'Hypothyroidism (primary or postsurgical) follow-up', sexes: ANY_SEX, ageRange: [25, 90], weight: 3, generate: (r, p) => hypothyroid(begin(r, p)) }),
  scenario({ id: 'vitamin-d-deficiency', title: 'Vitamin D deficiency', sexes: ANY_SEX, ageRange: [18, 90], weight: 2, generate: (r, p) => vitaminD(begin(r, p)) }),
  scenario({ id: 'iron-deficiency-anemia', title: 'Iron-deficiency anemia (menstrual blood loss or unspecified)', sexes: ANY_SEX, ageRange: [18, 85], weight: 2, generate: (r, p) => ironDeficiency(begin(r, p)) }),
];

