import { beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '../dates/index';
import { fixtureRelease2023, fixtureReleaseSet, icd10cmExcerpt } from './fixtures.testkit';
import { parseCodeRefs, refCovers } from './notes';
import type { Icd10cmRelease } from './release';
import { etiologyManifestation, excludes1Conflicts, tabularFor } from './scrub-rules';

// An excerpt of the official FY2023 Tabular List (fixtures.testkit.ts); without ../shared/data it skips.
describe.skipIf(!icd10cmExcerpt())('what the scrubber asks of the Tabular List', () => {
  let lookup: NonNullable<Icd10cmRelease['tabular']>;
  beforeAll(() => {
    lookup = fixtureRelease2023().tabular!;
  });

  it('finds Excludes1 pairs, including ones inherited from the category', () => {
    expect(excludes1Conflicts(lookup, ['E11.9', 'E10.9'])).toEqual([
      { code: 'E119', excluded: 'E109', note: 'type 1 diabetes mellitus (E10.-)', from: 'E11' },
    ]);
    expect(excludes1Conflicts(lookup, ['E11.9', 'I10'])).toEqual([]);
  });

  it("reads '(E08-E13 with .42)' as only the .42 codes of the range", () => {
    const [ref] = parseCodeRefs('polyneuropathy (in): diabetes mellitus (E08-E13 with .42)');
    expect(ref).toMatchObject({ from: 'E08', to: 'E13', withSubcode: '42' });
    expect(refCovers(ref!, 'E1142')).toBe(true);
    expect(refCovers(ref!, 'E119')).toBe(false);
    expect(excludes1Conflicts(lookup, ['G63', 'E11.9'])).toEqual([]);
    expect(excludes1Conflicts(lookup, ['G63', 'E11.42']).map((c) => c.code)).toEqual(['G63']);
  });

  it('knows a manifestation code and its Code first note', () => {
    const g63 = etiologyManifestation(lookup, 'G63')!;
    expect(g63.manifestation).toBe(true);
    expect(g63.codeFirst.map((n) => n.from.id)).toEqual(Array<string>(6).fill('G63'));
    expect(g63.codeFirst[0]!.text).toMatch(/underlying disease/);
    expect(etiologyManifestation(lookup, 'E11.42')).toMatchObject({ manifestation: false });
    expect(etiologyManifestation(lookup, 'E11.42')!.useAdditionalCode.map((n) => n.text)).toContain('insulin (Z79.4)');
  });

  it('answers for a code-list release from the nearest tabular', () => {
    expect(tabularFor(fixtureReleaseSet(), calendarDate('2024-01-05'))?.label).toBe('FY2023');
  });
});
