// Injuries: the 7th character follows the encounter, not the visit count: A while the fracture is
// actively treated, D for routine-healing follow-up (aftercare uses the injury code with D, not
// Z47), G for delayed healing, S for a sequela (the residual condition first, then the injury with
// S). Laterality lives in the 6th character. External cause codes are not assigned (no national
// mandate; see index.ts).
import { emStatement, officeEmCode, type EmLevel, type MdmElements } from './em';
import { familyNoise, surgicalNoise, tobacco, vitals } from './clinical';
import { ANY_SEX, begin, finish, scenario, type Ctx } from './kit';
import { denies } from './text';
import type { GeneratedNote } from './types';

type Encounter = 'A' | 'D' | 'S';

interface FractureSite {
  name: (side: string) => string;
  /** base code (6 characters incl. placeholder) by side */
  base: { right: string; left: string };
  xray: string;
  xrayText: string;
  splint?: { code: string; text: string };
  sequela: { right: string; left: string; text: (side: string) => string };
  mechanism: readonly string[];
}

const RADIUS: FractureSite = {
  name: (s) => `closed Colles' fracture of the ${s} distal radius`,
  base: { right: 'S52.531', left: 'S52.532' },
  xray: '73110',
  xrayText: 'wrist 3 views',
  splint: { code: '29125', text: 'Short arm volar splint (static) applied by me, padded, neurovascularly intact after application.' },
  sequela: { right: 'M25.631', left: 'M25.632', text: (s) => `stiffness of ${s} wrist` },
  mechanism: ['fell on an outstretched hand on ice', 'tripped over a curb and landed on the hand', 'fell from a step stool'],
};

const ANKLE: FractureSite = {
  name: (s) => `closed displaced fracture of the lateral malleolus, ${s} fibula`,
  base: { right: 'S82.61X', left: 'S82.62X' },
  xray: '73610',
  xrayText: 'ankle 3 views',
  splint: { code: '29515', text: 'Posterior short leg splint with stirrups applied by me; toes warm with brisk capillary refill.' },
  sequela: { right: 'M12.571', left: 'M12.572', text: (s) => `post-traumatic arthropathy of ${s} ankle` },
  mechanism: ['rolled the ankle stepping off a ladder', 'inverted the ankle playing basketball', 'slipped on wet stairs'],
};

function encounterLevel(e: Encounter): { level: EmLevel; mdm: MdmElements } {
  if (e === 'A') return { level: 4, mdm: { problems: '1 acute complicated injury', data: 'x-ray ordered', risk: 'prescription drug management' } };
  return { level: 3, mdm: { problems: e === 'D' ? '1 acute injury, healing as expected' : '1 stable chronic condition from an old injury', data: 'x-ray reviewed', risk: 'OTC drugs / therapy referral' } };
}

