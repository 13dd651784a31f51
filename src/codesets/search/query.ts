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
/**
 * Words that move a condition into another part of the classification (a personal or family history, a
 * screening, a pregnancy, a newborn, a late effect, a poisoning): a code without them is a different code,
 * however many other words it shares, so they count for more than their rarity alone says.
 */
const FAMILY_WORDS = new Set(
  ['history', 'family', 'personal', 'screening', 'pregnancy', 'pregnant', 'newborn', 'neonatal', 'congenital', 'sequela', 'poisoning',
    'underdosing', 'adverse', 'postprocedural', 'puerperal', 'postpartum', 'gestational', 'status', 'presence', 'absence'].map(stem),
);
const FAMILY_WORD_BOOST = 1.8;
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
  const known = data.termIds.has(stemmed);
  // The word being typed, or a word no text has that may be cut short on purpose ("diab neuropath").
  let completions = 0;
  if (!qw.viaAbbreviation && qw.word.length >= 3 && (isLast || (!known && !/\d/.test(qw.word)))) {
    for (const t of prefixTerms(data, stemmed === qw.word ? qw.word : stemmed)) {
      add(t, QUALITY.prefix, 'prefix');
      completions++;
    }
  }
  if (!known && completions === 0 && qw.word.length >= 4 && !/\d/.test(qw.word)) {
    // One edit first; two (e.g. a letter typed in the wrong place) only for longer words with no one-edit neighbour.
    let near = data.fuzzy.near(stemmed, qw.word.length >= 8 ? 2 : 1);
    if (near.length === 0 && qw.word.length >= 6) near = data.fuzzy.near(stemmed, 2);
    for (const m of near) {
      const quality = m.distance === 1 ? QUALITY.typo1 : QUALITY.typo2;
      add(m.termId, quality, 'typo');
      for (const eq of EQUIVALENTS.get(data.terms[m.termId]!) ?? []) add(data.termIds.get(eq), quality * 0.95, 'typo');
    }
  }
  return alts;
}

/** The query with abbreviations and lay phrases replaced by the code books' words (for other engines and for display). */
export function expandQueryText(text: string): string {
  return expandAbbreviations(queryWords(text))
    .map((w) => w.word)
    .join(' ');
}

/** Two words typed apart that the texts write as one ("bed wetting" → bedwetting, "heart burn" → heartburn). */
function joinCompounds(data: IndexData, words: QueryWord[]): QueryWord[] {
  const out: QueryWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const a = words[i]!;
    const b = words[i + 1];
    const joined = b && !a.viaAbbreviation && !b.viaAbbreviation ? a.word + b.word : undefined;
    const id = joined === undefined ? undefined : data.termIds.get(stem(joined));
    if (b && joined && id !== undefined && data.termNative[id]) {
      out.push({ word: joined, from: `${a.from} ${b.from}`, viaAbbreviation: false });
      i++;
    } else out.push(a);
  }
  return out;
}

/**
 * The groups of a query. `typing` says the last word may be incomplete (the user has not typed a space
 * after it), so its completions count too. Words nobody's text contains are dropped, not held against codes.
 */
export function parseQuery(data: IndexData, text: string, typing: boolean): WordGroup[] {
  const words = joinCompounds(data, expandAbbreviations(queryWords(text)).filter((w) => !isStopWord(w.word)));
  const groups: WordGroup[] = [];
  const seen = new Set<string>();
  words.forEach((qw, i) => {
    const key = stem(qw.word);
    if (seen.has(key) || groups.length >= MAX_GROUPS) return;
    seen.add(key);
    const alternatives = alternativesFor(data, qw, typing && i === words.length - 1);
    if (alternatives.length === 0) return;
    const idf = Math.max(...alternatives.filter((a) => a.quality === alternatives[0]!.quality).map((a) => data.idf[a.termId]!));
    const weight = FAMILY_WORDS.has(key) ? idf * FAMILY_WORD_BOOST : idf;
    groups.push({ query: qw.from, weight, alternatives });
  });
  return groups;
}
