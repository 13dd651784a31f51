// Several fiscal years side by side: which release governs a date of service, and where a release
// without its own Tabular List or Index borrows notes and index terms from (the nearest one that has them).
import { fiscalYearOf, isWithin, type CalendarDate } from '../dates/index';
import type { Icd10cmRelease } from './release';

export class ReleaseSet {
  /** sorted by fiscal year */
  readonly releases: readonly Icd10cmRelease[];

  constructor(releases: Iterable<Icd10cmRelease>) {
    this.releases = [...releases].sort((a, b) => a.fiscalYear - b.fiscalYear);
  }

  get isEmpty(): boolean {
    return this.releases.length === 0;
  }

  forDate(date: CalendarDate): Icd10cmRelease | undefined {
    return this.releases.find((r) => isWithin(date, r.window.from, r.window.to));
  }

  byFiscalYear(year: number): Icd10cmRelease | undefined {
    return this.releases.find((r) => r.fiscalYear === year);
  }

  latest(): Icd10cmRelease | undefined {
    return this.releases.at(-1);
  }

  /** The release for a date, or the latest when no date is given. */
  pick(date?: CalendarDate): Icd10cmRelease | undefined {
    return date ? this.forDate(date) : this.latest();
  }

  /** The nearest release (by fiscal year, earlier first on ties) that has what `has` asks for. */
  nearestWith(release: Icd10cmRelease, has: (r: Icd10cmRelease) => boolean): Icd10cmRelease | undefined {
    const candidates = this.releases.filter(has);
    return candidates.sort(
      (a, b) => Math.abs(a.fiscalYear - release.fiscalYear) - Math.abs(b.fiscalYear - release.fiscalYear) || a.fiscalYear - b.fiscalYear,
    )[0];
  }

  fiscalYearOf(date: CalendarDate): number {
    return fiscalYearOf(date);
  }
}
