// MiniSearch over the same documents, with fuzzy and prefix matching comparable to ours.
import MiniSearch from 'minisearch';
import type { SearchDocument } from '../src/codesets/search/index';

interface MiniDoc {
  id: number;
  code: string;
  title: string;
  inclusion: string;
  index: string;
}

export function buildMiniSearch(documents: readonly SearchDocument[]): MiniSearch<MiniDoc> {
  const mini = new MiniSearch<MiniDoc>({
    fields: ['title', 'inclusion', 'index'],
    storeFields: ['code'],
    searchOptions: { boost: { title: 3, inclusion: 2 }, fuzzy: 0.2, prefix: true, maxFuzzy: 2 },
  });
  mini.addAll(
    documents.map((d, id) => ({ id, code: d.code, title: d.title, inclusion: d.inclusionTerms.join(' | '), index: d.indexTerms.join(' | ') })),
  );
  return mini;
}

export function miniSearchCodes(mini: MiniSearch<MiniDoc>, query: string): string[] {
  return mini
    .search(query)
    .slice(0, 5)
    .map((r) => r.code as string);
}