function fracture(c: Ctx, site: FractureSite): GeneratedNote {
  const { r, p, who, g } = c;
  const e: Encounter = r.pick(['A', 'A', 'D', 'S'] as const);
  const right = r.chance(0.5);
  const side = right ? 'right' : 'left';
  const base = right ? site.base.right : site.base.left;
  if (e === 'S') g.dx(right ? site.sequela.right : site.sequela.left);
  g.dx(`${base}${e}`);
  const { level, mdm } = encounterLevel(e);
  g.em(officeEmCode(p.newPatient, level));
  if (e !== 'S') g.proc({ system: 'CPT', code: site.xray, modifiers: [right ? 'RT' : 'LT'], diagnosisPointers: [1] });
  if (e === 'A' && site.splint) g.proc({ system: 'CPT', code: site.splint.code, modifiers: [right ? 'RT' : 'LT'], diagnosisPointers: [1] });
  const weeks = r.int(3, 6);
  const hpi = {
    A: `${who.full}, ${who.age}, ${r.pick(site.mechanism)} ${r.int(1, 2)} day(s) ago; pain and swelling of the ${side} side since. ${denies(r, ['numbness', 'other injuries', 'head strike', 'loss of consciousness'])}`,
    D: `${who.title} returns ${weeks} weeks after a ${site.name(side)}, treated in a splint/cast. Pain improving, ${r.int(1, 3)}/10. ${denies(r, ['numbness', 'cast problems', 'fever'])}`,
    S: `${who.title} had a ${site.name(side)} ${r.int(1, 3)} years ago, treated and healed. Now has persistent ${site.sequela.text(side)} limiting activity. ${denies(r, ['new injury', 'swelling', 'fever'])}`,
  }[e];
  const dxText = {
    A: `${site.name(side)[0]!.toUpperCase()}${site.name(side).slice(1)}, initial encounter`,
    D: `${site.name(side)[0]!.toUpperCase()}${site.name(side).slice(1)}, subsequent encounter, routine healing`,
    S: `${site.sequela.text(side)[0]!.toUpperCase()}${site.sequela.text(side).slice(1)}, sequela of old ${site.name(side)}`,
  }[e];
  return finish(c, {
    cc: e === 'A' ? `${side} ${site === RADIUS ? 'wrist' : 'ankle'} injury.` : e === 'D' ? 'Fracture follow-up.' : `${side} ${site === RADIUS ? 'wrist' : 'ankle'} stiffness.`,
    hpi,
    pmh: surgicalNoise(r, p),
    meds: [],
    fh: familyNoise(r, [], p.ageYears < 18),
    sh: tobacco(r, p, false).text,
    ros: denies(r, ['chest pain', 'dizziness', 'fever']),
    vitals: vitals(r, p),
    exam: e === 'A' ? `${side} ${site === RADIUS ? 'wrist: dorsal angulation, swelling and tenderness over the distal radius' : 'ankle: swelling and ecchymosis over the lateral malleolus, tender at the distal fibula'}; distal pulses and sensation intact.` : e === 'D' ? `Splint removed: mild tenderness, skin intact, neurovascularly intact.` : `${side} ${site === RADIUS ? 'wrist' : 'ankle'}: reduced range of motion, no instability, no effusion.`,
    ...(e !== 'S' ? { results: `X-ray ${side} ${site.xrayText}, my interpretation: ${e === 'A' ? 'acute fracture as described, minimally displaced, no intra-articular extension' : 'fracture in good alignment with interval callus formation'}.` } : {}),
    ...(e === 'A' && site.splint ? { procedure: site.splint.text } : {}),
    assessment: [dxText],
    plan: e === 'A' ? [`Elevation, ice; ${r.pick(['naproxen 500 mg BID x 7 days (Rx)', 'tramadol 50 mg q6h prn severe pain, #10 (Rx)'])}.`, 'Orthopedic referral within 1 week.', 'Return for increasing pain, numbness, or color change.'] : e === 'D' ? ['Transition to removable brace; begin range of motion.', 'Repeat film in 3 weeks.'] : ['Physical therapy referral.', 'NSAID as needed.'],
    billing: emStatement(r, p, level, mdm),
  });
}

function femurFollowUp(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  const right = r.chance(0.5);
  const side = right ? 'right' : 'left';
  const e = r.pick(['D', 'D', 'G', 'S'] as const);
  const base = right ? 'S72.321' : 'S72.322';
  if (e === 'S') g.dx(right ? 'M21.751' : 'M21.752');
  g.dx(`${base}${e}`);
  g.em(officeEmCode(p.newPatient, 3));
  if (e !== 'S') g.proc({ system: 'CPT', code: '73552', modifiers: [right ? 'RT' : 'LT'], diagnosisPointers: [1] });
  const injury = `displaced transverse fracture of the shaft of the ${side} femur`;
  return finish(c, {
    cc: e === 'S' ? 'Limp and leg length difference.' : 'Follow-up femur fracture.',
    hpi: e === 'S'
      ? `${who.title} sustained a closed ${injury} in a motor vehicle collision ${r.int(2, 4)} years ago, treated with intramedullary nailing. Now notes the ${side} leg is shorter with a limp.`
      : `${who.title} is ${r.int(6, 14)} weeks out from intramedullary nailing of a closed ${injury} (MVC). ${e === 'G' ? 'Still painful with weight bearing; films show delayed healing.' : 'Walking with a cane, pain controlled.'} ${denies(r, ['fever', 'wound drainage', 'calf pain'])}`,
    pmh: ['s/p IM nail', ...surgicalNoise(r, p)],
    meds: ['acetaminophen prn'],
    fh: familyNoise(r, [], p.ageYears < 18),
    sh: tobacco(r, p, false).text,
    ros: denies(r, ['chest pain', 'shortness of breath', 'numbness']),
    vitals: vitals(r, p),
    exam: e === 'S' ? `${side} leg ${r.float1(1.5, 2.5)} cm shorter than the contralateral leg; well-healed incisions.` : `Incisions healed. Thigh mildly tender. Knee ROM 0-${r.int(100, 125)}. Calf soft.`,
    ...(e !== 'S' ? { results: `X-ray ${side} femur 2 views (my read): ${e === 'G' ? 'minimal bridging callus, fracture line still visible - delayed healing' : 'progressive callus, hardware intact, alignment maintained'}.` } : {}),
    assessment: [
      e === 'S'
        ? `Acquired unequal leg length, ${side} femur - sequela of ${injury}`
        : `${injury[0]!.toUpperCase()}${injury.slice(1)}, subsequent encounter with ${e === 'G' ? 'delayed healing' : 'routine healing'}`,
    ],
    plan: e === 'S' ? ['Shoe lift; PT for gait training.'] : e === 'G' ? ['Vitamin D level ordered; bone stimulator discussed.', 'Tramadol 50 mg q6h prn renewed (#20).', 'Orthopedic recheck in 4 weeks.'] : ['Advance weight bearing as tolerated; PT.'],
    billing: emStatement(r, p, 3, e === 'G' ? { problems: '1 injury with delayed healing', data: 'x-ray ordered, vitamin D level ordered', risk: 'prescription drug management (analgesic renewed)' } : { problems: '1 injury in healing phase', data: 'x-ray reviewed', risk: 'OTC medication, therapy' }),
  });
}

