// Skin: dermatitis, cellulitis (site and laterality in the code), laceration repair (CPT by repair
// type, anatomic group and summed length), benign lesion excision (CPT by site and excised
// diameter = lesion + margins; diagnosis from the final pathology, not "lesion").
import { MDM, emStatement, officeEmCode } from './em';
import { familyNoise, normalExam, surgicalNoise, tobacco, vitals } from './clinical';
import { ANY_SEX, begin, finish, scenario, type Ctx } from './kit';
import { denies, yearsBefore } from './text';
import type { GeneratedNote } from './types';

function dermatitis(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  const v = r.pick([
    { code: 'L20.9', words: ['Atopic dermatitis', 'Eczema (atopic dermatitis), flare'], story: 'lifelong dry itchy skin, flaring this winter', exam: 'lichenified erythematous plaques in the antecubital and popliteal fossae' },
    { code: 'L23.7', words: ['Allergic contact dermatitis due to poison ivy', 'Rhus dermatitis (poison ivy), allergic contact'], story: 'itchy rash 2 days after clearing brush (poison ivy in the yard)', exam: 'linear vesicles and papules on the forearms' },
    { code: 'L30.9', words: ['Dermatitis, unspecified', 'Dermatitis, nonspecific'], story: 'itchy rash for 3 weeks, no new exposures', exam: 'scattered erythematous scaly patches on the trunk' },
  ] as const);
  g.dx(v.code);
  g.em(officeEmCode(p.newPatient, 3));
  return finish(c, {
    cc: r.pick(['Rash.', 'Itchy rash.', 'Skin rash x 1 week.']),
    hpi: `${who.title} reports ${v.story}. ${denies(r, ['fever', 'mucosal lesions', 'new medications', 'joint pain'])}`,
    pmh: surgicalNoise(r, p),
    meds: [],
    fh: familyNoise(r, [], p.ageYears < 18),
    sh: tobacco(r, p, false).text,
    ros: denies(r, ['sore throat', 'shortness of breath', 'facial swelling']),
    vitals: vitals(r, p),
    exam: `Skin: ${v.exam}. No pustules or honey crusting. No target lesions.`,
    assessment: [r.pick(v.words)],
    plan: [r.pick(['Triamcinolone 0.1% cream BID x 2 weeks.', 'Hydrocortisone 2.5% to face, triamcinolone 0.1% to body.']), 'Fragrance-free emollients; cetirizine at night for itch.', 'Return if spreading, fever, or signs of infection.'],
    billing: emStatement(r, p, 3, MDM.acuteUncomplicatedRx),
  });
}

const CELLULITIS = [
  { right: 'L03.115', left: 'L03.116', site: 'lower leg' },
  { right: 'L03.113', left: 'L03.114', site: 'forearm' },
] as const;

function cellulitis(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  const site = r.pick(CELLULITIS);
  const right = r.chance(0.5);
  const side = right ? 'right' : 'left';
  const ptr = g.dx(right ? site.right : site.left);
  // Fever makes it an acute illness with systemic symptoms (moderate); otherwise acute uncomplicated.
  const febrile = r.chance(0.4);
  const level = febrile ? 4 : 3;
  g.em(officeEmCode(p.newPatient, level));
  const shot = r.chance(0.5);
  if (shot) {
    g.proc({ system: 'CPT', code: '96372', diagnosisPointers: [ptr] });
    g.proc({ system: 'HCPCS', code: 'J0696', units: 4, diagnosisPointers: [ptr] });
  }
  return finish(c, {
    cc: `Red, swollen ${side} ${site.site === 'lower leg' ? 'leg' : 'arm'}.`,
    hpi: `${who.age} ${who.noun} with ${r.int(2, 4)} days of spreading redness, warmth and pain of the ${side} ${site.site} after a ${r.pick(['scratch', 'insect bite', 'small cut'])}. ${febrile ? 'Fever to 101 and chills last night. ' : ''}${denies(r, febrile ? ['drainage', 'crepitus', 'calf pain'] : ['fever', 'chills', 'drainage', 'crepitus', 'calf pain'])}`,
    pmh: surgicalNoise(r, p),
    meds: [],
    fh: familyNoise(r, [], p.ageYears < 18),
    sh: tobacco(r, p, false).text,
    ros: denies(r, ['nausea', 'rash elsewhere', 'joint pain']),
    vitals: vitals(r, p, { tempF: febrile ? r.float1(100.5, 101.6) : r.float1(98.0, 99.2) }),
    exam: `${side} ${site.site}: ${r.int(6, 14)} x ${r.int(4, 9)} cm area of erythema, warmth and tenderness, borders marked with pen; no fluctuance, no abscess, no lymphangitic streaking. ${normalExam(r, ['heart', 'lungs'])}`,
    ...(shot ? { procedure: 'Ceftriaxone 1 g IM given in clinic (gluteal), no reaction.' } : {}),
    assessment: [r.pick([`Cellulitis of ${side} ${site.site}`, `${side[0]!.toUpperCase()}${side.slice(1)} ${site.site} cellulitis, nonpurulent`])],
    plan: [r.pick(['Cephalexin 500 mg QID x 7 days.', 'Cefadroxil 1 g BID x 7 days.']), 'Elevate; watch the marked border.', 'Recheck in 48 h; go to ED if fever, rapid spread, or severe pain.'],
    billing: emStatement(r, p, level, { problems: febrile ? '1 acute illness with systemic symptoms (fever)' : '1 acute uncomplicated illness', data: 'minimal', risk: shot ? 'parenteral and oral prescription drug management' : 'prescription drug management' }),
  });
}

