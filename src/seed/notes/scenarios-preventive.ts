// Preventive care. Encounter codes come first (Z00.00/Z00.01 adult, Z00.121/Z00.129 child: "with
// abnormal findings" only when a new abnormal finding is documented, which is then coded too), then
// Z23 when a vaccine is given. Preventive E/M by age band (99381-99397); Medicare AWV G0438/G0439.
// Children's vaccines use 90460 (first component of each vaccine, with physician counseling) and
// 90461 (each additional component); adults 90471/90472; Medicare influenza admin is G0008.
// Vaccine administration bundles into the E/M under NCCI unless the E/M carries modifier 25.
import { preventiveCode } from './em';
import { familyNoise, normalExam, surgicalNoise, tobacco, vitals, z68ForAdultBmi } from './clinical';
import { ANY_SEX, begin, finish, scenario, type Ctx } from './kit';
import { denies, joinList, ordinal } from './text';
import type { GeneratedNote } from './types';

export interface Vaccine {
  code: string;
  name: string;
  /** antigen components, for 90460/90461 */
  components: number;
}

export const VACCINES = {
  mmr: { code: '90707', name: 'MMR', components: 3 },
  varicella: { code: '90716', name: 'varicella', components: 1 },
  hepA: { code: '90633', name: 'pediatric hepatitis A', components: 1 },
  dtap: { code: '90700', name: 'DTaP', components: 3 },
  ipv: { code: '90713', name: 'IPV', components: 1 },
  tdap: { code: '90715', name: 'Tdap', components: 3 },
  menacwy: { code: '90734', name: 'MenACWY', components: 1 },
  hpv: { code: '90651', name: 'HPV 9-valent', components: 1 },
  flu: { code: '90686', name: 'quadrivalent preservative-free influenza', components: 1 },
  shingrix: { code: '90750', name: 'zoster recombinant (Shingrix)', components: 1 },
  hepB: { code: '90746', name: 'hepatitis B (adult)', components: 1 },
} as const satisfies Record<string, Vaccine>;

function fluSeason(dateOfService: string): boolean {
  const month = Number(dateOfService.slice(5, 7));
  return month >= 9 || month <= 3;
}

function childVaccines(c: Ctx): Vaccine[] {
  const { r, p } = c;
  const a = p.ageYears;
  const due: Vaccine[] =
    a === 1 ? [VACCINES.mmr, VACCINES.varicella, VACCINES.hepA]
    : a === 2 ? [VACCINES.hepA]
    : a === 4 || a === 5 ? [VACCINES.dtap, VACCINES.ipv, VACCINES.mmr, VACCINES.varicella]
    : a === 11 || a === 12 ? [VACCINES.tdap, VACCINES.menacwy, VACCINES.hpv]
    : a === 16 ? [VACCINES.menacwy]
    : [];
  const list = [...due];
  if (a >= 3 && fluSeason(p.dateOfService) && r.chance(0.6)) list.push(VACCINES.flu);
  return list;
}

/** Adds the vaccine products and the pediatric administration lines (90460/90461). */
function addPediatricAdmin(c: Ctx, given: readonly Vaccine[], z23: number): void {
  for (const v of given) c.g.proc({ system: 'CPT', code: v.code, diagnosisPointers: [z23] });
  c.g.proc({ system: 'CPT', code: '90460', units: given.length, diagnosisPointers: [z23] });
  const extra = given.reduce((n, v) => n + v.components - 1, 0);
  if (extra > 0) c.g.proc({ system: 'CPT', code: '90461', units: extra, diagnosisPointers: [z23] });
}

/** Roughly the 50th-percentile weight for age, heavier for an obese child. */
function childWeight(c: Ctx, obese: boolean): number {
  const a = c.p.ageYears;
  const typical = a === 0 ? c.r.float1(7.8, 9.8) : a <= 10 ? c.r.int(2 * a + 7, 2 * a + 10) : c.r.int(3 * a + 4, 4 * a + 4);
  return obese ? Math.round(typical * 1.35) : typical;
}

