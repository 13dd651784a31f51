// Musculoskeletal. Low back pain with sciatica is the combination code M54.4x (not M54.50 +
// M54.3x). Joint injections (20610) carry RT/LT and the drug supply (J-codes, units per the HCPCS
// dose); an E/M is billed, with modifier 25, only when a separate problem is managed the same day.
import { MDM, emStatement, officeEmCode } from './em';
import { familyNoise, normalExam, surgicalNoise, tobacco, vitals } from './clinical';
import { ANY_SEX, begin, finish, scenario, type Ctx } from './kit';
import { denies } from './text';
import type { GeneratedNote } from './types';

const RED_FLAGS = ['saddle anesthesia', 'bowel or bladder incontinence', 'fever', 'unintentional weight loss', 'leg weakness', 'history of cancer'];

function ketorolacShot(c: Ctx, pointer: number): string {
  const mg = c.r.pick([30, 60]);
  c.g.proc({ system: 'CPT', code: '96372', diagnosisPointers: [pointer] });
  c.g.proc({ system: 'HCPCS', code: 'J1885', units: mg / 15, diagnosisPointers: [pointer] });
  return `Ketorolac ${mg} mg IM given in the ${c.r.pick(['right', 'left'])} gluteus by nursing, tolerated well.`;
}

function lowBackPain(c: Ctx, sciatica: boolean): GeneratedNote {
  const { r, p, who, g } = c;
  const right = r.chance(0.5);
  const side = right ? 'right' : 'left';
  const withLbp = sciatica && r.chance(0.6);
  const code = !sciatica ? 'M54.50' : withLbp ? (right ? 'M54.41' : 'M54.42') : right ? 'M54.31' : 'M54.32';
  const ptr = g.dx(code);
  g.em(officeEmCode(p.newPatient, 3));
  const shot = r.chance(0.3) ? ketorolacShot(c, ptr) : undefined;
  const dx = !sciatica
    ? r.pick(['Acute low back pain', 'Low back pain, mechanical', 'Lumbago without sciatica'])
    : withLbp
      ? r.pick([`Low back pain with ${side}-sided sciatica`, `Lumbago with sciatica, ${side} side`])
      : r.pick([`Sciatica, ${side} leg`, `${side[0]!.toUpperCase()}${side.slice(1)} sciatica`]);
  return finish(c, {
    cc: sciatica ? r.pick([`Pain down the ${side} leg.`, `${side} buttock and leg pain.`]) : r.pick(['Low back pain.', 'Back pain x 1 week.', 'Hurt my back lifting.']),
    hpi: `${who.full}, ${who.age}, with ${r.int(3, 21)} days of ${sciatica ? `${withLbp ? 'low back pain radiating' : 'shooting pain'} from the ${side} buttock down the posterior thigh to the calf` : 'low back pain after lifting, no radiation'}. Pain ${r.int(4, 8)}/10. ${denies(r, RED_FLAGS)}`,
    pmh: surgicalNoise(r, p),
    meds: ['ibuprofen OTC'],
    fh: familyNoise(r),
    sh: `${tobacco(r, p, false).text} Works as ${r.pick(['a warehouse associate', 'an office manager', 'a nurse', 'a driver'])}.`,
    ros: denies(r, ['abdominal pain', 'dysuria', 'rash']),
    vitals: vitals(r, p),
    exam: sciatica
      ? `Lumbar paraspinal tenderness. Straight-leg raise positive on the ${side} at ${r.int(35, 60)} degrees. Strength 5/5, reflexes symmetric, sensation intact.`
      : `Paraspinal muscle spasm and tenderness L3-L5. SLR negative bilaterally. Neuro intact.`,
    ...(shot ? { procedure: shot } : {}),
    assessment: [dx],
    plan: [r.pick(['Naproxen 500 mg BID with food x 10 days.', 'Cyclobenzaprine 5 mg qhs prn; continue NSAID.']), 'Heat, gentle activity; PT referral.', 'No imaging now (no red flags). Return if weakness, numbness in the groin, or incontinence.'],
    billing: emStatement(r, p, 3, MDM.acuteUncomplicatedRx),
  });
}

