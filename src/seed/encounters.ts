// Office visits across FY2023, each with a clinical note from a scenario that fits the patient's age and sex.
import type { Faker } from '@faker-js/faker';
import { addDays, ageOn, calendarDate, daysBetween, type CalendarDate } from '../dates/index';
import type { ClinicalDocument, Encounter, GoldCode } from '../encounters/index';
import { childSeed, deterministicUuid } from './ids';
import { createNoteRandom, NOTE_SCENARIOS, type GeneratedNote, type NoteScenario } from './notes/index';
import type { Person } from './population';
import type { Practice } from './practice';

export const SEED_PERIOD = { from: calendarDate('2022-10-03'), to: calendarDate('2023-09-29') } as const;

export interface Visit {
  index: number;
  personIndex: number;
  dateOfService: CalendarDate;
}

/**
 * Who comes in when: drawn first, then sorted by date so that "first visit" means first in time. A baby born
 * during the year is first seen a few days after birth, never before.
 */
export function scheduleVisits(f: Faker, count: number, birthDates: readonly CalendarDate[]): Visit[] {
  const span = daysBetween(SEED_PERIOD.from, SEED_PERIOD.to);
  const visits: Visit[] = [];
  for (let i = 0; i < count; i++) {
    const personIndex = f.number.int({ min: 0, max: birthDates.length - 1 });
    let date = addDays(SEED_PERIOD.from, f.number.int({ min: 0, max: span }));
    const born = birthDates[personIndex]!;
    if (date <= born) date = minDate(addDays(born, 3 + (i % 40)), SEED_PERIOD.to);
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday === 0) date = addDays(date, 1);
    if (weekday === 6) date = addDays(date, -1);
    visits.push({ index: i, personIndex, dateOfService: date });
  }
  return visits.sort((a, b) => (a.dateOfService < b.dateOfService ? -1 : a.dateOfService > b.dateOfService ? 1 : a.index - b.index));
}

export interface SeededEncounter {
  encounter: Encounter;
  document: ClinicalDocument & { patientId: string };
}

function eligibleScenarios(sex: 'M' | 'F', age: number): NoteScenario[] {
  return NOTE_SCENARIOS.filter((s) => s.sexes.includes(sex) && age >= s.ageRange[0] && age <= s.ageRange[1]);
}

function pickWeighted(scenarios: readonly NoteScenario[], r: number): NoteScenario {
  const total = scenarios.reduce((s, x) => s + x.weight, 0);
  let x = r * total;
  for (const s of scenarios) {
    if (x < s.weight) return s;
    x -= s.weight;
  }
  return scenarios[scenarios.length - 1]!;
}

export function goldCodesOf(note: GeneratedNote): GoldCode[] {
  return [
    ...note.gold.diagnoses.map((code): GoldCode => ({ system: 'ICD10CM', code })),
    ...note.gold.procedures.map((p): GoldCode => ({
      system: p.system, code: p.code,
      ...(p.modifiers?.length ? { modifiers: p.modifiers } : {}),
      ...(p.units && p.units !== 1 ? { units: p.units } : {}),
    })),
  ];
}

/** One encounter and its note. Each visit draws from its own random stream, so batches do not change the result. */
export function generateEncounter(seed: number, visit: Visit, person: Person, firstVisit: boolean, practice: Practice): SeededEncounter {
  const random = createNoteRandom(childSeed(seed, 'visit', visit.index));
  const { patient } = person;
  const sex = patient.sex === 'F' ? 'F' : 'M';
  const age = ageOn(patient.birthDate, visit.dateOfService);
  const candidates = eligibleScenarios(sex, age);
  const scenario = pickWeighted(candidates.length ? candidates : NOTE_SCENARIOS, random.int(0, 999_999) / 1_000_000);
  const clinician = practice.clinicians[random.int(0, practice.clinicians.length - 1)]!;
  const note = scenario.generate(random, {
    firstName: patient.firstName, lastName: patient.lastName, sex, ageYears: age, dateOfService: visit.dateOfService,
    newPatient: firstVisit && person.newToPractice,
  });
  const encounterId = deterministicUuid(seed, 'encounter', visit.index);
  return {
    encounter: {
      id: encounterId, tenantId: practice.tenant.id, patientId: patient.id, dateOfService: visit.dateOfService, setting: 'outpatient',
      placeOfService: '11', renderingProviderId: clinician.id, billingProviderId: practice.billingProvider.id,
      serviceFacilityId: practice.facility.id, status: 'new',
    },
    document: {
      id: deterministicUuid(seed, 'document', visit.index), tenantId: practice.tenant.id, encounterId, patientId: patient.id,
      kind: note.kind, authorProviderId: clinician.id, documentDate: visit.dateOfService, text: note.text,
      goldCodes: goldCodesOf(note), scenario: scenario.id,
    },
  };
}

function minDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a < b ? a : b;
}
