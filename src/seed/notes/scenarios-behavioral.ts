// Depression, anxiety and tobacco. Depression codes carry episode (single F32 / recurrent F33) and
// severity; "depression" with neither is F32.A. Standardized instruments (PHQ-9, GAD-7) scored in
// the office are 96127 per instrument. Tobacco cessation counseling is 99406 (3-10 min) or 99407
// (> 10 min), with Z71.6 after the nicotine dependence code.
import { emStatement, officeEmCode } from './em';
import { alcohol, familyNoise, normalExam, surgicalNoise, vitals } from './clinical';
import { ANY_SEX, begin, finish, scenario, type Ctx } from './kit';
import { denies } from './text';
import type { GeneratedNote } from './types';

const DEPRESSION = [
  { code: 'F32.0', words: 'Major depressive disorder, single episode, mild', phq: [10, 14] },
  { code: 'F32.1', words: 'Major depressive disorder, single episode, moderate', phq: [15, 19] },
  { code: 'F32.2', words: 'Major depressive disorder, single episode, severe without psychotic features', phq: [20, 24] },
  { code: 'F33.0', words: 'Major depressive disorder, recurrent, mild', phq: [10, 14] },
  { code: 'F33.1', words: 'MDD, recurrent episode, moderate', phq: [15, 19] },
  { code: 'F33.2', words: 'Major depressive disorder, recurrent, severe without psychotic features', phq: [20, 24] },
  { code: 'F32.A', words: 'Depression, unspecified', phq: [8, 14] },
] as const;

function depression(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  const d = r.pick(DEPRESSION);
  const phq = r.int(d.phq[0], d.phq[1]);
  g.dx(d.code);
  const gad = r.chance(0.4);
  g.em(officeEmCode(p.newPatient, 4));
  g.proc({ system: 'CPT', code: '96127', units: gad ? 2 : 1 });
  const recurrent = d.code.startsWith('F33');
  return finish(c, {
    cc: r.pick(['Feeling down.', 'Depression follow-up.', 'Low mood, poor sleep.']),
    hpi: `${who.full}, ${who.age}, reports ${r.int(3, 10)} weeks of low mood, anhedonia, poor sleep and low energy.${recurrent ? ` Prior depressive episodes in ${yearsList(c)}, treated with an SSRI.` : d.code === 'F32.A' ? '' : ' First such episode.'} PHQ-9 today ${phq}.${gad ? ` GAD-7 ${r.int(4, 9)}.` : ''} ${r.pick(['Denies suicidal ideation, plan, or intent.', 'No SI/HI.', 'Denies thoughts of self-harm.'])} ${denies(r, ['psychotic symptoms', 'manic episodes', 'substance use'])}`,
    pmh: surgicalNoise(r, p),
    meds: recurrent ? ['sertraline 50 mg daily'] : [],
    fh: familyNoise(r, ['psych']),
    sh: `${r.pick(['Lives with spouse.', 'Lives alone.', 'Lives with roommates.'])} ${alcohol(r)} Never smoker.`,
    ros: denies(r, ['weight loss', 'chest pain', 'palpitations']),
    vitals: vitals(r, p),
    exam: `${normalExam(r, ['general'])} Mental status: ${r.pick(['flat affect, linear thought process, good insight', 'tearful at times, logical, no psychosis'])}.`,
    assessment: [d.words],
    plan: [recurrent ? 'Increase sertraline to 100 mg daily.' : r.pick(['Start sertraline 50 mg daily.', 'Start escitalopram 10 mg daily.']), 'Referral to behavioral health for psychotherapy.', 'Crisis line 988 reviewed; return sooner if any suicidal thoughts.'],
    billing: emStatement(r, p, 4, { problems: '1 chronic illness with exacerbation/progression', data: 'standardized instrument(s) scored', risk: 'prescription drug management' }),
  });
}

function yearsList(c: Ctx): string {
  const y = Number(c.p.dateOfService.slice(0, 4));
  return `${y - c.r.int(6, 10)} and ${y - c.r.int(2, 5)}`;
}

