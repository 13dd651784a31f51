// Prenatal supervision, immunization-only visits and a colon cancer screening referral.
// Pregnancy: Z34.0- first / Z34.8- other normal pregnancy, O09.- supervision of high-risk
// pregnancy (elderly primigravida/multigravida at 35+, history of preterm labor), with the
// trimester in the last character and Z3A weeks of gestation. Prenatal visits are billed as office
// E/M because this practice does not bill global obstetric packages.
import { MDM, emStatement, officeEmCode } from './em';
import { alcohol, familyNoise, normalExam, surgicalNoise, tobacco, vitals } from './clinical';
import { ANY_SEX, FEMALE, begin, finish, scenario, type Ctx } from './kit';
import { VACCINES, type Vaccine } from './scenarios-preventive';
import { denies, joinList } from './text';
import type { GeneratedNote } from './types';

export function trimester(weeks: number): 1 | 2 | 3 {
  return weeks < 14 ? 1 : weeks < 28 ? 2 : 3;
}

function prenatal(c: Ctx, highRisk: boolean): GeneratedNote {
  const { r, p, who, g } = c;
  const weeks = r.int(8, 39);
  const t = trimester(weeks);
  const elderly = highRisk && p.ageYears >= 35;
  const primigravida = elderly ? r.chance(0.4) : !highRisk && r.chance(0.4);
  const gravida = primigravida ? 1 : r.int(2, 4);
  const para = primigravida ? 0 : gravida - 1;
  const code = !highRisk ? (primigravida ? `Z34.0${t}` : `Z34.8${t}`) : elderly ? (primigravida ? `O09.51${t}` : `O09.52${t}`) : `O09.21${t}`;
  g.dx(code);
  g.dx(`Z3A.${String(weeks).padStart(2, '0')}`);
  g.em(officeEmCode(p.newPatient, 3), [1, 2]);
  g.proc({ system: 'CPT', code: '81002', diagnosisPointers: [1] });
  const risk = !highRisk
    ? 'Low-risk pregnancy.'
    : elderly
      ? `Advanced maternal age (${p.ageYears} at delivery), ${primigravida ? 'first pregnancy' : 'multigravida'}; high-risk supervision.`
      : `History of spontaneous preterm labor and delivery at ${r.int(31, 35)} weeks in a prior pregnancy; high-risk supervision.`;
  const dx = !highRisk
    ? `${primigravida ? 'Supervision of normal first pregnancy' : 'Supervision of other normal pregnancy'}, ${['first', 'second', 'third'][t - 1]} trimester`
    : elderly
      ? `Supervision of ${primigravida ? 'elderly primigravida' : 'elderly multigravida'}, ${['first', 'second', 'third'][t - 1]} trimester`
      : `Supervision of pregnancy with history of pre-term labor, ${['first', 'second', 'third'][t - 1]} trimester`;
  return finish(c, {
    cc: `Prenatal visit, ${weeks} weeks.`,
    hpi: `${who.full}, ${p.ageYears} y/o G${gravida}P${para}, at ${weeks}w${r.int(0, 6)}d by ${r.pick(['LMP', 'first-trimester ultrasound'])}. ${risk} ${weeks >= 20 ? 'Good fetal movement.' : 'Mild nausea, improving.'} ${denies(r, ['vaginal bleeding', 'leakage of fluid', 'contractions', 'headache', 'visual changes'])}`,
    pmh: [...(para > 0 ? [`${para} prior delivery(ies)`] : []), ...surgicalNoise(r, p)],
    meds: ['prenatal vitamin daily'],
    fh: familyNoise(r),
    sh: `${tobacco(r, p, false).text} No alcohol in pregnancy.`,
    ros: 'Negative except as above.',
    vitals: vitals(r, p, { bp: [r.int(104, 124), r.int(60, 78)], noBmi: true }),
    exam: `${normalExam(r, ['general'])} ${weeks >= 20 ? `Fundal height ${weeks + r.int(-1, 1)} cm.` : 'Uterus size consistent with dates.'} FHR ${r.int(135, 160)} bpm by Doppler. No edema.`,
    results: `Urine dipstick in office: protein negative, glucose negative.`,
    assessment: [dx, `${weeks} weeks gestation`],
    plan: [t === 1 ? 'Prenatal labs, dating ultrasound, genetic screening options.' : t === 2 ? 'Anatomy scan at 20 weeks; glucose challenge at 24-28 weeks.' : 'Tdap this trimester; GBS at 36 weeks; labor precautions.', ...(highRisk ? ['Maternal-fetal medicine consultation; serial growth ultrasounds.'] : []), `Return in ${t === 3 ? '2' : '4'} weeks.`],
    billing: emStatement(r, p, 3, { problems: highRisk ? '1 condition posing risk (high-risk pregnancy), stable' : '1 stable condition (pregnancy)', data: 'prior labs and ultrasound reviewed', risk: 'prescription (prenatal vitamins) / low' }),
  });
}

