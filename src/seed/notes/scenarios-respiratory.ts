// Respiratory and ENT. Chapter 10 and categories H65-H66 say "use additional code to identify
// exposure to environmental tobacco smoke, history of tobacco dependence, tobacco dependence", so
// these notes code the documented tobacco status (F17.210, Z87.891, Z77.22). "Rule out
// pneumonia" in an office note codes the symptoms, never the pneumonia.
import { MDM, emStatement, officeEmCode } from './em';
import { alcohol, familyNoise, normalExam, surgicalNoise, tobacco, vitals, type Tobacco } from './clinical';
import { ANY_SEX, begin, finish, scenario, type Ctx } from './kit';
import { denies, durationPhrase } from './text';
import type { GeneratedNote } from './types';

/** Tobacco status for a respiratory note, adding secondhand-smoke exposure for children. */
function respiratoryTobacco(c: Ctx): Tobacco {
  const { r, p, g } = c;
  if (p.ageYears < 16 && r.chance(0.25)) {
    g.dx('Z77.22');
    return { text: r.pick(['Exposed to secondhand smoke at home (father smokes).', 'Lives with a parent who smokes indoors.']), code: 'Z77.22' };
  }
  const t = tobacco(r, p, true);
  if (t.code) g.dx(t.code);
  if (p.ageYears < 16) return { text: r.pick(['No smokers in the home.', 'No tobacco exposure.']) };
  return t;
}

function copd(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  g.dx('J44.1');
  const current = r.chance(0.4);
  g.dx(current ? 'F17.210' : 'Z87.891');
  g.em(officeEmCode(p.newPatient, 4));
  g.proc({ system: 'CPT', code: '94640' });
  const quit = Number(p.dateOfService.slice(0, 4)) - r.int(2, 15);
  return finish(c, {
    cc: r.pick(['Worsening shortness of breath.', 'COPD flare.', 'Increased cough and wheezing.']),
    hpi: `${who.full}, ${who.age}, with COPD (FEV1 ${r.int(38, 62)}% predicted) presents with ${durationPhrase(r, 'days', 3, 7)} of increased dyspnea, cough and ${r.pick(['yellow', 'green', 'thicker'])} sputum. Using albuterol ${r.int(4, 8)} times a day. ${denies(r, ['fever', 'chest pain', 'hemoptysis', 'leg swelling'])}`,
    pmh: ['COPD', ...surgicalNoise(r, p)],
    meds: ['tiotropium inhaler daily', 'albuterol HFA prn', r.pick(['fluticasone/salmeterol', 'budesonide/formoterol'])],
    fh: familyNoise(r, [], p.ageYears < 18),
    sh: current ? `Current smoker, ${r.int(30, 60)} pack-years, still smoking 1 ppd.` : `Former smoker, quit in ${quit}, ${r.int(25, 50)} pack-years.`,
    ros: denies(r, ['orthopnea', 'weight loss', 'night sweats']),
    vitals: vitals(r, p, { spo2: r.int(89, 93), rr: r.int(20, 24), tempF: r.float1(98.0, 99.4) }),
    exam: `Mild respiratory distress, speaking full sentences. Diffuse expiratory wheezes, prolonged expiration, no focal consolidation. ${normalExam(r, ['heart', 'extremities'])}`,
    procedure: `Nebulized albuterol 2.5 mg/ipratropium 0.5 mg given in office; after treatment SpO2 ${r.int(93, 96)}%, wheezing improved.`,
    assessment: [r.pick(['COPD with acute exacerbation', 'Acute exacerbation of chronic obstructive pulmonary disease', 'AECOPD']), current ? 'Nicotine dependence, cigarettes' : 'History of tobacco dependence'],
    plan: ['Prednisone 40 mg daily x 5 days; doxycycline 100 mg BID x 5 days.', 'Continue inhalers; spacer technique reviewed.', 'Return or go to ED if dyspnea worsens or SpO2 < 88%.'],
    billing: emStatement(r, p, 4, { problems: '1 chronic illness with exacerbation', data: 'pulse oximetry reviewed', risk: 'prescription drug management' }),
  });
}

const ASTHMA = [
  { code: 'J45.20', words: ['Mild intermittent asthma, uncomplicated', 'Asthma, mild intermittent, without exacerbation'], flare: false },
  { code: 'J45.21', words: ['Mild intermittent asthma with acute exacerbation', 'Asthma exacerbation, mild intermittent asthma'], flare: true },
  { code: 'J45.40', words: ['Moderate persistent asthma, uncomplicated', 'Asthma, moderate persistent, well controlled'], flare: false },
  { code: 'J45.41', words: ['Moderate persistent asthma with acute exacerbation', 'Acute exacerbation of moderate persistent asthma'], flare: true },
] as const;

