// Words as the index and the query both see them: lower case, split on anything not a letter or digit,
// a light plural stemmer (the same on both sides, so "fractures" meets "fracture"), stop words dropped,
// and words in parentheses (nonessential modifiers, as in "Essential (primary) hypertension") marked optional.

const STOP_WORDS = new Set([
  'a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'to', 'for', 'by', 'at', 'as', 'from', 'is', 'with', 'w', 'pt',
  'patient', 'due', 'has', 'have', 'having', 'my', 'her', 'his', 'their', 'c', 'o', 'dx', 'diagnosis', 'code',
]);

/**
 * Words that make a title no less a match when the query did not say them: ICD-10-CM's default choice
 * when the record says nothing more is the unspecified code, and for injuries the initial encounter.
 * The number is how much an unmatched occurrence counts against the entry (1 for ordinary words).
 */
const EXTRA_WORD_COST = new Map<string, number>([
  ['unspecified', 0], ['nos', 0], ['without', -0.05], ['complication', 0.1], ['nec', 0.3], ['not', 0.2], ['specified', 0.2],
  ['initial', 0.2], ['encounter', 0.2], ['closed', 0.2], ['site', 0.3], ['part', 0.3], ['type', 0.5],
]);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

export function extraWordCost(stemmed: string): number {
  return EXTRA_WORD_COST.get(stemmed) ?? 1;
}

/** Light stemmer: plurals only, so medical stems stay recognisable ("stenosis", "calculus" are left alone). */
export function stem(word: string): string {
  const n = word.length;
  if (n <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && n > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ae') && n > 5) return word.slice(0, -1);
  if (word.endsWith('s') && !/(ss|us|is|ys|as|os)$/.test(word)) return word.slice(0, -1);
  return word;
}

export interface Token {
  /** The stemmed, lower-case form the index stores. */
  term: string;
  /** The word as written. */
  raw: string;
  /** Inside parentheses or brackets: matches count, absence does not. */
  optional: boolean;
  /** A hyphenated word written whole ("preeclampsia" from "pre-eclampsia"), not a word of the text itself. */
  joined?: boolean;
}

const WORD = /[a-z0-9]+|[()[\]]/g;
const HYPHENATED = /\b([a-z]+)-([a-z]+)\b/g;

/** Splits text into index words. Possessive 's is dropped ("Crohn's" → "crohn"). */
/** Lower case without accents ("Chédiak" → "chediak"). */
function plain(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export function tokenize(text: string, keepStopWords = false): Token[] {
  const lower = plain(text).replace(/['’]s\b/g, '').replace(/['’]/g, '');
  const out: Token[] = [];
  let depth = 0;
  for (const m of lower.matchAll(WORD)) {
    const w = m[0];
    if (w === '(' || w === '[') depth++;
    else if (w === ')' || w === ']') depth = Math.max(0, depth - 1);
    else if (keepStopWords || !STOP_WORDS.has(w)) out.push({ term: stem(w), raw: w, optional: depth > 0 });
  }
  // A hyphenated word is also indexed whole, as people type it ("pre-eclampsia" → preeclampsia).
  for (const m of lower.matchAll(HYPHENATED)) {
    const joined = m[1]! + m[2]!;
    out.push({ term: stem(joined), raw: joined, optional: true, joined: true });
  }
  return out;
}

/** Lower-case words of a query, stop words kept (abbreviation phrases may use them), no stemming yet. */
export function queryWords(text: string): string[] {
  return plain(text)
    .replace(/['’]s\b/g, '')
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** A code written by a person, normalised: upper case, no dot, no spaces ("e11.9" → "E119"). */
export function normalizeCode(text: string): string {
  return text.trim().toUpperCase().replace(/[.\s]/g, '');
}

/**
 * Whether the whole query looks like (the start of) a code of some system: ICD-10-CM (letter, digit, then up
 * to 5 more with an optional dot), ICD-10-PCS (up to 7 letters/digits starting with a digit or letter),
 * HCPCS Level II (letter + digits), CPT (digits).
 */
export function looksLikeCode(query: string): boolean {
  const q = query.trim();
  if (/\s/.test(q) || q.length < 2) return false;
  return /^[a-z]\d[0-9a-z]?(\.?[0-9a-z]{0,4})$/i.test(q) || /^\d{2,5}[ft]?$/i.test(q) || /^[0-9a-hj-np-z]{3,7}$/i.test(q) && /\d/.test(q);
}