function immunizationVisit(c: Ctx, fluOnly: boolean): GeneratedNote {
  const { r, p, who, g } = c;
  const z = g.dx('Z23');
  const medicare = p.ageYears >= 65;
  if (fluOnly) {
    g.proc({ system: 'CPT', code: medicare ? '90662' : '90686', diagnosisPointers: [z] });
    g.proc({ system: medicare ? 'HCPCS' : 'CPT', code: medicare ? 'G0008' : '90471', diagnosisPointers: [z] });
  }
  const given: Vaccine[] = [];
  if (!fluOnly) {
    given.push(VACCINES.tdap);
    if (p.ageYears >= 50) given.push(VACCINES.shingrix);
    if (p.ageYears < 60 && r.chance(0.5)) given.push(VACCINES.hepB);
    if (r.chance(0.4)) given.push(VACCINES.flu);
    for (const v of given) g.proc({ system: 'CPT', code: v.code, diagnosisPointers: [z] });
    g.proc({ system: 'CPT', code: '90471', diagnosisPointers: [z] });
    if (given.length > 1) g.proc({ system: 'CPT', code: '90472', units: given.length - 1, diagnosisPointers: [z] });
  }
  const names = fluOnly ? [medicare ? 'influenza high-dose (65+)' : 'influenza quadrivalent, preservative-free'] : given.map((v) => v.name);
  return finish(c, {
    cc: fluOnly ? r.pick(['Flu shot.', 'Here for influenza vaccine.']) : r.pick(['Vaccines.', 'Catch-up immunizations.']),
    hpi: `${who.full}, ${who.age}, nurse visit for immunization. Screening questionnaire reviewed: ${denies(r, ['fever today', 'prior vaccine reaction', 'egg anaphylaxis', 'Guillain-Barre history'])} ${p.sex === 'F' && p.ageYears < 50 ? 'Not pregnant.' : ''}`,
    pmh: surgicalNoise(r, p),
    meds: [],
    fh: 'Not reviewed (nurse visit).',
    sh: `${tobacco(r, p, false).text} ${alcohol(r)}`,
    ros: 'Feels well today.',
    vitals: vitals(r, p, { noBmi: true }),
    exam: 'Well appearing, afebrile.',
    procedure: `VIS provided. Administered ${joinList(names)} IM, ${r.pick(['left', 'right'])} deltoid${names.length > 1 ? ' (separate sites)' : ''}; lot numbers recorded. Observed 15 minutes, no reaction.`,
    assessment: [r.pick(['Encounter for immunization', 'Need for vaccination'])],
    plan: ['Reviewed expected side effects; return/ED for allergic symptoms.', ...(!fluOnly && given.includes(VACCINES.shingrix) ? ['Second Shingrix dose in 2-6 months.'] : [])],
  }, { styles: ['soap', 'problem'] });
}

