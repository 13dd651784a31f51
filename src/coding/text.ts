// Reading the note: tokens with their offsets, normalised words (abbreviations expanded, inflection
// stripped), sentences and the sections they sit in.
import { ABBREVIATIONS, REGIONS, WORD_EQUIVALENTS } from './vocabulary';

export interface Token {
  /** the word as written */
  raw: string;
  /** normalised words it stands for (an abbreviation may stand for several) */
  words: string[];
  start: number;
  end: number;
}

export type SectionKind =
  | 'chief complaint'
  | 'hpi'
  | 'pmh'
  | 'surgical history'
  | 'family history'
  | 'social history'
  | 'medications'
  | 'allergies'
  | 'ros'
  | 'exam'
  | 'results'
  | 'assessment'
  | 'plan'
  | 'procedure'
  | 'discharge diagnoses'
  | 'other';

export interface Sentence {
  start: number;
  end: number;
  text: string;
  section: SectionKind;
  tokens: Token[];
}

const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'or', 'in', 'on', 'to', 'for', 'at', 'by', 'is', 'are', 'was', 'were', 'be', 'as', 'from', 'this', 'that', 'his', 'her', 'pt', 'patient']);

/** Light inflection stripping: plurals and a few English suffixes, enough for word-order-free matching. */
export function stem(word: string): string {
  const w = word.toLowerCase();
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('es') && /(ch|sh|x|ss)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !/(ss|us|is|ys)$/.test(w)) return w.slice(0, -1);
  return w;
}

const NORMALIZED = new Map<string, readonly string[]>();
const MAX_MEMO = 200_000;

/** Normalised words of a written word (memoised: the same words recur across the lexicon and the notes). */
export function normalizeWord(raw: string): string[] {
  const lower = raw.toLowerCase();
  const known = NORMALIZED.get(lower);
  if (known) return [...known];
  const words = normalizeUncached(lower);
  if (NORMALIZED.size < MAX_MEMO) NORMALIZED.set(lower, words);
  return [...words];
}

function normalizeUncached(lower: string): string[] {
  const abbreviation = ABBREVIATIONS[lower];
  const words = abbreviation ? abbreviation.split(' ') : [lower];
  const out = words.map((w) => {
    const s = stem(w);
    return WORD_EQUIVALENTS[s] ?? s;
  });
  // a forearm is an upper limb, a shin a lower limb: the index often names only the limb
  const region = out.length === 1 ? REGIONS[out[0]!] : undefined;
  if (region) for (const r of region) if ((r === 'upper' || r === 'lower' || r === 'limb') && !out.includes(r)) out.push(r);
  return out;
}

export function isStopWord(word: string): boolean {
  return STOP.has(word);
}

const LETTERED = new Set(['vitamin', 'hepatitis', 'influenza', 'group', 'factor', 'strep', 'streptococcus', 'protein']);

const TOKEN = /[A-Za-z][A-Za-z0-9]*(?:[/'-][A-Za-z0-9]+)*|\d+(?:\.\d+)?[a-z]?(?![A-Za-z])/g;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = offset + m.index;
    const lower = raw.toLowerCase();
    if (ABBREVIATIONS[lower] === undefined && /[-/]/.test(raw)) {
      // split hyphenated and slashed words unless the whole is an abbreviation (s/p, a-fib)
      let at = start;
      for (const part of raw.split(/[-/]/)) {
        if (part) out.push({ raw: part, words: normalizeWord(part), start: at, end: at + part.length });
        at += part.length + 1;
      }
      continue;
    }
    const words = normalizeWord(raw);
    // "vitamin D", "hepatitis B", "influenza A": the letter is part of the name
    const prev = out.at(-1);
    if (raw.length === 1 && /[A-Ea-eK]/.test(raw) && prev && LETTERED.has(prev.words[0]!)) words.splice(0, words.length, `${prev.words[0]}-${raw.toLowerCase()}`);
    out.push({ raw, words, start, end: start + raw.length });
  }
  return out;
}
