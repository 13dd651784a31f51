// What the claim scrubber asks of the Tabular List: Excludes1 pairs among the codes of one claim,
// and the etiology / manifestation convention (code first, use additional code).
import { normalizeIcd10cm } from './code';
import { notesFor, refCovers, type AppliedNote } from './notes';
import type { Icd10cmRelease } from './release';
import type { ReleaseSet } from './release-set';
import type { TabularLookup } from './tabular-codes';
import { baseNodeOf } from './tabular-codes';
import type { CalendarDate } from '../dates/index';

export interface Excludes1Conflict {
  /** the code whose Excludes1 note (own or inherited) names the other (normalised) */
  code: string;
  excluded: string;
  note: string;
  /** where the note is printed: the code itself, its category, section or chapter */
  from: string;
}

/** Every Excludes1 pair among the codes: 'NOT CODED HERE', the two are never reported together. */
export function excludes1Conflicts(lookup: TabularLookup, codes: readonly string[]): Excludes1Conflict[] {
  const normalized = [...new Set(codes.map((c) => normalizeIcd10cm(c)).filter((c): c is string => c !== undefined))];
  const out: Excludes1Conflict[] = [];
  for (const code of normalized) {
    const excludes = notesFor(lookup, code).filter((n) => n.kind === 'excludes1');
    for (const other of normalized) {
      if (other === code) continue;
      const hit = excludes.find((n) => n.codeRefs.some((r) => refCovers(r, other)));
      if (hit) out.push({ code, excluded: other, note: hit.text, from: hit.from.id });
    }
  }
  return out;
}

export interface EtiologyManifestation {
  /** a manifestation code: never first-listed; its etiology is coded first */
  manifestation: boolean;
  codeFirst: AppliedNote[];
  useAdditionalCode: AppliedNote[];
}

/** Manifestation codes carry 'in diseases classified elsewhere' in the title, or a Code first note of their own. */
export function etiologyManifestation(lookup: TabularLookup, code: string): EtiologyManifestation | undefined {
  const normalized = normalizeIcd10cm(code);
  const index = normalized ? baseNodeOf(lookup, normalized) : undefined;
  if (index === undefined) return undefined;
  const notes = notesFor(lookup, normalized!);
  const codeFirst = notes.filter((n) => n.kind === 'codeFirst');
  const title = lookup.tabular.nodes[index]!.title;
  const ownCodeFirst = codeFirst.some((n) => !n.inherited) || codeFirst.some((n) => n.from.level === 'diag');
  return {
    manifestation: /in diseases classified elsewhere/i.test(title) || (ownCodeFirst && /\bin\b.*\belsewhere\b/i.test(title)),
    codeFirst,
    useAdditionalCode: notes.filter((n) => n.kind === 'useAdditionalCode'),
  };
}

/** The release whose Tabular List answers for a date: the one in effect, else the nearest with a tabular. */
export function tabularFor(releases: ReleaseSet, dateOfService?: CalendarDate): Icd10cmRelease | undefined {
  const release = releases.pick(dateOfService);
  if (!release) return undefined;
  return release.tabular ? release : releases.nearestWith(release, (r) => Boolean(r.tabular));
}