function asthma(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  const a = r.pick(ASTHMA);
  g.dx(a.code);
  const smoke = respiratoryTobacco(c);
  g.em(officeEmCode(p.newPatient, a.flare ? 4 : 3));
  if (a.flare) g.proc({ system: 'CPT', code: '94640' });
  return finish(c, {
    cc: a.flare ? r.pick(['Wheezing.', 'Asthma attack.', 'Cough and chest tightness.']) : r.pick(['Asthma follow-up.', 'Inhaler refill.']),
    hpi: a.flare
      ? `${who.title} has ${durationPhrase(r, 'days', 1, 4)} of wheeze and chest tightness after a ${r.pick(['cold', 'pollen exposure', 'cat exposure'])}; albuterol helps only briefly. ${denies(r, ['fever', 'chest pain', 'cyanosis'])}`
      : `${who.title} reports daytime symptoms ${r.pick(['< 2 days/week', '3-4 days/week'])}, night waking ${r.pick(['rarely', 'twice a month'])}. ${denies(r, ['ED visits', 'oral steroid bursts this year'])}`,
    pmh: ['asthma', ...(r.chance(0.3) ? ['eczema as an infant'] : [])],
    meds: a.code.startsWith('J45.4') ? ['fluticasone/salmeterol 100/50 BID', 'albuterol prn'] : ['albuterol HFA prn'],
    fh: familyNoise(r, [], p.ageYears < 18),
    sh: smoke.text,
    ros: denies(r, ['vomiting', 'rash', 'ear pain']),
    vitals: vitals(r, p, a.flare ? { spo2: r.int(92, 95), rr: r.int(20, 26) } : {}),
    exam: a.flare ? `Expiratory wheezes bilaterally, mild intercostal retractions. ${normalExam(r, ['heart'])}` : normalExam(r, ['general', 'heart', 'lungs']),
    ...(a.flare ? { procedure: `Albuterol 2.5 mg nebulizer treatment in clinic; post-treatment wheezing resolved, SpO2 ${r.int(96, 98)}%.` } : {}),
    assessment: [r.pick(a.words)],
    plan: a.flare ? ['Prednisolone burst 5 days.', 'Albuterol q4h prn; asthma action plan updated.', 'Return if breathing worsens.'] : ['Continue current therapy; action plan reviewed.', 'Flu vaccine in the fall.'],
    billing: emStatement(r, p, a.flare ? 4 : 3, a.flare ? { problems: '1 chronic illness with exacerbation', data: 'oximetry reviewed', risk: 'prescription drug management' } : MDM.stableChronic),
  });
}

function pneumonia(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  g.dx('J18.9');
  const smoke = respiratoryTobacco(c);
  g.em(officeEmCode(p.newPatient, 4));
  g.proc({ system: 'CPT', code: '71046' });
  const lobe = r.pick(['right lower lobe', 'left lower lobe', 'right middle lobe']);
  return finish(c, {
    cc: r.pick(['Cough and fever.', 'Productive cough x 5 days.', 'Fever, chills, cough.']),
    hpi: `${who.age} ${who.noun} with ${durationPhrase(r, 'days', 3, 7)} of productive cough, fevers to ${r.float1(101, 103)} F and pleuritic pain. No recent hospitalization or antibiotics. ${denies(r, ['hemoptysis', 'leg swelling', 'confusion', 'vomiting'])}`,
    pmh: surgicalNoise(r, p),
    meds: [],
    fh: familyNoise(r, [], p.ageYears < 18),
    sh: `${smoke.text} ${p.ageYears >= 18 ? alcohol(r) : ''}`,
    ros: denies(r, ['rash', 'dysuria', 'headache']),
    vitals: vitals(r, p, { tempF: r.float1(100.6, 102.4), hr: r.int(92, 108), spo2: r.int(93, 96), rr: r.int(18, 22) }),
    exam: `Ill-appearing but nontoxic. Crackles and bronchial breath sounds at the ${lobe}. ${normalExam(r, ['heart'])}`,
    results: `Chest x-ray PA and lateral in office, my read: ${lobe} airspace consolidation, no effusion. CURB-65 ${p.ageYears >= 65 ? 1 : 0}.`,
    assessment: [r.pick([`Community-acquired pneumonia, ${lobe}`, `CAP - ${lobe} infiltrate`, `Pneumonia, ${lobe}, community acquired`])],
    plan: [r.pick(['Amoxicillin 1 g TID plus azithromycin x 5 days.', 'Doxycycline 100 mg BID x 7 days.']), 'Fluids, antipyretics.', 'Recheck in 48-72 hours; ED if dyspnea, confusion or SpO2 < 92%. Repeat CXR in 6 weeks.'],
    billing: emStatement(r, p, 4, MDM.acuteWithSystemic),
  });
}