function wellChild(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  const a = p.ageYears;
  const finding = r.chance(0.25) ? (a >= 2 && r.chance(0.6) ? 'obesity' : 'murmur') : undefined;
  g.dx(finding ? 'Z00.121' : 'Z00.129');
  const pct = finding === 'obesity' ? r.int(95, 99) : r.int(15, 84);
  if (finding === 'obesity') {
    g.dx('E66.9');
    g.dx('Z68.54');
  } else if (finding === 'murmur') g.dx('R01.0');
  const given = childVaccines(c);
  g.em(preventiveCode(p), [1]);
  if (given.length > 0) addPediatricAdmin(c, given, g.dx('Z23'));
  const visit = a === 0 ? '9-month' : a === 1 ? '12-month' : `${a}-year`;
  const parent = r.pick(['mother', 'father', 'both parents']);
  return finish(c, {
    ...(a === 0 ? { ageLabel: '9-month-old' } : {}),
    cc: `${visit} well child check.`,
    hpi: `${who.full} is here with ${parent} for a routine ${visit} well visit. ${a < 5 ? 'Eating well, normal stools and voiding.' : a < 12 ? `In grade ${Math.max(1, a - 5)}, doing well.` : 'School going well; HEADSS screen done privately, no concerns.'} ${denies(r, ['fever', 'recurrent ear infections', 'sleep problems', 'concerns about development'])}`,
    pmh: [r.pick(['term birth, no NICU stay', 'born at 39 weeks, uncomplicated'])],
    meds: a >= 2 && r.chance(0.3) ? ['children\'s multivitamin'] : [],
    fh: familyNoise(r, [], p.ageYears < 18),
    sh: `Lives with ${parent === 'both parents' ? 'parents' : `${parent} and siblings`}. ${r.pick(['No smokers in the home.', 'Smoke-free home.'])} ${a >= 12 ? 'Denies tobacco, vaping, alcohol.' : 'Car seat/booster and helmet use reviewed.'}`,
    ros: 'Negative except as in HPI.',
    vitals: `Weight ${childWeight(c, finding === 'obesity')} kg, ${a >= 2 ? `BMI ${ordinal(pct)} percentile` : `weight-for-length ${ordinal(pct)} percentile`}. ${vitals(r, p)}`,
    exam: `Well appearing. ${finding === 'murmur' ? 'Soft grade 1-2/6 vibratory systolic murmur at the left lower sternal border, louder supine - consistent with a benign innocent (Still\'s) murmur.' : normalExam(r, ['heart'])} ${normalExam(r, ['lungs', 'abdomen'])} ${a === 0 ? 'Anterior fontanelle open and flat; hips stable.' : 'Normal gait.'} Skin clear.`,
    ...(given.length > 0 ? { procedure: `Vaccine counseling provided by me to ${parent} for each vaccine (VIS given, benefits and risks discussed, questions answered). Administered: ${joinList(given.map((v) => v.name))}. No immediate reaction.` } : {}),
    assessment: [
      `Well child exam, ${visit}${finding ? ', with abnormal findings' : ', normal'}`,
      ...(finding === 'obesity' ? [`Childhood obesity, BMI ${pct}th percentile for age`] : finding === 'murmur' ? ['Innocent (functional) heart murmur'] : []),
      ...(given.length > 0 ? ['Immunizations given today'] : []),
    ],
    plan: [`Anticipatory guidance for age (${a < 5 ? 'safety, nutrition, reading' : 'nutrition, activity, screen time, safety'}).`, ...(finding === 'obesity' ? ['Nutrition counseling; 60 min activity daily; recheck in 3 months.'] : []), ...(finding === 'murmur' ? ['Reassurance; no echo needed now.'] : []), `Next well visit ${a === 0 ? 'at 12 months' : 'in 1 year'}.`],
  }, { kind: 'preventive_visit', styles: ['problem'] });
}

function adultPreventive(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  // Adult BMI codes (Z68.1-Z68.45) are for ages 20 and over, so younger adults never get the obesity finding.
  const finding = r.pick(p.ageYears >= 20 ? ([undefined, undefined, 'bp', 'obesity'] as const) : ([undefined, undefined, 'bp'] as const));
  const bmi = finding === 'obesity' ? r.float1(30, 37.9) : r.float1(20.5, 28.9);
  g.dx(finding ? 'Z00.01' : 'Z00.00');
  if (finding === 'bp') g.dx('R03.0');
  if (finding === 'obesity') {
    g.dx('E66.9');
    g.dx(z68ForAdultBmi(bmi));
  }
  g.em(preventiveCode(p), [1]);
  const flu = fluSeason(p.dateOfService) && r.chance(0.5);
  if (flu) {
    const z = g.dx('Z23');
    g.proc({ system: 'CPT', code: VACCINES.flu.code, diagnosisPointers: [z] });
    g.proc({ system: 'CPT', code: '90471', diagnosisPointers: [z] });
  }
  const screens = [
    ...(p.sex === 'F' && p.ageYears >= 21 ? ['Cervical cancer screening up to date'] : []),
    ...(p.sex === 'F' && p.ageYears >= 40 ? ['mammogram ordered'] : []),
    ...(p.ageYears >= 45 ? ['colonoscopy up to date'] : []),
    'lipid panel and A1c ordered',
  ];
  return finish(c, {
    cc: r.pick(['Annual physical.', 'Routine physical exam.', 'Yearly check-up.']),
    hpi: `${who.full}, a ${who.age} ${who.noun}, presents for a routine annual exam. No acute complaints. ${denies(r, ['chest pain', 'shortness of breath', 'change in bowel habits', 'unintentional weight loss', 'depressed mood'])} PHQ-2 negative.`,
    pmh: surgicalNoise(r, p),
    meds: r.chance(0.4) ? ['multivitamin'] : [],
    fh: familyNoise(r, [], p.ageYears < 18),
    sh: `${tobacco(r, p, false).text} ${r.pick(['Exercises 3x/week.', 'Sedentary job, walks on weekends.'])}`,
    ros: '12-point review of systems negative except as noted.',
    vitals: vitals(r, p, { bmi, bp: finding === 'bp' ? [r.int(142, 154), r.int(90, 96)] : undefined }),
    exam: `${normalExam(r, ['general', 'heart', 'lungs', 'abdomen', 'extremities'])} Skin without suspicious lesions. Thyroid normal.`,
    ...(flu ? { procedure: 'Influenza vaccine (quadrivalent, preservative-free) 0.5 mL IM left deltoid; VIS provided.' } : {}),
    assessment: [
      `Routine adult health maintenance exam${finding ? ', with abnormal findings' : ', no abnormal findings'}`,
      ...(finding === 'bp' ? ['Elevated blood pressure reading without diagnosis of hypertension - recheck'] : []),
      ...(finding === 'obesity' ? [`Obesity, BMI ${bmi.toFixed(1)}`] : []),
      ...(flu ? ['Encounter for influenza immunization'] : []),
    ],
    plan: [`${joinList(screens)}.`, ...(finding === 'bp' ? ['Home BP monitoring x 2 weeks, nurse BP check.'] : []), ...(finding === 'obesity' ? ['Diet and exercise goals set.'] : []), 'Return in 1 year.'],
  }, { kind: 'preventive_visit', styles: ['problem'] });
}