function sprain(c: Ctx): GeneratedNote {
  const { r, p, who, g } = c;
  const right = r.chance(0.5);
  const side = right ? 'right' : 'left';
  const v = r.pick([
    { code: right ? 'S93.401A' : 'S93.402A', text: `Sprain of ${side} ankle`, joint: 'ankle', xray: '73610' },
    { code: right ? 'S93.411A' : 'S93.412A', text: `Sprain of calcaneofibular ligament, ${side} ankle`, joint: 'ankle', xray: '73610' },
    { code: right ? 'S63.501A' : 'S63.502A', text: `Sprain of ${side} wrist`, joint: 'wrist', xray: '73110' },
  ] as const);
  g.dx(v.code);
  g.em(officeEmCode(p.newPatient, 3));
  const film = r.chance(0.6);
  if (film) g.proc({ system: 'CPT', code: v.xray, modifiers: [right ? 'RT' : 'LT'] });
  return finish(c, {
    cc: `${side} ${v.joint} injury.`,
    hpi: `${who.full}, ${who.age}, ${v.joint === 'ankle' ? 'rolled the ankle' : 'fell onto the hand'} ${r.pick(['playing soccer', 'on stairs', 'while running'])} yesterday. Able to bear weight with pain. ${denies(r, ['numbness', 'prior injury to this joint', 'other injuries'])}`,
    pmh: surgicalNoise(r, p),
    meds: [],
    fh: familyNoise(r, [], p.ageYears < 18),
    sh: tobacco(r, p, false).text,
    ros: denies(r, ['fever', 'headache']),
    vitals: vitals(r, p),
    exam: `${side} ${v.joint}: swelling and tenderness ${v.joint === 'ankle' ? 'over the lateral ligaments, no bony tenderness at the malleoli or base of 5th metatarsal' : 'dorsally, no snuffbox tenderness'}. Neurovascularly intact.`,
    ...(film ? { results: `X-ray ${side} ${v.joint} 3 views, my read: no evidence of fracture or dislocation.` } : {}),
    assessment: [v.text],
    plan: ['RICE, compression wrap / brace.', 'Ibuprofen 600 mg TID with food x 7 days.', 'Return if unable to bear weight or not improved in 1-2 weeks.'],
    billing: emStatement(r, p, 3, { problems: '1 acute uncomplicated injury', data: film ? 'x-ray ordered and reviewed' : 'minimal', risk: 'prescription drug management' }),
  });
}

export const INJURY_SCENARIOS = [
  scenario({ id: 'fracture-distal-radius', title: "Colles' fracture with laterality, initial / subsequent / sequela", sexes: ANY_SEX, ageRange: [12, 90], weight: 2, generate: (r, p) => fracture(begin(r, p), RADIUS) }),
  scenario({ id: 'fracture-ankle', title: 'Lateral malleolus fracture with laterality, initial / subsequent / sequela', sexes: ANY_SEX, ageRange: [14, 85], weight: 2, generate: (r, p) => fracture(begin(r, p), ANKLE) }),
  scenario({ id: 'fracture-femur-shaft-follow-up', title: 'Femur shaft fracture after nailing: routine / delayed healing / sequela', sexes: ANY_SEX, ageRange: [18, 80], weight: 1, generate: (r, p) => femurFollowUp(begin(r, p)) }),
  scenario({ id: 'sprain', title: 'Ankle or wrist sprain with laterality', sexes: ANY_SEX, ageRange: [10, 75], weight: 4, generate: (r, p) => sprain(begin(r, p)) }),
];
