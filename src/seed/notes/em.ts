// Office E/M levels under the 2021 (and 2023/2024) AMA E/M guidelines: the level is chosen by
// medical decision making (2 of 3 elements: problems, data, risk) or by total time on the date of
// the encounter. Each note writes one of the two so that the level is defensible on audit.
import type { NotePatient, NoteRandom } from './types';

/** 2 = straightforward, 3 = low, 4 = moderate, 5 = high */
export type EmLevel = 2 | 3 | 4 | 5;

export interface MdmElements {
  problems: string;
  data: string;
  risk: string;
}

const LEVEL_NAME: Record<EmLevel, string> = { 2: 'straightforward', 3: 'low', 4: 'moderate', 5: 'high' };

/**
 * Minutes inside each level's band. The upper ends stay below the next level's threshold, and the
 * lower ends meet both the 2021 ranges and the 2024 "met or exceeded" thresholds.
 */
const TIME_BANDS: Record<'new' | 'established', Record<EmLevel, readonly [number, number]>> = {
  new: { 2: [15, 29], 3: [30, 44], 4: [45, 59], 5: [60, 74] },
  established: { 2: [10, 19], 3: [20, 29], 4: [30, 39], 5: [40, 54] },
};

export function officeEmCode(newPatient: boolean, level: EmLevel): string {
  return newPatient ? `9920${level}` : `9921${level}`;
}

/** The sentence that supports the level: either MDM elements or total time (never prolonged). */
export function emStatement(r: NoteRandom, p: NotePatient, level: EmLevel, mdm: MdmElements): string {
  if (r.chance(0.3)) {
    const [lo, hi] = TIME_BANDS[p.newPatient ? 'new' : 'established'][level];
    const minutes = r.int(lo, hi);
    return r.pick([
      `Total time spent on the date of the encounter: ${minutes} minutes, including record review, history, examination, counseling, orders and documentation.`,
      `I spent a total of ${minutes} min on this patient's care today (chart review, face-to-face visit, counseling, documentation).`,
    ]);
  }
  return r.pick([
    `MDM: ${LEVEL_NAME[level]}. Problems: ${mdm.problems}. Data: ${mdm.data}. Risk: ${mdm.risk}.`,
    `Medical decision making (${LEVEL_NAME[level]} complexity) - problems addressed: ${mdm.problems}; data reviewed/ordered: ${mdm.data}; risk of management: ${mdm.risk}.`,
  ]);
}

/** Preventive medicine E/M by age band and new/established status. */
export function preventiveCode(p: NotePatient): string {
  const age = p.ageYears;
  const band = age < 1 ? 1 : age <= 4 ? 2 : age <= 11 ? 3 : age <= 17 ? 4 : age <= 39 ? 5 : age <= 64 ? 6 : 7;
  return `${p.newPatient ? '9938' : '9939'}${band}`;
}

export const MDM = {
  acuteUncomplicatedRx: {
    problems: '1 acute uncomplicated illness',
    data: 'minimal',
    risk: 'prescription drug management',
  },
  acuteUncomplicatedOtc: { problems: '1 acute uncomplicated illness', data: 'minimal', risk: 'OTC medications and supportive care' },
  stableChronic: { problems: '1 stable chronic illness', data: 'review of prior labs', risk: 'prescription drug management' },
  chronicProgression: {
    problems: '1 chronic illness with progression/inadequate control',
    data: 'labs reviewed and ordered',
    risk: 'prescription drug management',
  },
  twoChronic: { problems: '2 or more stable chronic illnesses', data: 'review of external notes and labs', risk: 'prescription drug management' },
  acuteWithSystemic: {
    problems: '1 acute illness with systemic symptoms',
    data: 'test ordered and independently interpreted',
    risk: 'prescription drug management',
  },
  undiagnosedNew: {
    problems: '1 undiagnosed new problem with uncertain prognosis',
    data: 'results of prior tests reviewed and 3 or more unique tests ordered',
    risk: 'prescription drug management',
  },
  severeExacerbation: {
    problems: '1 chronic illness with severe exacerbation',
    data: 'independent interpretation of test, discussion with specialist',
    risk: 'decision regarding escalation of care / drug therapy requiring intensive monitoring',
  },
} as const satisfies Record<string, MdmElements>;
