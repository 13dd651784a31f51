// Everything known about one ICD-10-CM code: title, billable, where it sits in the Tabular List,
// every note that applies (own and inherited), its 7th character, its history across releases.
import type { CalendarDate } from '../dates/index';
import { dotted, normalizeIcd10cm } from './code';
import { codesUnder, findCode } from './code-table';
import type { CodeInfo, CodeListProvider } from './lookup';
import { notesFor, seventhCharacterFor, type AppliedNote, type SeventhCharacter } from './notes';
import type { Icd10cmRelease } from './release';
import type { ReleaseSet } from './release-set';
import { ancestry, baseNodeOf } from './tabular-codes';
import { validateCode, type Validation } from './validate';

export interface Icd10cmDetails {
  validation?: Validation;
  /** chapter, section, category... from the top */
  hierarchy: { level: string; id: string; title: string }[];
  notes: AppliedNote[];
  seventhCharacter?: SeventhCharacter;
  /** the release whose Tabular List gave the notes, when it is not the release of the answer */
  notesFrom?: string;
  billableChildren: { code: string; title: string }[];
  history: { release: string; status: 'billable' | 'header' | 'absent'; title?: string }[];
}

/** The nearest release with a Tabular List (itself first). */
function tabularFor(releases: ReleaseSet, release: Icd10cmRelease): Icd10cmRelease | undefined {
  return release.tabular ? release : releases.nearestWith(release, (r) => Boolean(r.tabular));
}

export function icd10cmDetails(releases: ReleaseSet, release: Icd10cmRelease, code: string): Icd10cmDetails {
  const withTabular = tabularFor(releases, release);
  const lookup = withTabular?.tabular;
  const node = lookup ? baseNodeOf(lookup, code) : undefined;
  const hierarchy = lookup && node !== undefined
    ? ancestry(lookup.tabular, node).reverse().map((n) => ({ level: n.level, id: n.level === 'diag' ? dotted(n.id) : n.id, title: n.title }))
    : [];
  const seventh = lookup ? seventhCharacterFor(lookup, code) : undefined;
  return {
    hierarchy,
    notes: lookup ? notesFor(lookup, code) : [],
    ...(seventh ? { seventhCharacter: seventh } : {}),
    ...(withTabular && withTabular !== release ? { notesFrom: withTabular.label } : {}),
    billableChildren: codesUnder(release.table, code, true).map((c) => ({ code: dotted(c.code), title: c.title })),
    history: releases.releases.map((r) => {
      const e = findCode(r.table, code);
      return e ? { release: r.label, status: e.billable ? 'billable' : 'header', title: e.title } : { release: r.label, status: 'absent' };
    }),
  };
}

/** The answer for `codes show`: from the release of the date (or the latest), else the latest that has it. */
export function describeIcd10cm(releases: ReleaseSet, input: string, dateOfService?: CalendarDate): CodeInfo | undefined {
  const code = normalizeIcd10cm(input);
  if (!code) return undefined;
  const preferred = releases.pick(dateOfService);
  const holder = preferred && findCode(preferred.table, code) ? preferred : [...releases.releases].reverse().find((r) => findCode(r.table, code));
  const validation = dateOfService ? validateCode(releases, code, dateOfService) : undefined;
  if (!holder) return undefined;
  const entry = findCode(holder.table, code)!;
  const details = icd10cmDetails(releases, holder, code);
  return {
    system: 'ICD10CM',
    code: dotted(code),
    title: entry.title,
    billable: entry.billable,
    release: holder.label,
    effective: holder.window,
    ...(validation ? { validOnDate: validation.status === 'billable', ...(validation.status === 'invalid' ? { invalidReason: validation.message } : validation.status === 'header' ? { invalidReason: `${dotted(code)} is a header, not billable: use one of its billable codes` } : {}) } : {}),
    details: { ...details, ...(validation ? { validation } : {}) } as unknown as Record<string, unknown>,
  };
}

export function icd10cmProvider(releases: ReleaseSet): CodeListProvider {
  return {
    system: 'ICD10CM',
    normalize: normalizeIcd10cm,
    lookup: (code, dateOfService) => describeIcd10cm(releases, code, dateOfService),
  };
}
