// Headache, migraine, dizziness, GERD. Uncertain diagnoses ("possible", "rule out", "vs") are not
// coded in the office: the symptom is (R51.9, R42). Migraine codes carry aura, intractability and
// status migrainosus; a documented positive Dix-Hallpike makes BPPV a confirmed diagnosis.
import { MDM, emStatement, officeEmCode } from './em';
import { alcohol, familyNoise, normalExam, surgicalNoise, tobacco, vitals } from './clinical';
import { ANY_SEX, begin, finish, scenario, type Ctx } from './kit';
import { denies } from './text';
import type { GeneratedNote } from './types';

const NEURO_NEG = ['focal weakness', 'numbness', 'slurred speech', 'vision loss', 'fever', 'neck stiffness', 'worst headache of life'];

function migraine(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  const v = r.pick([
    { code: 'G43.009', words: ['Migraine without aura, not intractable, without status migrainosus', 'Common migraine (no aura), not intractable'] },
    { code: 'G43.109', words: ['Migraine with aura, not intractable, without status migrainosus', 'Migraine with visual aura, responsive to treatment'] },
    { code: 'G43.019', words: ['Migraine without aura, intractable, without status migrainosus', 'Intractable migraine without aura'] },
    { code: 'G43.709', words: ['Chronic migraine without aura, not intractable, without status migrainosus'] },
  ] as const);
  const ptr = g.dx(v.code);
  g.em(officeEmCode(p.newPatient, 4));
  const shot = r.chance(0.4);
  if (shot) {
    g.proc({ system: 'CPT', code: '96372', diagnosisPointers: [ptr] });
    g.proc({ system: 'HCPCS', code: 'J1885', units: 2, diagnosisPointers: [ptr] });
  }
  const aura = v.code === 'G43.109';
  return finish(c, {
    cc: r.pick(['Migraine.', 'Headache.', 'Recurrent headaches.']),
    hpi: `${who.full}, ${who.age}, with ${r.int(2, 15)} years of throbbing ${r.pick(['unilateral', 'left-sided', 'right temporal'])} headaches with nausea and photophobia, ${v.code === 'G43.709' ? `${r.int(15, 22)} headache days per month` : `${r.int(2, 6)} per month`}, ${aura ? 'preceded by zigzag visual aura lasting 20 minutes' : 'no aura'}. ${v.code === 'G43.019' ? 'Current attack unresponsive to triptans and NSAIDs at home.' : 'Sumatriptan usually works.'} ${denies(r, NEURO_NEG)}`,
    pmh: surgicalNoise(r, p),
    meds: ['sumatriptan 50 mg prn', 'ibuprofen prn'],
    fh: r.pick(['Mother has migraines.', 'Sister with migraines.', familyNoise(r, ['neuro'], p.ageYears < 18)]),
    sh: `${tobacco(r, p, false).text} ${alcohol(r)}`,
    ros: denies(r, ['weight loss', 'jaw claudication', 'rash']),
    vitals: vitals(r, p),
    exam: `${normalExam(r, ['general'])} Neuro: cranial nerves II-XII intact, fundi sharp, strength and sensation normal, gait normal, no meningismus.`,
    ...(shot ? { procedure: 'Ketorolac 30 mg IM administered in clinic; headache improved from 8/10 to 3/10 after 40 minutes.' } : {}),
    assessment: [r.pick(v.words)],
    plan: [r.pick(['Start propranolol 40 mg BID for prevention.', 'Start topiramate 25 mg qhs, titrate.', 'Continue sumatriptan; headache diary.']), 'Limit analgesic use to < 10 days/month.', 'Return/ED for sudden severe headache, weakness, or fever with stiff neck.'],
    billing: emStatement(r, p, 4, { problems: '1 chronic illness with exacerbation', data: 'headache diary reviewed', risk: 'prescription drug management' }),
  });
}

