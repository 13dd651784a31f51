// Year-over-year changes between two releases: codes added, deleted, retitled, and codes that
// changed between header and billable (a code expanded with new children stops being billable).
import { dotted } from './code';
import { entryAt, findCode } from './code-table';
import type { Icd10cmRelease } from './release';

export interface DiffEntry {
  code: string;
  title: string;
  billable: boolean;
}

export interface ReleaseDiff {
  from: string;
  to: string;
  added: DiffEntry[];
  deleted: DiffEntry[];
  retitled: { code: string; from: string; to: string }[];
  /** was billable, now a header (expanded), or the reverse */
  billableChanged: { code: string; title: string; wasBillable: boolean; isBillable: boolean }[];
}

export interface DiffOptions {
  /** only codes billable in at least one of the two releases (the addenda count these) */
  billableOnly?: boolean;
}

/**
 * Titles compare without case, spacing or accent differences: the XML spells 'Sézary', the order file
 * (plain ASCII) 'Sezary'; that is a file-format difference, not a retitled code.
 */
export function sameTitle(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
  return norm(a) === norm(b);
}

export function diffReleases(from: Icd10cmRelease, to: Icd10cmRelease, options: DiffOptions = {}): ReleaseDiff {
  const diff: ReleaseDiff = { from: from.label, to: to.label, added: [], deleted: [], retitled: [], billableChanged: [] };
  const keep = (a?: { billable: boolean }, b?: { billable: boolean }) => !options.billableOnly || Boolean(a?.billable) || Boolean(b?.billable);
  for (let i = 0; i < to.table.codes.length; i++) {
    const now = entryAt(to.table, i);
    const before = findCode(from.table, now.code);
    if (!keep(before, now)) continue;
    if (!before) diff.added.push({ ...now, code: dotted(now.code) });
    else {
      if (!sameTitle(before.title, now.title)) diff.retitled.push({ code: dotted(now.code), from: before.title, to: now.title });
      if (before.billable !== now.billable) {
        diff.billableChanged.push({ code: dotted(now.code), title: now.title, wasBillable: before.billable, isBillable: now.billable });
      }
    }
  }
  for (let i = 0; i < from.table.codes.length; i++) {
    const was = entryAt(from.table, i);
    if (!findCode(to.table, was.code) && keep(was)) diff.deleted.push({ ...was, code: dotted(was.code) });
  }
  return diff;
}
