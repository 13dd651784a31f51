// Draws patients that fit a scenario, for tests and for anyone wanting a quick look at the notes.
import { createNoteRandom } from './random';
import type { GeneratedNote, NotePatient, NoteScenario } from './types';

const FIRST = { M: ['James', 'Luis', 'Wei', 'Omar', 'Daniel'], F: ['Maria', 'Aisha', 'Emma', 'Grace', 'Sofia'] } as const;
const LAST = ['Nguyen', 'Garcia', 'Okonkwo', 'Smith', 'Kowalski', 'Haddad'] as const;

/** A patient inside the scenario's sexes and age range, with a date of service in FY2023 or FY2024. */
export function samplePatient(scenario: NoteScenario, seed: number): NotePatient {
  const r = createNoteRandom(seed ^ 0x5eed);
  const sex = r.pick(scenario.sexes);
  const year = r.int(2022, 2024);
  const month = year === 2022 ? r.int(10, 12) : year === 2024 ? r.int(1, 9) : r.int(1, 12);
  return {
    firstName: r.pick(FIRST[sex]),
    lastName: r.pick(LAST),
    sex,
    ageYears: r.int(scenario.ageRange[0], scenario.ageRange[1]),
    dateOfService: `${year}-${String(month).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
    newPatient: r.chance(0.2),
  };
}

export interface Sample {
  seed: number;
  patient: NotePatient;
  note: GeneratedNote;
}

export function sampleNotes(scenario: NoteScenario, count: number, firstSeed = 1): Sample[] {
  const out: Sample[] = [];
  for (let seed = firstSeed; seed < firstSeed + count; seed++) {
    const patient = samplePatient(scenario, seed);
    out.push({ seed, patient, note: scenario.generate(createNoteRandom(seed), patient) });
  }
  return out;
}