function headache(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  const tension = r.chance(0.4);
  g.dx(tension ? 'G44.209' : 'R51.9');
  g.em(officeEmCode(p.newPatient, 3));
  return finish(c, {
    cc: r.pick(['Headaches.', 'Headache x 2 weeks.', 'Head pain.']),
    hpi: `${who.title} reports ${tension ? 'band-like bilateral pressure headaches in the afternoons, worse with stress and screen time' : `new headaches for ${r.int(1, 4)} weeks, ${r.pick(['frontal', 'diffuse', 'occipital'])}, moderate`}. ${denies(r, NEURO_NEG)} No nausea or photophobia.`,
    pmh: surgicalNoise(r, p),
    meds: ['acetaminophen prn'],
    fh: familyNoise(r, ['neuro'], p.ageYears < 18),
    sh: `${tobacco(r, p, false).text} Caffeine ${r.int(1, 4)} cups/day.`,
    ros: denies(r, ['jaw pain', 'sinus congestion', 'weight loss']),
    vitals: vitals(r, p),
    exam: `${normalExam(r, ['general'])} ${tension ? 'Tender pericranial and trapezius muscles.' : 'No sinus tenderness.'} Neuro exam nonfocal; fundi normal.`,
    assessment: [tension ? r.pick(['Tension-type headache, not intractable', 'Tension headache, not intractable']) : r.pick(['Headache - possible migraine vs tension type, rule out secondary cause', 'Headache, unclear etiology; probable migraine'])],
    plan: [tension ? 'Ibuprofen prn (max 2-3 days/week); stretching, sleep hygiene.' : 'Headache diary; trial of naproxen prn.', 'Return immediately for sudden severe headache, weakness, confusion or fever.'],
    billing: emStatement(r, p, 3, { problems: '1 acute uncomplicated illness / undiagnosed problem', data: 'minimal', risk: 'OTC/prescription NSAID' }),
  });
}

function dizziness(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  const bppv = r.chance(0.5);
  const right = r.chance(0.5);
  const side = right ? 'right' : 'left';
  g.dx(bppv ? (right ? 'H81.11' : 'H81.12') : 'R42');
  g.em(officeEmCode(p.newPatient, bppv ? 3 : 4));
  if (bppv) g.proc({ system: 'CPT', code: '95992' });
  if (!bppv) g.proc({ system: 'CPT', code: '93000' });
  return finish(c, {
    cc: r.pick(['Dizziness.', 'Room spinning.', 'Lightheaded spells.']),
    hpi: bppv
      ? `${who.title} has brief (< 1 min) spinning episodes when rolling over in bed or looking up, for ${r.int(3, 14)} days. ${denies(r, ['hearing loss', 'tinnitus', 'headache', 'double vision', 'weakness'])}`
      : `${who.title} reports intermittent dizziness for ${r.int(1, 4)} weeks, hard to characterize - ${r.pick(['lightheaded', 'off balance', 'woozy'])}. ${denies(r, ['syncope', 'chest pain', 'palpitations', 'focal weakness', 'hearing loss'])}`,
    pmh: surgicalNoise(r, p),
    meds: [],
    fh: familyNoise(r, [], p.ageYears < 18),
    sh: `${tobacco(r, p, false).text} ${alcohol(r)}`,
    ros: denies(r, ['fever', 'vomiting', 'melena']),
    vitals: `${vitals(r, p)} Orthostatic vitals negative.`,
    exam: bppv
      ? `Dix-Hallpike positive on the ${side} with upbeating torsional nystagmus, latency 3 s, fatigable. Neuro exam otherwise normal; HINTS benign.`
      : `${normalExam(r, ['general', 'heart'])} Dix-Hallpike negative both sides. Romberg negative, gait normal, cranial nerves intact.`,
    ...(bppv ? { procedure: `Canalith repositioning (Epley maneuver) performed for the ${side} posterior canal; symptoms resolved on repeat testing.` } : { results: `ECG today (my interpretation): sinus rhythm ${r.int(60, 84)}, normal intervals, no ectopy.` }),
    assessment: [bppv ? r.pick([`Benign paroxysmal positional vertigo, ${side} ear`, `BPPV, ${side} posterior canal`]) : r.pick(['Dizziness - possible vestibular vs orthostatic, unclear', 'Dizziness and giddiness; rule out arrhythmia'])],
    plan: bppv ? ['Home Brandt-Daroff exercises.', 'Return if hearing loss or new neuro symptoms.'] : ['CBC, BMP; Holter monitor ordered.', 'Hydration; rise slowly.', 'Call 911 for fainting, chest pain, weakness or speech trouble.'],
    billing: emStatement(r, p, bppv ? 3 : 4, bppv ? MDM.acuteUncomplicatedOtc : { ...MDM.undiagnosedNew, data: 'CBC, BMP and Holter monitor ordered', risk: 'decision on diagnostic workup; prescription drug review' }),
  });
}

