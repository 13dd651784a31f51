// The documents the search engine (src/codesets/search) indexes for an ICD-10-CM release: title,
// billable, inclusion terms from the Tabular List, and every Alphabetic Index path that leads to the code.
import { dotted, parseIndexCode } from './code';
import { entryAt } from './code-table';
import type { SearchDocument } from './lookup';
import type { Icd10cmRelease } from './release';
import type { ReleaseSet } from './release-set';
import { baseNodeOf } from './tabular-codes';
import type { AlphabeticIndex, IndexTerm } from './types';

const pathsCache = new WeakMap<AlphabeticIndex, Map<string, string[]>>();

/** code (normalised) → index paths such as 'Fracture, traumatic, femur, femoral, shaft'. */
export function indexPathsByCode(index: AlphabeticIndex): Map<string, string[]> {
  const cached = pathsCache.get(index);
  if (cached) return cached;
  const out = new Map<string, string[]>();
  const add = (text: string | undefined, path: string) => {
    const parsed = text ? parseIndexCode(text) : undefined;
    if (!parsed) return;
    const list = out.get(parsed.code);
    if (list) list.push(path);
    else out.set(parsed.code, [path]);
  };
  const walk = (term: IndexTerm, prefix: string) => {
    const path = prefix ? `${prefix}, ${term.title}` : term.title;
    add(term.code, path);
    add(term.manif, path);
    for (const child of term.terms ?? []) walk(child, path);
  };
  for (const main of index.mainTerms) walk(main, '');
  pathsCache.set(index, out);
  return out;
}

/**
 * Search documents of a release. A release without its own tabular or index (a code list) takes
 * inclusion terms and index paths from `borrow` (the nearest release that has them), for codes that exist there.
 */
export function* searchDocuments(release: Icd10cmRelease, borrow?: Icd10cmRelease): Iterable<SearchDocument> {
  const tabular = release.tabular ?? borrow?.tabular;
  const index = release.index ?? borrow?.index;
  const paths = index ? indexPathsByCode(index) : new Map<string, string[]>();
  for (let i = 0; i < release.table.codes.length; i++) {
    const entry = entryAt(release.table, i);
    const node = tabular ? baseNodeOf(tabular, entry.code) : undefined;
    const inclusionTerms = node === undefined ? [] : (tabular!.tabular.nodes[node]!.notes.inclusionTerm ?? []);
    yield {
      system: 'ICD10CM',
      code: dotted(entry.code),
      title: entry.title,
      billable: entry.billable,
      inclusionTerms,
      indexTerms: paths.get(entry.code) ?? [],
    };
  }
}

/** Documents of the release in effect on a date (or the latest), borrowing from the nearest full release. */
export function searchDocumentsFor(releases: ReleaseSet, release: Icd10cmRelease): Iterable<SearchDocument> {
  const borrow = release.tabular && release.index ? undefined : releases.nearestWith(release, (r) => Boolean(r.tabular && r.index));
  return searchDocuments(release, borrow);
}
