// Shared by the Excludes1 and code-first edits: the Tabular List notes of a diagnosis on its date.
import { notesFor, notesOfKind, refCovers, type CodeRef, type NoteKind } from '../codesets/index';
import type { CodeSets } from '../codesets/index';
import type { CalendarDate } from '../dates/index';

// Memo per loaded tabular: a batch asks for the same few hundred codes over and over.
const memo = new WeakMap<object, Map<string, CodeRef[]>>();

/** Code references of the notes of one kind that apply to the code (its own and inherited). */
export function noteRefs(codeSets: CodeSets, code: string, date: CalendarDate, kind: NoteKind): CodeRef[] {
  const release = codeSets.icd10cm.forDate(date);
  if (!release?.tabular) return [];
  let byCode = memo.get(release.tabular);
  if (!byCode) {
    byCode = new Map();
    memo.set(release.tabular, byCode);
  }
  const key = `${kind}|${code}`;
  let refs = byCode.get(key);
  if (!refs) {
    refs = notesOfKind(notesFor(release.tabular, code), kind).flatMap((n) => n.codeRefs);
    byCode.set(key, refs);
  }
  return refs;
}

export function coveredBy(refs: readonly CodeRef[], code: string): boolean {
  return refs.some((r) => refCovers(r, code));
}

/** Title of a code in the release of the date, if the code is there. */
export function titleOf(codeSets: CodeSets, code: string, date: CalendarDate): string | undefined {
  const v = codeSets.validate(code, date);
  return v.status === 'billable' || v.status === 'header' ? v.title : undefined;
}