function gerd(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  const esophagitis = r.chance(0.35);
  g.dx(esophagitis ? 'K21.00' : 'K21.9');
  g.em(officeEmCode(p.newPatient, 3));
  return finish(c, {
    cc: r.pick(['Heartburn.', 'Acid reflux.', 'Burning in chest after meals.']),
    hpi: `${who.age} ${who.noun} with heartburn and regurgitation ${r.int(3, 6)} nights a week, worse after large meals and lying down. ${esophagitis ? `EGD last month (report reviewed): LA grade ${r.pick(['A', 'B'])} reflux esophagitis, no Barrett's, no bleeding.` : ''} ${denies(r, ['dysphagia', 'odynophagia', 'weight loss', 'melena', 'hematemesis', 'exertional chest pain'])}`,
    pmh: surgicalNoise(r, p),
    meds: ['calcium carbonate prn'],
    fh: familyNoise(r, ['cancer'], p.ageYears < 18),
    sh: `${tobacco(r, p, false).text} ${alcohol(r)} ${r.int(1, 3)} coffees/day.`,
    ros: denies(r, ['cough', 'hoarseness', 'abdominal pain']),
    vitals: vitals(r, p),
    exam: normalExam(r, ['general', 'heart', 'lungs', 'abdomen']),
    assessment: [esophagitis ? r.pick(['GERD with esophagitis, without bleeding', 'Reflux esophagitis (GERD with esophagitis), no hemorrhage']) : r.pick(['GERD without esophagitis', 'Gastroesophageal reflux disease'])],
    plan: [r.pick(['Omeprazole 20 mg daily before breakfast x 8 weeks.', 'Pantoprazole 40 mg daily.']), 'Elevate head of bed, avoid late meals, limit caffeine/alcohol.', 'Return if trouble swallowing, weight loss, or black stools.'],
    billing: emStatement(r, p, 3, MDM.stableChronic),
  });
}

export const NEURO_GI_SCENARIOS = [
  scenario({ id: 'migraine', title: 'Migraine with/without aura, intractable or chronic, sometimes IM ketorolac', sexes: ANY_SEX, ageRange: [14, 70], weight: 3, generate: (r, p) => migraine(begin(r, p)) }),
  scenario({ id: 'headache', title: 'Headache: uncertain cause (symptom) or tension-type', sexes: ANY_SEX, ageRange: [14, 80], weight: 3, generate: (r, p) => headache(begin(r, p)) }),
  scenario({ id: 'dizziness', title: 'Dizziness (symptom) or BPPV with Epley maneuver', sexes: ANY_SEX, ageRange: [25, 90], weight: 2, generate: (r, p) => dizziness(begin(r, p)) }),
  scenario({ id: 'gerd', title: 'GERD with or without esophagitis', sexes: ANY_SEX, ageRange: [20, 85], weight: 4, generate: (r, p) => gerd(begin(r, p)) }),
];