function anxiety(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  const v = r.pick([
    { code: 'F41.1', words: ['Generalized anxiety disorder', 'GAD'] },
    { code: 'F41.0', words: ['Panic disorder without agoraphobia', 'Panic disorder'] },
    { code: 'F41.9', words: ['Anxiety, unspecified', 'Anxiety disorder'] },
  ] as const);
  g.dx(v.code);
  g.em(officeEmCode(p.newPatient, 3));
  g.proc({ system: 'CPT', code: '96127' });
  return finish(c, {
    cc: r.pick(['Anxiety.', 'Worrying all the time.', 'Panic attacks.']),
    hpi: `${who.title} describes ${v.code === 'F41.0' ? `${r.int(2, 6)} sudden episodes of palpitations, shortness of breath and fear of dying, peaking in 10 minutes` : 'constant worry about work and family, muscle tension and trouble sleeping'} for ${r.int(2, 8)} months. GAD-7 ${r.int(10, 17)}. ${denies(r, ['suicidal ideation', 'alcohol misuse', 'stimulant use'])} Thyroid labs normal last month.`,
    pmh: surgicalNoise(r, p),
    meds: [],
    fh: familyNoise(r, ['psych']),
    sh: `${alcohol(r)} Never smoker. ${r.pick(['Works in retail.', 'Graduate student.', 'Works as an accountant.'])}`,
    ros: denies(r, ['chest pain at rest', 'weight loss', 'tremor']),
    vitals: vitals(r, p),
    exam: `${normalExam(r, ['general', 'heart'])} Anxious affect, normal speech, no psychosis.`,
    assessment: [r.pick(v.words)],
    plan: ['Start sertraline 25 mg x 1 week then 50 mg.', 'CBT referral; breathing techniques reviewed.', 'Follow-up 4-6 weeks.'],
    billing: emStatement(r, p, 3, { problems: '1 chronic illness, new to me, stable', data: 'GAD-7 scored', risk: 'prescription drug management' }),
  });
}

function tobaccoCessation(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  const vape = r.chance(0.25);
  g.dx(vape ? 'F17.290' : 'F17.210');
  g.dx('Z71.6');
  const htn = r.chance(0.5);
  if (htn) g.dx('I10');
  const minutes = r.int(4, 20);
  // A counseling-only visit is just 99406/99407; an E/M is added only for a separately managed problem.
  if (htn) g.em(officeEmCode(p.newPatient, 3), [3, 1]);
  g.proc({ system: 'CPT', code: minutes > 10 ? '99407' : '99406', diagnosisPointers: [1, 2] });
  const product = vape ? 'nicotine e-cigarette (vape) pods' : `${r.int(10, 25)} cigarettes a day`;
  return finish(c, {
    cc: r.pick(['Wants to quit smoking.', 'Smoking cessation.', 'Quit vaping / smoking help.']),
    hpi: `${who.full}, ${who.age}, ${vape ? 'uses' : 'smokes'} ${product} for ${r.int(2, Math.max(3, p.ageYears - 15))} years, first use within 30 minutes of waking. Previous quit attempts: ${r.int(1, 4)}. Ready to quit; quit date set.${htn ? ` Also here for hypertension check: home BP ${r.int(124, 136)}/${r.int(76, 86)} on amlodipine.` : ''} ${denies(r, ['chest pain', 'hemoptysis', 'depression'])}`,
    pmh: [...(htn ? ['HTN'] : []), ...surgicalNoise(r, p)],
    meds: htn ? ['amlodipine 5 mg daily'] : [],
    fh: familyNoise(r),
    sh: `${vape ? 'Vapes nicotine daily.' : 'Current every-day smoker.'} ${alcohol(r)}`,
    ros: denies(r, ['cough', 'dyspnea', 'weight loss']),
    vitals: vitals(r, p),
    exam: normalExam(r, ['general', 'heart', 'lungs']),
    procedure: `Tobacco cessation counseling, ${minutes} minutes face-to-face (separate from the rest of the visit): discussed health risks, triggers, coping strategies, pharmacotherapy options and quit-line resources.`,
    assessment: [vape ? 'Nicotine dependence, e-cigarettes (vaping), uncomplicated' : r.pick(['Nicotine dependence, cigarettes, uncomplicated', 'Tobacco use disorder - cigarettes']), 'Tobacco cessation counseling', ...(htn ? ['Essential hypertension'] : [])],
    plan: ['Nicotine patch 21 mg/day with gum for cravings; varenicline discussed.', 'Quit line referral.', 'Follow-up in 4 weeks.', ...(htn ? ['Continue amlodipine.'] : [])],
    ...(htn ? { billing: emStatement(r, p, 3, { problems: '1 stable chronic illness (hypertension), separate from the counseling', data: 'home BP log reviewed', risk: 'prescription drug management' }) } : {}),
  });
}

export const BEHAVIORAL_SCENARIOS = [
  scenario({ id: 'depression', title: 'Depression: single or recurrent episode with severity, PHQ-9', sexes: ANY_SEX, ageRange: [18, 85], weight: 5, generate: (r, p) => depression(begin(r, p)) }),
  scenario({ id: 'anxiety', title: 'Anxiety: GAD, panic disorder, unspecified', sexes: ANY_SEX, ageRange: [18, 80], weight: 4, generate: (r, p) => anxiety(begin(r, p)) }),
  scenario({ id: 'tobacco-cessation', title: 'Nicotine dependence with cessation counseling (99406/99407)', sexes: ANY_SEX, ageRange: [18, 80], weight: 2, generate: (r, p) => tobaccoCessation(begin(r, p)) }),
];