function coughRuleOutPneumonia(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  g.dx('R05.1');
  g.dx('R50.9');
  const smoke = respiratoryTobacco(c);
  g.em(officeEmCode(p.newPatient, 3));
  return finish(c, {
    cc: r.pick(['Cough and fever.', 'Cough x 1 week with fevers.']),
    hpi: `${who.title} has had a dry-to-productive cough for ${r.int(5, 12)} days with subjective fevers. ${denies(r, ['shortness of breath', 'chest pain', 'hemoptysis', 'sick contacts with COVID'])}`,
    pmh: surgicalNoise(r, p),
    meds: [],
    fh: familyNoise(r, [], p.ageYears < 18),
    sh: smoke.text,
    ros: denies(r, ['sore throat', 'ear pain', 'rash']),
    vitals: vitals(r, p, { tempF: r.float1(100.4, 101.3) }),
    exam: `${normalExam(r, ['general', 'heart'])} ${r.pick(['Scattered rhonchi that clear with cough.', 'Questionable faint crackles at the right base.'])}`,
    assessment: [r.pick(['Acute cough with fever - rule out pneumonia', 'Acute cough and fever, possible early pneumonia vs viral bronchitis', 'Acute cough; fever; r/o CAP'])],
    plan: ['Chest x-ray ordered at imaging center; will call with results.', 'Supportive care, acetaminophen, fluids.', 'If CXR positive will start antibiotics; return if worsening dyspnea.'],
    billing: emStatement(r, p, 3, { problems: '1 acute illness with systemic symptoms', data: 'chest x-ray ordered', risk: 'OTC medications' }),
  });
}

function bronchitis(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  g.dx('J20.9');
  const smoke = respiratoryTobacco(c);
  g.em(officeEmCode(p.newPatient, 3));
  return finish(c, {
    cc: r.pick(['Cough.', 'Chest cold.', 'Cough x 10 days.']),
    hpi: `${who.age} ${who.noun} with cough for ${r.int(7, 14)} days after a URI, some clear sputum and mild wheeze. ${denies(r, ['fever', 'dyspnea at rest', 'hemoptysis', 'weight loss'])}`,
    pmh: surgicalNoise(r, p),
    meds: [],
    fh: familyNoise(r, [], p.ageYears < 18),
    sh: smoke.text,
    ros: denies(r, ['chest pain', 'night sweats', 'heartburn']),
    vitals: vitals(r, p),
    exam: `${normalExam(r, ['general', 'heart'])} Scattered rhonchi, no crackles, no egophony.`,
    assessment: [r.pick(['Acute bronchitis', 'Acute bronchitis, likely viral', 'Acute bronchitis - no evidence of pneumonia'])],
    plan: ['No antibiotics indicated; discussed viral course.', r.pick(['Benzonatate 100 mg TID prn.', 'Albuterol inhaler prn wheeze.']), 'Return if fever, dyspnea, or cough beyond 3 weeks.'],
    billing: emStatement(r, p, 3, MDM.acuteUncomplicatedRx),
  });
}

export const RESPIRATORY_SCENARIOS = [
  scenario({ id: 'copd-exacerbation', title: 'COPD with acute exacerbation, nebulizer in office', sexes: ANY_SEX, ageRange: [45, 90], weight: 3, generate: (r, p) => copd(begin(r, p)) }),
  scenario({ id: 'asthma', title: 'Asthma, mild intermittent or moderate persistent, with or without exacerbation', sexes: ANY_SEX, ageRange: [5, 75], weight: 4, generate: (r, p) => asthma(begin(r, p)) }),
  scenario({ id: 'community-acquired-pneumonia', title: 'Community-acquired pneumonia with office chest x-ray', sexes: ANY_SEX, ageRange: [18, 90], weight: 2, generate: (r, p) => pneumonia(begin(r, p)) }),
  scenario({ id: 'cough-rule-out-pneumonia', title: 'Cough and fever, rule out pneumonia: symptoms coded', sexes: ANY_SEX, ageRange: [18, 85], weight: 2, generate: (r, p) => coughRuleOutPneumonia(begin(r, p)) }),
  scenario({ id: 'acute-bronchitis', title: 'Acute bronchitis', sexes: ANY_SEX, ageRange: [12, 85], weight: 4, generate: (r, p) => bronchitis(begin(r, p)) }),
];

export { respiratoryTobacco };