interface LacSite {
  name: (side: string) => string;
  code: (right: boolean) => string;
  face: boolean;
  sided: boolean;
}

const LAC_SITES: readonly LacSite[] = [
  { name: (s) => `${s} forearm`, code: (rt) => (rt ? 'S51.811A' : 'S51.812A'), face: false, sided: true },
  { name: (s) => `dorsum of the ${s} hand`, code: (rt) => (rt ? 'S61.411A' : 'S61.412A'), face: false, sided: true },
  { name: (s) => `${s} lower leg (shin)`, code: (rt) => (rt ? 'S81.811A' : 'S81.812A'), face: false, sided: true },
  { name: () => 'scalp', code: () => 'S01.01XA', face: false, sided: false },
  { name: () => 'forehead', code: () => 'S01.81XA', face: true, sided: false },
];

/** Repair code from anatomic group, complexity and length (cm, one decimal). */
export function repairCode(face: boolean, layered: boolean, cm: number): string {
  if (layered) return cm <= 2.5 ? (face ? '12051' : '12031') : face ? '12052' : '12032';
  if (face) return cm <= 2.5 ? '12011' : cm <= 5 ? '12013' : '12014';
  return cm <= 2.5 ? '12001' : cm <= 7.5 ? '12002' : '12004';
}

function laceration(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  const site = r.pick(LAC_SITES);
  const right = r.chance(0.5);
  const side = right ? 'right' : 'left';
  const layered = !site.face && r.chance(0.3);
  const cm = site.face ? r.float1(1.0, 5.0) : r.float1(1.0, layered ? 7.5 : 9.5);
  const ptr = g.dx(site.code(right));
  const tdap = p.ageYears >= 7 && r.chance(0.4);
  const repair = repairCode(site.face, layered, cm);
  g.proc({ system: 'CPT', code: repair, diagnosisPointers: [ptr] });
  if (tdap) {
    const z = g.dx('Z23');
    g.proc({ system: 'CPT', code: '90715', diagnosisPointers: [z] });
    g.proc({ system: 'CPT', code: '90471', diagnosisPointers: [z] });
  }
  const where = site.name(side);
  return finish(c, {
    cc: `Laceration to the ${where}.`,
    hpi: `${who.full}, ${who.age}, cut the ${where} on ${r.pick(['a kitchen knife', 'a piece of sheet metal', 'broken glass', 'the corner of a table'])} ${r.int(1, 5)} hours ago. Bleeding controlled with pressure. ${denies(r, ['numbness', 'weakness', 'foreign body sensation', 'loss of consciousness'])} Last tetanus ${tdap ? `over 10 years ago (${yearsBefore(p.dateOfService, r.int(11, 20))})` : `${yearsBefore(p.dateOfService, r.int(1, 4))}`}.`,
    pmh: surgicalNoise(r, p),
    meds: [],
    fh: 'Noncontributory.',
    sh: tobacco(r, p, false).text,
    ros: denies(r, ['fever', 'dizziness']),
    vitals: vitals(r, p),
    exam: `${cm.toFixed(1)} cm linear laceration of the ${where}, ${layered ? 'through the dermis into subcutaneous fat requiring layered closure' : 'superficial, through the dermis, edges well approximated'}. ${site.sided ? 'No tendon involvement, full strength and sensation distally.' : 'No underlying bony step-off.'} No foreign body seen.`,
    procedure: `${layered ? 'Intermediate (layered)' : 'Simple'} repair. Verbal consent. Local anesthesia with 1% lidocaine${site.face ? ' with epinephrine' : ''}. Irrigated with 250 mL normal saline, explored - no foreign body. ${layered ? `Deep layer closed with 4-0 Vicryl, skin with ${r.int(4, 8)} interrupted 4-0 nylon` : `Closed with ${r.int(3, 9)} interrupted ${site.face ? '6-0' : '4-0'} nylon sutures`}. Total length repaired: ${cm.toFixed(1)} cm. Tolerated well, no complications.${tdap ? ' Tdap 0.5 mL IM given in the deltoid after VIS reviewed.' : ''}`,
    assessment: [`Laceration without foreign body of the ${where}, initial encounter`, ...(tdap ? ['Need for tetanus booster (Tdap given)'] : [])],
    plan: [`Suture removal in ${site.face ? '5' : site.name('x').includes('scalp') ? '7-10' : '10-14'} days.`, 'Keep dry 24 h, then gentle washing; antibiotic ointment.', 'Return if redness, pus, fever, or wound opens.'],
  }, { kind: 'procedure_note', styles: ['problem', 'soap'] });
}

