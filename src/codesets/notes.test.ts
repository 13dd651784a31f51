import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureRelease2023, icd10cmExcerpt } from './fixtures.testkit';
import { notesFor, notesOfKind, parseCodeRefs, refCovers, seventhCharacterFor } from './notes';
import type { Icd10cmRelease } from './release';

// The notes of an excerpt of the official FY2023 Tabular List (fixtures.testkit.ts); without
// ../shared/data these tests skip.
describe.skipIf(!icd10cmExcerpt())('instructional notes with inheritance', () => {
  let lookup: NonNullable<Icd10cmRelease['tabular']>;
  beforeAll(() => {
    lookup = fixtureRelease2023().tabular!;
  });

  it('a code carries the notes of its category, section and chapter, nearest first', () => {
    const notes = notesFor(lookup, 'E1142');
    expect(notes.map((n) => `${n.kind}@${n.from.id}`)).toEqual([
      'inclusionTerm@E1142',
      ...Array<string>(3).fill('includes@E11'),
      ...Array<string>(8).fill('excludes1@E11'),
      ...Array<string>(4).fill('useAdditionalCode@E11'),
      'excludes1@4',
      'notes@4',
    ]);
    expect(notes[0]!.inherited).toBe(false);
    expect(notes[1]!.inherited).toBe(true);
  });

  it('a 7th-character code inherits from the code it extends and from the chapter', () => {
    const notes = notesFor(lookup, 'S72001A');
    expect(notesOfKind(notes, 'excludes1').map((n) => n.from.id)).toEqual(['S72', '19', '19']);
    expect(notesOfKind(notes, 'excludes2').map((n) => n.from.id)).toEqual(['S720', 'S72', 'S72', 'S72', 'S70-S79', 'S70-S79', 'S70-S79', 'S70-S79']);
    expect(notesOfKind(notes, 'useAdditionalCode')[0]!.text).toMatch(/retained foreign body/);
    expect(notesOfKind(notes, 'inclusionTerm').map((n) => n.text)).toEqual(['Fracture of hip NOS', 'Fracture of neck of femur NOS']);
  });

  it('code first on a manifestation code', () => {
    expect(notesOfKind(notesFor(lookup, 'G63'), 'codeFirst')[0]!.text).toMatch(/underlying disease/);
  });

  it('extracts code references from Excludes1 notes for the scrubber', () => {
    const type1 = notesOfKind(notesFor(lookup, 'E119'), 'excludes1').find((n) => n.text === 'type 1 diabetes mellitus (E10.-)')!;
    const [ref] = type1.codeRefs;
    expect(ref).toEqual({ from: 'E10', to: 'E10', prefix: true });
    expect(refCovers(ref!, 'E1065')).toBe(true);
    expect(refCovers(ref!, 'E1165')).toBe(false);
    const [range] = parseCodeRefs('birth trauma (P10-P15)');
    expect(refCovers(range!, 'P120')).toBe(true);
    expect(refCovers(range!, 'P16')).toBe(false);
    expect(parseCodeRefs('retained foreign body (M97.0-)')).toEqual([{ from: 'M970', to: 'M970', prefix: true }]);
    expect(parseCodeRefs('insulin (Z79.4)')).toEqual([{ from: 'Z794', to: 'Z794', prefix: false }]);
  });

  it('sevenChrDef on a category applies to every code below it, with the meaning of the 7th character', () => {
    expect(seventhCharacterFor(lookup, 'S72001D')).toMatchObject({
      from: 'S72',
      char: 'D',
      meaning: 'subsequent encounter for closed fracture with routine healing',
    });
    expect(seventhCharacterFor(lookup, 'T360X1A')).toMatchObject({ from: 'T36', char: 'A', meaning: 'initial encounter' });
    expect(seventhCharacterFor(lookup, 'S020XXS')).toMatchObject({ from: 'S02', meaning: 'sequela' });
    expect(seventhCharacterFor(lookup, 'E119')).toBeUndefined();
  });
});
