// Turns what the user typed into word groups: each group is one thing they said (a word, or a word an
// abbreviation stands for) with the index terms that may satisfy it, best first.
import type { IndexData } from './build';
import { isStopWord, queryWords, stem } from './normalize';
import { ABBREVIATIONS, EQUIVALENT_WORDS } from './synonyms';
import type { MatchedWord } from './types';

export interface Alternative {
  termId: number;
  quality: number;
  how: MatchedWord['how'];
}

export interface WordGroup {
  /** The word as typed (for an abbreviation, the abbreviation). */
  query: string;
  weight: number;
  alternatives: Alternative[];
}

const QUALITY = { exact: 1, stem: 0.95, synonym: 0.92, prefix: 0.8, typo1: 0.72, typo2: 0.6 } as const;
const MAX_GROUPS = 30;
const MAX_PREFIX_TERMS = 40;
const MAX_PHRASE = 3;

const EQUIVALENTS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const set of EQUIVALENT_WORDS) {
    const stems = set.map(stem);
    for (const s of stems) map.set(s, [...(map.get(s) ?? []), ...stems.filter((o) => o !== s)]);
  }
  return map;
})();

interface QueryWord {
  word: string;
  from: string;
  viaAbbreviation: boolean;
}

/** Replaces abbreviations and lay phrases (longest first) by the words the code books use. */
export function expandAbbreviations(words: readonly string[]): QueryWord[] {
  const out: QueryWord[] = [];
  for (let i = 0; i < words.length; ) {
    let used = 0;
    for (let len = Math.min(MAX_PHRASE, words.length - i); len >= 1 && used === 0; len--) {
      const phrase = words.slice(i, i + len).join(' ');
      const expansion = ABBREVIATIONS[phrase];
      if (expansion === undefined) continue;
      for (const w of expansion.split(' ')) out.push({ word: w, from: phrase, viaAbbreviation: expansion !== phrase });
      used = len;
    }
    if (used === 0) out.push({ word: words[i]!, from: words[i]!, viaAbbreviation: false });
    i += Math.max(used, 1);
  }
  return out;
}

function prefixTerms(data: IndexData, prefix: string): number[] {
  const { sortedTerms, terms } = data;
  let lo = 0;
  let hi = sortedTerms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[sortedTerms[mid]!]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const found: number[] = [];
  for (let i = lo; i < sortedTerms.length && found.length < 400; i++) {
    const id = sortedTerms[i]!;
    if (!terms[id]!.startsWith(prefix)) break;
    if (terms[id] !== prefix) found.push(id);
  }
  // Keep the commonest completions: they are what a coder most likely means.
  const df = (t: number): number => data.postStart[t + 1]! - data.postStart[t]!;
  return found.sort((a, b) => df(b) - df(a)).slice(0, MAX_PREFIX_TERMS);
}

function alternativesFor(data: IndexData, qw: QueryWord, isLast: boolean): Alternative[] {
  const alts: Alternative[] = [];
  const have = new Set<number>();
  const add = (termId: number | undefined, quality: number, how: MatchedWord['how']): void => {
    if (termId === undefined || have.has(termId)) return;
    have.add(termId);
    alts.push({ termId, quality, how });
  };
  const stemmed = stem(qw.word);
  const direct = qw.viaAbbreviation ? 'synonym' : stemmed === qw.word ? 'exact' : 'stem';
  add(data.termIds.get(stemmed), direct === 'stem' ? QUALITY.stem : QUALITY.exact, direct);
  for (const eq of EQUIVALENTS.get(stemmed) ?? []) add(data.termIds.get(eq), QUALITY.synonym, 'synonym');
  if (isLast && !qw.viaAbbreviation && qw.word.length >= 3) {
    for (const t of prefixTerms(data, stemmed === qw.word ? qw.word : stemmed)) add(t, QUALITY.prefix, 'prefix');
  }
  if (!data.termIds.has(stemmed) && qw.word.length >= 4 && !/\d/.test(qw.word)) {
    const maxDistance = qw.word.length >= 8 ? 2 : 1;
    for (const m of data.fuzzy.near(stemmed, maxDistance)) {
      const quality = m.distance === 1 ? QUALITY.typo1 : QUALITY.typo2;
      add(m.termId, quality, 'typo');
      for (const eq of EQUIVALENTS.get(data.terms[m.termId]!) ?? []) add(data.termIds.get(eq), quality * 0.95, 'typo');
    }
  }
  return alts;
}

/**
 * The groups of a query. `typing` says the last word may be incomplete (the user has not typed a space
 * after it), so its completions count too. Words nobody's text contains are dropped, not held against codes.
 */
export function parseQuery(data: IndexData, text: string, typing: boolean): WordGroup[] {
  const words = expandAbbreviations(queryWords(text)).filter((w) => !isStopWord(w.word));
  const groups: WordGroup[] = [];
  const seen = new Set<string>();
  words.forEach((qw, i) => {
    const key = stem(qw.word);
    if (seen.has(key) || groups.length >= MAX_GROUPS) return;
    seen.add(key);
    const alternatives = alternativesFor(data, qw, typing && i === words.length - 1);
    if (alternatives.length === 0) return;
    const weight = Math.max(...alternatives.filter((a) => a.quality === alternatives[0]!.quality).map((a) => data.idf[a.termId]!));
    groups.push({ query: qw.from, weight, alternatives });
  });
  return groups;
}