function jointInjection(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  const knee = r.chance(0.6);
  const bilateral = knee && r.chance(0.2);
  const right = r.chance(0.5);
  const side = bilateral ? 'bilateral' : right ? 'right' : 'left';
  const code = knee ? (bilateral ? 'M17.0' : right ? 'M17.11' : 'M17.12') : right ? 'M75.51' : 'M75.52';
  const ptr = g.dx(code);
  const withEm = r.chance(0.4);
  if (withEm) {
    g.dx('I10');
    g.em(officeEmCode(p.newPatient, 3), [2]);
  }
  const mod = bilateral ? '50' : right ? 'RT' : 'LT';
  g.proc({ system: 'CPT', code: '20610', modifiers: [mod], diagnosisPointers: [ptr] });
  const dose = knee ? (bilateral ? 80 : 40) : 40;
  if (knee) g.proc({ system: 'HCPCS', code: 'J3301', units: dose / 10, diagnosisPointers: [ptr] });
  else g.proc({ system: 'HCPCS', code: 'J1030', units: 1, diagnosisPointers: [ptr] });
  const joint = knee ? (bilateral ? 'both knees' : `${side} knee`) : `${side} shoulder (subacromial bursa)`;
  const dx = knee
    ? bilateral
      ? r.pick(['Primary osteoarthritis of both knees', 'Bilateral primary OA of knees'])
      : r.pick([`Primary osteoarthritis, ${side} knee`, `Unilateral primary OA of the ${side} knee`])
    : r.pick([`Subacromial bursitis, ${side} shoulder`, `Bursitis of ${side} shoulder`]);
  return finish(c, {
    cc: withEm ? `${knee ? 'Knee' : 'Shoulder'} pain; also BP follow-up.` : `Scheduled ${knee ? 'knee' : 'shoulder'} injection.`,
    hpi: `${who.title} has ${knee ? `chronic ${side} knee pain, worse with stairs, X-ray with medial joint-space narrowing and osteophytes` : `${side} shoulder pain with overhead reaching, night pain, no trauma`}. ${p.newPatient ? `Had an injection at another clinic ${r.int(4, 9)} months ago that helped.` : `Last injection here ${r.int(4, 9)} months ago helped.`} ${denies(r, ['fever', 'locking', 'giving way', 'numbness'])}${withEm ? ` Separately, hypertension reviewed: home BP ${r.int(120, 134)}/${r.int(72, 84)}, on lisinopril, no side effects.` : ''}`,
    pmh: [knee ? 'osteoarthritis' : 'rotator cuff tendinopathy', ...(withEm ? ['HTN'] : []), ...surgicalNoise(r, p)],
    meds: withEm ? ['lisinopril 10 mg', 'acetaminophen prn'] : ['acetaminophen prn'],
    fh: familyNoise(r),
    sh: tobacco(r, p, false).text,
    ros: denies(r, ['rash', 'chest pain', 'weight loss']),
    vitals: vitals(r, p),
    exam: knee ? `${side} knee: crepitus, medial joint line tenderness, small effusion, ROM 5-110 degrees, stable ligaments.` : `${side} shoulder: painful arc 70-120 degrees, positive Neer and Hawkins, strength 5/5.`,
    procedure: `Consent obtained; risks including infection, bleeding, steroid flare discussed. ${joint} prepped with chlorhexidine, ${knee ? 'superolateral' : 'posterior subacromial'} approach, 22-gauge needle, landmark guided (no ultrasound). Injected ${knee ? `triamcinolone acetonide ${bilateral ? '40 mg into each knee' : '40 mg'}` : 'methylprednisolone acetate 40 mg'} with 3 mL 1% lidocaine. No complications; band-aid applied.`,
    assessment: [dx, ...(withEm ? ['Essential hypertension, controlled'] : [])],
    plan: ['Ice, activity as tolerated; no more than 3-4 injections per year.', knee ? 'Quad strengthening program.' : 'PT for rotator cuff strengthening.', ...(withEm ? ['Continue lisinopril; BMP at next visit.'] : [])],
    ...(withEm ? { billing: emStatement(r, p, 3, { problems: '1 stable chronic illness (hypertension), separate from the procedure', data: 'home readings reviewed', risk: 'prescription drug management' }) } : {}),
  }, withEm ? {} : { kind: 'procedure_note', styles: ['problem', 'soap'] });
}

