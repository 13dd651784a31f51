// Clinical filler shared by the scenarios: vitals, BMI, tobacco status, and the history lines
// (negations, family history, old surgeries) that a coding engine must learn NOT to code.
import { pickSome, yearsBefore } from './text';
import type { NotePatient, NoteRandom } from './types';

export interface VitalsOptions {
  bp?: readonly [number, number];
  hr?: number;
  tempF?: number;
  spo2?: number;
  rr?: number;
  /** adult BMI to print; undefined = sometimes print a random non-obese one */
  bmi?: number;
  noBmi?: boolean;
}

export function vitals(r: NoteRandom, p: NotePatient, o: VitalsOptions = {}): string {
  const child = p.ageYears < 12;
  const bp = o.bp ?? (child ? [r.int(94, 110), r.int(56, 70)] : [r.int(112, 136), r.int(68, 84)]);
  const hr = o.hr ?? (child ? r.int(80, 110) : r.int(60, 90));
  const temp = o.tempF ?? r.float1(97.6, 98.9);
  const parts = [`BP ${bp[0]}/${bp[1]}`, `HR ${hr}`, `T ${temp.toFixed(1)} F`, `RR ${o.rr ?? r.int(12, 18)}`, `SpO2 ${o.spo2 ?? r.int(96, 99)}% RA`];
  if (p.ageYears >= 18 && !o.noBmi) {
    const bmi = o.bmi ?? (r.chance(0.6) ? r.float1(21, 29.4) : undefined);
    if (bmi !== undefined) {
      const heightIn = p.sex === 'M' ? r.int(66, 74) : r.int(60, 68);
      const weightLb = Math.round((bmi * heightIn * heightIn) / 703);
      parts.push(`Ht ${heightIn} in`, `Wt ${weightLb} lb`, `BMI ${bmi.toFixed(1)}`);
    }
  }
  return r.pick([`${parts.join(', ')}.`, `Vitals: ${parts.join(' | ')}.`]);
}

/** ICD-10-CM Z68 for an adult BMI (patients 20 and older per the Z68 category note). */
export function z68ForAdultBmi(bmi: number): string {
  const tenths = Math.round(bmi * 10);
  if (tenths < 200) return 'Z68.1';
  if (tenths < 400) return `Z68.${Math.floor(tenths / 10)}`;
  if (tenths < 450) return 'Z68.41';
  if (tenths < 500) return 'Z68.42';
  if (tenths < 600) return 'Z68.43';
  if (tenths < 700) return 'Z68.44';
  return 'Z68.45';
}

export interface Tobacco {
  text: string;
  /** F17.210 current cigarette smoker, Z87.891 former; undefined for never */
  code?: string;
}

/**
 * Tobacco status. Only the chapters whose tabular says "use additional code to identify ...
 * tobacco" (respiratory, otitis media, hypertensive and ischemic heart disease) call this with
 * mayUse = true; elsewhere notes state non-use only, so the status never has to be coded.
 */
export function tobacco(r: NoteRandom, p: NotePatient, mayUse: boolean): Tobacco {
  if (p.ageYears < 12) return { text: r.pick(['Smoke-free home.', 'No smokers in the home.']) };
  const never = r.pick(['Never smoker.', 'Denies tobacco use.', 'Nonsmoker.', 'No tobacco; no illicit drugs.']);
  if (!mayUse || p.ageYears < 16) return { text: never };
  const roll = r.int(1, 10);
  if (roll <= 2) {
    const ppd = r.pick(['1/2 ppd', '1 ppd', '10 cigarettes a day', 'about a pack a day']);
    return { text: r.pick([`Current smoker, ${ppd}.`, `Smokes cigarettes, ${ppd}, for ${r.int(5, 30)} years.`]), code: 'F17.210' };
  }
  if (roll <= 4 && p.ageYears >= 30) {
    const quit = yearsBefore(p.dateOfService, r.int(2, 15));
    return {
      text: r.pick([`Former smoker, quit ${quit} (${r.int(10, 40)} pack-years).`, `Ex-smoker; stopped cigarettes in ${quit}.`]),
      code: 'Z87.891',
    };
  }
  return { text: never };
}

export type FamilyTopic = 'cancer' | 'cardiac' | 'diabetes' | 'psych' | 'neuro';

const FAMILY_NOISE: Record<FamilyTopic, readonly string[]> = {
  cancer: ['mother had breast cancer at 62', 'maternal aunt with ovarian cancer', 'father had prostate cancer'],
  cardiac: ['father had an MI at 71', 'mother with hypertension', 'brother with atrial fibrillation'],
  diabetes: ['sister with type 2 diabetes', 'maternal grandmother had diabetes'],
  psych: ['mother treated for depression', 'brother with alcohol use disorder'],
  neuro: ['father had a stroke at 80', 'grandmother with dementia'],
};

const CHILD_FAMILY_NOISE: Record<FamilyTopic, readonly string[]> = {
  cancer: ['maternal grandmother had breast cancer', 'paternal grandfather had prostate cancer'],
  cardiac: ['paternal grandfather had an MI in his 70s', 'father with high blood pressure'],
  diabetes: ['grandmother with type 2 diabetes'],
  psych: ['father with ADHD', 'mother with anxiety'],
  neuro: ['mother with migraines', 'grandfather had a stroke'],
};

/**
 * Family history that is present in the note but, by policy, not coded (not relevant to the
 * visit). Children get relatives of a plausible generation.
 */
export function familyNoise(r: NoteRandom, avoid: readonly FamilyTopic[] = [], child = false): string {
  if (r.chance(0.2)) return r.pick(['Noncontributory.', 'Non-contributory.', 'Unremarkable.']);
  const pool = child ? CHILD_FAMILY_NOISE : FAMILY_NOISE;
  const topics = (Object.keys(pool) as FamilyTopic[]).filter((t) => !avoid.includes(t));
  const picked = pickSome(r, topics, r.int(1, 2)).map((t) => r.pick(pool[t]));
  const text = picked.join('; ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/** Past surgical history mentions that are historical only and not coded. */
export function surgicalNoise(r: NoteRandom, p: NotePatient): string[] {
  if (p.ageYears < 18 || r.chance(0.35)) return [];
  const y = yearsBefore(p.dateOfService, r.int(3, 25));
  const pool = [`s/p appendectomy (${y})`, `history of laparoscopic cholecystectomy`, 'tonsillectomy as a child', `s/p right inguinal hernia repair ${y}`, `remote history of kidney stones`];
  return pickSome(r, pool, r.int(1, 2));
}

export function alcohol(r: NoteRandom): string {
  return r.pick(['Social alcohol.', 'Drinks 1-2 beers on weekends.', 'No alcohol.', 'Occasional glass of wine.']);
}

export const NORMAL_EXAM = {
  general: ['Alert, in no acute distress.', 'NAD, well appearing.', 'Pleasant, well-nourished, no distress.'],
  heart: ['RRR, no murmurs.', 'Heart regular rate and rhythm without murmur, rub or gallop.', 'S1 S2 normal, no m/r/g.'],
  lungs: ['Lungs clear to auscultation bilaterally.', 'CTAB, no wheezes, rales or rhonchi.', 'Lungs clear, good air movement.'],
  abdomen: ['Abdomen soft, nontender, no organomegaly.', 'Abd soft, NT/ND, +BS.'],
  extremities: ['No edema.', 'Extremities without edema.', 'No peripheral edema.'],
} as const;

export function normalExam(r: NoteRandom, parts: readonly (keyof typeof NORMAL_EXAM)[]): string {
  return parts.map((k) => r.pick(NORMAL_EXAM[k])).join(' ');
}