function colonScreeningReferral(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  const familyHistory = r.chance(0.4);
  g.dx('I10');
  const smoke = tobacco(r, p, true);
  if (smoke.code) g.dx(smoke.code);
  const screen = g.dx('Z12.11');
  if (familyHistory) g.dx('Z80.0');
  g.em(officeEmCode(p.newPatient, 3), [1, screen]);
  const relative = r.pick(['mother', 'father', 'brother']);
  return finish(c, {
    cc: r.pick(['BP follow-up; asks about colon screening.', 'Hypertension check and screening questions.']),
    hpi: `${who.title}, ${who.age}, with hypertension on ${r.pick(['lisinopril 20 mg', 'amlodipine 10 mg'])}, home BP ${r.int(118, 134)}/${r.int(70, 84)}. Never had colon cancer screening. ${familyHistory ? `${relative[0]!.toUpperCase()}${relative.slice(1)} was diagnosed with colon cancer at ${r.int(48, 62)}, which is why ${who.he} wants a colonoscopy rather than a stool test.` : denies(r, ['family history of colon cancer', 'rectal bleeding', 'change in bowel habits'])} ${familyHistory ? denies(r, ['rectal bleeding', 'change in bowel habits', 'weight loss']) : ''}`,
    pmh: ['HTN', ...surgicalNoise(r, p)],
    meds: ['antihypertensive as above'],
    fh: familyHistory ? `${relative[0]!.toUpperCase()}${relative.slice(1)} - colon cancer.` : familyNoise(r, ['cancer']),
    sh: `${smoke.text} ${alcohol(r)}`,
    ros: denies(r, ['chest pain', 'abdominal pain', 'melena']),
    vitals: vitals(r, p, { bp: [r.int(118, 136), r.int(70, 84)] }),
    exam: normalExam(r, ['general', 'heart', 'lungs', 'abdomen']),
    assessment: [r.pick(['Essential hypertension, controlled', 'HTN, at goal']), `Encounter for screening for malignant neoplasm of colon${familyHistory ? ` - family history of colon cancer in ${relative}` : ''}`],
    plan: ['Continue current antihypertensive; BMP yearly.', `Referral to GI for screening colonoscopy${familyHistory ? ' (first-degree relative with colon cancer)' : ''}.`, 'Return in 6 months.'],
    billing: emStatement(r, p, 3, MDM.stableChronic),
  });
}

export const PRENATAL_IMMUNIZATION_SCENARIOS = [
  scenario({ id: 'prenatal-normal', title: 'Supervision of normal pregnancy by trimester (Z34.x + Z3A)', sexes: FEMALE, ageRange: [16, 40], weight: 3, generate: (r, p) => prenatal(begin(r, p), false) }),
  scenario({ id: 'prenatal-high-risk', title: 'Supervision of high-risk pregnancy: advanced maternal age or prior preterm labor (O09.x + Z3A)', sexes: FEMALE, ageRange: [20, 44], weight: 2, generate: (r, p) => prenatal(begin(r, p), true) }),
  scenario({ id: 'influenza-vaccination', title: 'Influenza vaccine nurse visit (Z23; 90471 or Medicare G0008)', sexes: ANY_SEX, ageRange: [19, 95], weight: 5, generate: (r, p) => immunizationVisit(begin(r, p), true) }),
  scenario({ id: 'adult-vaccines', title: 'Adult vaccines with 90471/90472 (Tdap, Shingrix, hepatitis B, influenza)', sexes: ANY_SEX, ageRange: [19, 64], weight: 2, generate: (r, p) => immunizationVisit(begin(r, p), false) }),
  scenario({ id: 'colon-screening-referral', title: 'Hypertension visit with screening colonoscopy referral (Z12.11, Z80.0 when family history)', sexes: ANY_SEX, ageRange: [45, 75], weight: 2, generate: (r, p) => colonScreeningReferral(begin(r, p)) }),
];
