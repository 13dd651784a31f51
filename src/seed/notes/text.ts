// Wording helpers: pronouns, list joining, and the small bits of prose every note needs.
import type { NotePatient, NoteRandom } from './types';

export interface Person {
  he: string;
  his: string;
  him: string;
  noun: string;
  title: string;
  full: string;
  /** "54-year-old" or, for infants, "9-month-old" */
  age: string;
}

export function person(p: NotePatient, ageLabel?: string): Person {
  const male = p.sex === 'M';
  const child = p.ageYears < 18;
  const noun = child ? (male ? 'boy' : 'girl') : male ? 'man' : 'woman';
  return {
    he: male ? 'he' : 'she',
    his: male ? 'his' : 'her',
    him: male ? 'him' : 'her',
    noun,
    title: child ? p.firstName : `${male ? 'Mr.' : 'Ms.'} ${p.lastName}`,
    full: `${p.firstName} ${p.lastName}`,
    age: ageLabel ?? `${p.ageYears}-year-old`,
  };
}

export function capitalize(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}

/** "a", "a and b", "a, b, and c" (or "or") */
export function joinList(items: readonly string[], conj = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return `${items[0]} ${conj} ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, ${conj} ${items[items.length - 1]}`;
}

/** Picks n distinct items, keeping the random sequence deterministic. */
export function pickSome<T>(r: NoteRandom, items: readonly T[], n: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) {
    out.push(pool.splice(r.int(0, pool.length - 1), 1)[0]!);
  }
  return out;
}

/** A negated review of systems, phrased several ways. */
export function denies(r: NoteRandom, symptoms: readonly string[]): string {
  const list = joinList(pickSome(r, symptoms, Math.min(symptoms.length, r.int(2, 4))), 'or');
  return r.pick([`Denies ${list}.`, `No ${list}.`, `Negative for ${list}.`, `Pt denies ${list}.`]);
}

export function durationPhrase(r: NoteRandom, unit: 'days' | 'weeks', min: number, max: number): string {
  const n = r.int(min, max);
  return r.pick([`${n} ${unit}`, `the past ${n} ${unit}`, `about ${n} ${unit}`]);
}

/** Dates relative to the date of service, as text ("2019"), without reading the clock. */
export function yearsBefore(dateOfService: string, years: number): number {
  return Number(dateOfService.slice(0, 4)) - years;
}

export const REFERRING_DOCTORS = ['Dr. Alvarez', 'Dr. Okafor', 'Dr. Lindqvist', 'Dr. Chen', 'Dr. Patel', 'Dr. Moreau'] as const;
export const CLINICIANS = ['J. Harmon, MD', 'R. Iyer, MD', 'L. Novak, DO', 'S. Brennan, MD', 'T. Mensah, MD'] as const;

/** 1st, 2nd, 3rd, 4th, 11th, 21st ... */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