function gout(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  const right = r.chance(0.5);
  const side = right ? 'right' : 'left';
  g.dx(right ? 'M10.071' : 'M10.072');
  g.em(officeEmCode(p.newPatient, 4));
  g.proc({ system: 'CPT', code: '36415' });
  return finish(c, {
    cc: r.pick([`${side} big toe pain and swelling.`, 'Gout flare.', `Painful ${side} foot.`]),
    hpi: `${who.age} ${who.noun} woke ${r.int(1, 3)} days ago with severe pain, redness and swelling of the ${side} first MTP joint; can't tolerate the bedsheet. Similar episode ${r.int(1, 3)} years ago. No secondary cause identified (no diuretics, normal renal function). ${r.pick(['Had a steak dinner and beer the night before.', 'Drinks 4-6 beers on weekends.'])} ${denies(r, ['fever', 'trauma', 'other joint pain', 'skin wounds'])}`,
    pmh: surgicalNoise(r, p),
    meds: [],
    fh: familyNoise(r),
    sh: tobacco(r, p, false).text,
    ros: denies(r, ['chills', 'dysuria', 'flank pain']),
    vitals: vitals(r, p, { tempF: r.float1(98.2, 99.4) }),
    exam: `${side} 1st MTP: erythematous, warm, swollen, exquisitely tender; no open wound, no lymphangitic streaking. ${normalExam(r, ['heart', 'lungs'])}`,
    assessment: [r.pick([`Acute flare of primary gout, ${side} great toe (podagra)`, `Idiopathic gout, ${side} foot - acute attack`, `Primary gouty arthritis of ${side} first MTP joint`])],
    plan: [r.pick(['Colchicine 1.2 mg then 0.6 mg in 1 h, then 0.6 mg daily.', 'Prednisone 40 mg daily x 5 days.']), 'Uric acid, BMP drawn today; start allopurinol after the flare if recurrent.', 'Limit alcohol and red meat; return if fever or spreading redness.'],
    billing: emStatement(r, p, 4, { problems: '1 chronic illness with exacerbation', data: 'labs ordered', risk: 'prescription drug management' }),
  });
}

export const MSK_SCENARIOS = [
  scenario({ id: 'low-back-pain', title: 'Low back pain without sciatica', sexes: ANY_SEX, ageRange: [18, 85], weight: 6, generate: (r, p) => lowBackPain(begin(r, p), false) }),
  scenario({ id: 'sciatica', title: 'Sciatica with laterality, with or without low back pain', sexes: ANY_SEX, ageRange: [20, 85], weight: 3, generate: (r, p) => lowBackPain(begin(r, p), true) }),
  scenario({ id: 'joint-injection', title: 'Knee osteoarthritis or shoulder bursitis steroid injection (20610), sometimes with a separate E/M', sexes: ANY_SEX, ageRange: [40, 90], weight: 3, generate: (r, p) => jointInjection(begin(r, p)) }),
  scenario({ id: 'gout-flare', title: 'Acute gout of the great toe with laterality', sexes: ANY_SEX, ageRange: [30, 90], weight: 2, generate: (r, p) => gout(begin(r, p)) }),
];
