import { beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '../dates/index';
import { fixtureReleaseSet, icd10cmExcerpt } from './fixtures.testkit';
import type { ReleaseSet } from './release-set';
import { validateCode } from './validate';

const FY2023 = calendarDate('2023-03-15');
const FY2024 = calendarDate('2023-11-02');

// Excerpts of the official FY2021, FY2023 and FY2024 files (fixtures.testkit.ts); without
// ../shared/data these tests skip.
describe.skipIf(!icd10cmExcerpt())('validate(code, dateOfService)', () => {
  let releases: ReleaseSet;
  beforeAll(() => {
    releases = fixtureReleaseSet();
  });

  it('accepts billable codes in any case, with or without the dot', () => {
    for (const spelling of ['E11.9', 'e119', ' E119 ']) {
      expect(validateCode(releases, spelling, FY2023)).toMatchObject({ status: 'billable', code: 'E119', display: 'E11.9', release: 'FY2023' });
    }
  });

  it('names the billable children of a header', () => {
    const v = validateCode(releases, 'E11.4', FY2023);
    expect(v).toMatchObject({ status: 'header', title: 'Type 2 diabetes mellitus with neurological complications' });
    expect(v.status === 'header' && v.billableChildren.map((c) => c.code)).toEqual(['E11.40', 'E11.41', 'E11.42', 'E11.43', 'E11.44', 'E11.49']);
  });

  it('validates placeholder-X and 7th-character codes not printed in the tabular', () => {
    expect(validateCode(releases, 'S72.001A', FY2023)).toMatchObject({ status: 'billable' });
    expect(validateCode(releases, 'T36.0X1A', FY2023)).toMatchObject({ status: 'billable', title: 'Poisoning by penicillins, accidental (unintentional), initial encounter' });
    expect(validateCode(releases, 'S02.0XXA', FY2023)).toMatchObject({ status: 'billable' });
  });

  it('says when a 7th character is missing, and which ones exist', () => {
    const v = validateCode(releases, 'S72.001', FY2023);
    expect(v).toMatchObject({ status: 'invalid', reason: 'requires_7th_character' });
    expect(v.status === 'invalid' && v.suggestions).toEqual('ABCDEFGHJKMNPQRS'.split('').map((c) => `S72.001${c}`));
    expect(validateCode(releases, 'S02.0XX', FY2023)).toMatchObject({ reason: 'requires_7th_character' });
  });

  it('says when the placeholder X is missing or misplaced', () => {
    for (const spelling of ['T36.01A', 'T36.X01A', 'S02.0A']) {
      const v = validateCode(releases, spelling, FY2023);
      expect(v, spelling).toMatchObject({ status: 'invalid', reason: 'needs_placeholder_x' });
    }
    const v = validateCode(releases, 'T36.01A', FY2023);
    expect(v.status === 'invalid' && v.suggestions).toEqual(['T36.0X1A']);
  });

  it('unknown codes point to the nearest existing one', () => {
    const v = validateCode(releases, 'E11.99', FY2023);
    expect(v).toMatchObject({ status: 'invalid', reason: 'unknown', suggestions: ['E11.9'] });
  });

  it('answers by the release in effect on the date of service', () => {
    // G20.A1 is new in FY2024 (G20 was expanded)
    expect(validateCode(releases, 'G20.A1', FY2023)).toMatchObject({ reason: 'not_yet_in_effect' });
    expect(validateCode(releases, 'G20.A1', FY2024)).toMatchObject({ status: 'billable', release: 'FY2024' });
    expect(validateCode(releases, 'G20.A1', calendarDate('2023-09-30'))).toMatchObject({ status: 'invalid' });
    expect(validateCode(releases, 'G20.A1', calendarDate('2023-10-01'))).toMatchObject({ status: 'billable' });
    expect(validateCode(releases, 'G20', FY2023)).toMatchObject({ status: 'billable' });
    expect(validateCode(releases, 'G20', FY2024)).toMatchObject({ status: 'header' });
  });

  it('says in which fiscal year a code was deleted', () => {
    // R08 is the made-up FY2023-only code of fixtures.testkit.ts (no real code was deleted in FY2024 in the excerpt)
    const v = validateCode(releases, 'R08', FY2024);
    expect(v).toMatchObject({ status: 'invalid', reason: 'deleted' });
    expect(v.status === 'invalid' && v.message).toMatch(/deleted in FY2024/);
    // FY2023 split T40.7 (cannabis) into T40.71 and T40.72
    const gap = validateCode(releases, 'T40.7X1A', FY2023);
    expect(gap).toMatchObject({ reason: 'deleted' });
    expect(gap.status === 'invalid' && gap.message).toMatch(/deleted between FY2021 and FY2023/);
    expect(validateCode(releases, 'T40.7X1A', calendarDate('2021-03-01'))).toMatchObject({ status: 'billable', release: 'FY2021' });
  });

  it('refuses malformed input and dates with no release', () => {
    expect(validateCode(releases, '250.00', FY2023)).toMatchObject({ reason: 'malformed' });
    expect(validateCode(releases, 'E11.9', calendarDate('2019-05-01'))).toMatchObject({ reason: 'no_release' });
  });
});
