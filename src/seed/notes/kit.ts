// What every scenario generator starts and ends with.
import { gold, type Gold } from './gold';
import { renderNote, type NoteContent, type NoteStyle } from './render';
import { person, type Person } from './text';
import type { GeneratedNote, NoteKind, NotePatient, NoteRandom, NoteScenario } from './types';

export interface Ctx {
  r: NoteRandom;
  p: NotePatient;
  who: Person;
  g: Gold;
}

export function begin(r: NoteRandom, p: NotePatient, ageLabel?: string): Ctx {
  return { r, p, who: person(p, ageLabel), g: gold() };
}

export interface FinishOptions {
  kind?: Exclude<NoteKind, 'letter'>;
  styles?: readonly NoteStyle[];
}

export function finish(c: Ctx, content: NoteContent, o: FinishOptions = {}): GeneratedNote {
  const style = c.r.pick(o.styles ?? (['problem', 'soap', 'letter'] as const));
  const text = renderNote(style, c.r, c.p, content);
  const kind: NoteKind = o.kind ?? (style === 'letter' ? 'letter' : 'progress_note');
  return { kind, text, gold: c.g.build() };
}

export const ANY_SEX = ['M', 'F'] as const;
export const FEMALE = ['F'] as const;
export const MALE = ['M'] as const;

export type Scenario = NoteScenario;

/** Identity helper so that scenario literals are checked against the interface. */
export function scenario(s: NoteScenario): NoteScenario {
  return s;
}