const LESIONS = [
  { code: (rt: boolean) => (rt ? 'D22.61' : 'D22.62'), where: (s: string) => `${s} upper arm`, path: 'benign compound melanocytic nevus, margins clear', dx: 'Benign melanocytic nevus', face: false },
  { code: (rt: boolean) => (rt ? 'D22.71' : 'D22.72'), where: (s: string) => `${s} thigh`, path: 'benign intradermal nevus, completely excised', dx: 'Melanocytic nevus', face: false },
  { code: () => 'D22.5', where: () => 'upper back', path: 'benign junctional melanocytic nevus, margins negative', dx: 'Benign nevus of trunk', face: false },
  { code: () => 'L72.0', where: () => 'upper back', path: 'epidermal inclusion cyst', dx: 'Epidermal cyst', face: false },
] as const;

/** Benign excision code from excised diameter (cm) for trunk/arms/legs. */
export function benignExcisionCode(cm: number): string {
  if (cm <= 0.5) return '11400';
  if (cm <= 1.0) return '11401';
  if (cm <= 2.0) return '11402';
  if (cm <= 3.0) return '11403';
  if (cm <= 4.0) return '11404';
  return '11406';
}

function lesionExcision(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  const l = r.pick(LESIONS);
  const right = r.chance(0.5);
  const side = right ? 'right' : 'left';
  const lesion = r.float1(0.5, 2.0);
  const margin = r.pick([0.1, 0.2, 0.3]);
  const excised = Math.round((lesion + 2 * margin) * 10) / 10;
  g.dx(l.code(right));
  g.proc({ system: 'CPT', code: benignExcisionCode(excised) });
  const where = l.where(side);
  return finish(c, {
    cc: `Lesion removal, ${where}.`,
    hpi: `${who.title} presents for excision of a ${l.code(right) === 'L72.0' ? 'cyst that has been enlarging and intermittently inflamed' : 'changing mole'} on the ${where}. ${denies(r, ['bleeding', 'personal history of melanoma', 'fever'])} Family history: ${r.pick(['mother had breast cancer', 'no skin cancer in the family'])}.`,
    pmh: surgicalNoise(r, p),
    meds: [],
    fh: 'See HPI.',
    sh: tobacco(r, p, false).text,
    ros: denies(r, ['weight loss', 'night sweats']),
    vitals: vitals(r, p, { noBmi: true }),
    exam: `${lesion.toFixed(1)} cm ${l.code(right) === 'L72.0' ? 'mobile subcutaneous cyst with central punctum' : 'pigmented papule, regular borders'} on the ${where}.`,
    procedure: `Excision, benign-appearing lesion. Consent signed. Prepped and draped, 1% lidocaine with epinephrine. Elliptical excision with ${margin.toFixed(1)} cm margins; excised diameter ${excised.toFixed(1)} cm. Hemostasis with cautery. Simple (single-layer) closure with 4-0 nylon. Specimen to pathology. EBL minimal. Tolerated well.\nPathology addendum: ${l.path}.`,
    assessment: [`${l.dx} of ${where}, excised (pathology confirmed)`],
    plan: ['Wound care reviewed; suture removal in 10-14 days.', 'Pathology result discussed by phone.'],
  }, { kind: 'procedure_note', styles: ['problem', 'soap'] });
}

export const SKIN_SCENARIOS = [
  scenario({ id: 'dermatitis', title: 'Dermatitis: atopic, poison ivy, unspecified', sexes: ANY_SEX, ageRange: [2, 85], weight: 3, generate: (r, p) => dermatitis(begin(r, p)) }),
  scenario({ id: 'cellulitis', title: 'Cellulitis of a limb with laterality, sometimes IM ceftriaxone', sexes: ANY_SEX, ageRange: [18, 90], weight: 2, generate: (r, p) => cellulitis(begin(r, p)) }),
  scenario({ id: 'laceration-repair', title: 'Laceration repair (simple/intermediate by site and length), sometimes Tdap', sexes: ANY_SEX, ageRange: [3, 85], weight: 2, generate: (r, p) => laceration(begin(r, p)) }),
  scenario({ id: 'skin-lesion-excision', title: 'Benign skin lesion excision with pathology (nevus, epidermal cyst)', sexes: ANY_SEX, ageRange: [18, 85], weight: 2, generate: (r, p) => lesionExcision(begin(r, p)) }),
];
