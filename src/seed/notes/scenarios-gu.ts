// Genitourinary. Organism codes (B95-B96) are added only when a culture result names the organism;
// hematuria is integral to N30.01 and is not coded separately; BPH with LUTS (N40.1) takes its
// "use additional code for associated symptoms" (R35.1, R39.12, ...).
import { MDM, emStatement, officeEmCode } from './em';
import { familyNoise, normalExam, surgicalNoise, tobacco, vitals } from './clinical';
import { FEMALE, MALE, begin, finish, scenario, type Ctx } from './kit';
import { denies, joinList, pickSome } from './text';
import type { GeneratedNote } from './types';

const ORGANISMS = [
  { code: 'B96.20', words: ['E. coli', 'Escherichia coli'] },
  { code: 'B96.1', words: ['Klebsiella pneumoniae'] },
  { code: 'B96.4', words: ['Proteus mirabilis'] },
  { code: 'B95.2', words: ['Enterococcus faecalis'] },
] as const;

function urinary(c: Ctx, cystitis: boolean): GeneratedNote {
  const { r, p, who, g } = c;
  const organism = r.chance(0.55) ? r.pick(ORGANISMS) : undefined;
  const hematuria = cystitis && r.chance(0.4);
  g.dx(cystitis ? (hematuria ? 'N30.01' : 'N30.00') : 'N39.0');
  if (organism) g.dx(organism.code);
  g.em(officeEmCode(p.newPatient, 3));
  const automated = r.chance(0.5);
  g.proc({ system: 'CPT', code: automated ? '81003' : '81002' });
  const bug = organism ? r.pick(organism.words) : '';
  const dx = cystitis
    ? hematuria
      ? r.pick(['Acute cystitis with hematuria', 'Hemorrhagic acute cystitis'])
      : r.pick(['Acute cystitis without hematuria', 'Acute uncomplicated cystitis, no hematuria'])
    : r.pick(['Urinary tract infection', 'UTI, site not specified', 'Urinary tract infection, uncomplicated']);
  return finish(c, {
    cc: r.pick(['Burning with urination.', 'Dysuria and frequency.', 'UTI symptoms.']),
    hpi: `${who.age} ${who.noun} with ${r.int(2, 5)} days of dysuria, urgency and frequency${hematuria ? ' with visible blood in the urine' : ''}. ${organism ? `Urine culture sent at her urgent-care visit ${r.int(2, 3)} days ago grew > 100,000 CFU/mL ${bug}, sensitive to nitrofurantoin.` : 'No recent culture.'} ${denies(r, ['fever', 'flank pain', 'vaginal discharge', 'nausea'])}`,
    pmh: [...surgicalNoise(r, p), ...(r.chance(0.3) ? ['one prior UTI 2 years ago'] : [])],
    meds: [],
    fh: familyNoise(r),
    sh: `${tobacco(r, p, false).text} ${p.ageYears < 55 ? r.pick(['Sexually active, monogamous.', 'LMP 2 weeks ago; not pregnant.']) : ''}`,
    ros: denies(r, ['back pain', 'rash', 'vomiting']),
    vitals: vitals(r, p, { tempF: r.float1(97.8, 99.3) }),
    exam: `${normalExam(r, ['general', 'abdomen'])} Mild suprapubic tenderness. No CVA tenderness.`,
    results: `Urinalysis (${automated ? 'automated analyzer' : 'dipstick, read manually'}): leukocyte esterase ${r.pick(['2+', '3+'])}, nitrite ${organism?.code === 'B95.2' ? 'negative' : 'positive'}, blood ${hematuria ? 'large' : r.pick(['negative', 'trace'])}.`,
    assessment: [`${dx}${organism ? ` due to ${bug}` : ''}`],
    plan: [r.pick(['Nitrofurantoin 100 mg BID x 5 days.', 'Nitrofurantoin macrocrystals 100 mg twice daily for 5 days.']), 'Increase fluids; phenazopyridine prn x 2 days.', 'Return if fever, flank pain, or no improvement in 48 h.'],
    billing: emStatement(r, p, 3, MDM.acuteUncomplicatedRx),
  });
}

const LUTS = [
  { code: 'R35.1', words: 'nocturia x3' },
  { code: 'R39.12', words: 'weak urinary stream' },
  { code: 'R39.11', words: 'hesitancy' },
  { code: 'R35.0', words: 'daytime frequency' },
  { code: 'R39.14', words: 'sensation of incomplete emptying' },
] as const;

function bph(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  const withLuts = r.chance(0.8);
  const symptoms = withLuts ? pickSome(r, LUTS, r.int(1, 3)) : [];
  g.dx(withLuts ? 'N40.1' : 'N40.0');
  symptoms.forEach((s) => g.dx(s.code));
  g.em(officeEmCode(p.newPatient, 3));
  g.proc({ system: 'CPT', code: '36415' });
  g.proc({ system: 'CPT', code: '51798' });
  const sx = joinList(symptoms.map((s) => s.words));
  return finish(c, {
    cc: withLuts ? r.pick(['Urinary symptoms.', 'Getting up at night to urinate.', 'Slow stream.']) : 'Follow-up enlarged prostate.',
    hpi: withLuts
      ? `${who.title}, ${who.age}, reports ${sx} for ${r.int(6, 24)} months. IPSS ${r.int(9, 19)}. ${denies(r, ['hematuria', 'dysuria', 'fever', 'weight loss', 'bone pain'])}`
      : `${who.title} had an enlarged prostate on exam last year. He has no urinary symptoms at all (IPSS ${r.int(0, 4)}). ${denies(r, ['hematuria', 'dysuria'])}`,
    pmh: surgicalNoise(r, p),
    meds: withLuts ? ['tamsulosin 0.4 mg nightly'] : [],
    fh: r.pick(['No family history of prostate cancer.', 'Noncontributory.']),
    sh: tobacco(r, p, false).text,
    ros: denies(r, ['back pain', 'constipation', 'erectile changes']),
    vitals: vitals(r, p),
    exam: `${normalExam(r, ['general', 'abdomen'])} DRE: smooth, symmetrically enlarged prostate (~${r.int(35, 60)} g), no nodules. Bladder not palpable.`,
    results: `Post-void residual measured by bladder ultrasound in office: ${r.int(30, 140)} mL. UA negative.`,
    assessment: withLuts
      ? [r.pick(['Benign prostatic hyperplasia with lower urinary tract symptoms', 'BPH with LUTS']), ...symptoms.map((s) => s.words[0]!.toUpperCase() + s.words.slice(1))]
      : [r.pick(['Benign prostatic hyperplasia without LUTS', 'BPH, asymptomatic'])],
    plan: withLuts ? ['Continue/start tamsulosin; consider finasteride.', 'PSA drawn today.', 'Limit evening fluids and caffeine.'] : ['Observation; PSA drawn today.', 'Return if urinary symptoms develop.'],
    billing: emStatement(r, p, 3, MDM.stableChronic),
  });
}

export const GU_SCENARIOS = [
  scenario({ id: 'uti', title: 'Urinary tract infection, with or without culture-proven organism', sexes: FEMALE, ageRange: [16, 90], weight: 5, generate: (r, p) => urinary(begin(r, p), false) }),
  scenario({ id: 'acute-cystitis', title: 'Acute cystitis with or without hematuria', sexes: FEMALE, ageRange: [16, 90], weight: 3, generate: (r, p) => urinary(begin(r, p), true) }),
  scenario({ id: 'bph', title: 'Benign prostatic hyperplasia with or without LUTS', sexes: MALE, ageRange: [50, 95], weight: 3, generate: (r, p) => bph(begin(r, p)) }),
];