function annualWellness(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  const initial = r.chance(0.3);
  const htn = r.chance(0.4);
  g.dx('Z00.00');
  const depressionScreen = !initial && r.chance(0.5);
  if (depressionScreen) g.dx('Z13.31');
  g.proc({ system: 'HCPCS', code: initial ? 'G0438' : 'G0439', diagnosisPointers: [1] });
  if (depressionScreen) g.proc({ system: 'HCPCS', code: 'G0444', diagnosisPointers: [2] });
  return finish(c, {
    cc: initial ? 'Initial Medicare annual wellness visit.' : 'Medicare annual wellness visit (subsequent).',
    hpi: `${who.full}, ${who.age}, presents for ${initial ? 'the first' : 'a subsequent'} annual wellness visit. Health risk assessment reviewed. Functional status: independent in ADLs and IADLs. Fall risk screen: ${r.pick(['no falls in the past year', 'one fall without injury last winter'])}. Cognitive screen (Mini-Cog) ${r.int(4, 5)}/5. Hearing: ${r.pick(['no concerns', 'uses hearing aids'])}. ${depressionScreen ? `Annual depression screening with PHQ-9, ${r.int(15, 20)} minutes: score ${r.int(0, 4)}, negative.` : 'PHQ-2 negative.'}`,
    pmh: [htn ? 'HTN, stable on medication (managed at separate visits)' : r.pick(['osteopenia', 'cataract surgery both eyes']), ...surgicalNoise(r, p)],
    meds: htn ? ['amlodipine 5 mg'] : r.pick([['vitamin D3'], []]),
    fh: familyNoise(r, [], p.ageYears < 18),
    sh: `${tobacco(r, p, false).text} Lives ${r.pick(['with spouse', 'alone', 'with daughter'])}. Advance directive ${r.pick(['on file', 'discussed; forms provided'])}.`,
    ros: 'Reviewed via health risk assessment; no new concerns.',
    vitals: vitals(r, p),
    exam: `Visual acuity screen done. ${normalExam(r, ['general'])} Timed up-and-go ${r.int(8, 12)} s.`,
    assessment: ['Medicare annual wellness visit', ...(depressionScreen ? ['Screening for depression - negative'] : [])],
    plan: ['Personalized prevention plan and 5-10 year screening schedule provided in writing.', `Vaccines reviewed: ${r.pick(['Shingrix series complete', 'recommend Shingrix at pharmacy', 'pneumococcal up to date'])}.`, 'Home safety and fall prevention reviewed.'],
  }, { kind: 'preventive_visit', styles: ['problem'] });
}

export const PREVENTIVE_SCENARIOS = [
  scenario({ id: 'well-child', title: 'Well-child visit by age with immunizations (90460/90461)', sexes: ANY_SEX, ageRange: [0, 17], weight: 8, generate: (r, p) => wellChild(begin(r, p, p.ageYears === 0 ? '9-month-old' : undefined)) }),
  scenario({ id: 'adult-preventive', title: 'Adult annual preventive exam (Z00.00 / Z00.01)', sexes: ANY_SEX, ageRange: [18, 64], weight: 8, generate: (r, p) => adultPreventive(begin(r, p)) }),
  scenario({ id: 'medicare-annual-wellness', title: 'Medicare annual wellness visit, initial or subsequent, with depression screening', sexes: ANY_SEX, ageRange: [65, 95], weight: 5, generate: (r, p) => annualWellness(begin(r, p)) }),
];
