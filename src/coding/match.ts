// Mentions: lexicon entries whose words all appear close together in a sentence, in any order.
// Where entries overlap, the one that explains more of the words wins (maximal matches).
import type { Lexicon, LexiconEntry } from './lexicon';
import type { Sentence } from './text';

export interface Mention {
  entry: LexiconEntry;
  /** token indices of the sentence the entry's words were found at */
  tokens: number[];
  start: number;
  end: number;
  sentence: Sentence;
}

const SLACK = 5;
const SOURCE_RANK: Record<LexiconEntry['source'], number> = { synonym: 0, index: 1, title: 2, inclusion: 3 };

function positionsOf(sentence: Sentence): Map<string, number[]> {
  const at = new Map<string, number[]>();
  sentence.tokens.forEach((t, i) => {
    for (const w of t.words) {
      const list = at.get(w);
      if (list) list.push(i);
      else at.set(w, [i]);
    }
  });
  return at;
}

/** Words that may sit in another item of a comma list ("otitis media, bilateral"; "CKD, stage 3"). */
const LIST_QUALIFIERS = /^(left|right|bilateral|acute|chronic|subacute|stage|initial|subsequent|sequela|mild|moderate|severe|intractable|~\w+|\d\w?)$/;

/**
 * Comma-list items of a sentence ("PMH: hypertension, type 2 diabetes, COPD"): an entry may not take its
 * naming words from two items, or "hypertension" and the "pulmonary" of COPD would make pulmonary hypertension.
 */
function listItems(sentence: Sentence): number[] | undefined {
  // an assessment item is one diagnosis with its qualifiers after commas ("gout, right great toe"): only histories and narratives are lists
  if (sentence.section === 'assessment' || sentence.section === 'discharge diagnoses' || (sentence.text.match(/,/g) ?? []).length < 2) return undefined;
  const items: number[] = [];
  let item = 0;
  sentence.tokens.forEach((t, i) => {
    const prev = sentence.tokens[i - 1];
    if (prev && /[,;]/.test(sentence.text.slice(prev.end - sentence.start, t.start - sentence.start))) item++;
    items.push(item);
  });
  return items;
}

function place(entry: LexiconEntry, at: Map<string, number[]>, anchor: number, items?: number[]): number[] | undefined {
  const tokens: number[] = [];
  for (const w of entry.words) {
    const list = at.get(w);
    if (!list) return undefined;
    let best = list[0]!;
    for (const p of list) if (Math.abs(p - anchor) < Math.abs(best - anchor)) best = p;
    if (items && items[best] !== items[anchor] && !LIST_QUALIFIERS.test(w)) return undefined;
    tokens.push(best);
  }
  const lo = Math.min(...tokens);
  const hi = Math.max(...tokens);
  return hi - lo + 1 <= entry.words.length + SLACK ? tokens : undefined;
}

function isSubset(a: number[], b: number[]): boolean {
  return a.every((x) => b.includes(x));
}

export function findMentions(lexicon: Lexicon, sentence: Sentence): Mention[] {
  const at = positionsOf(sentence);
  const items = listItems(sentence);
  const found: Mention[] = [];
  for (const [word, positions] of at) {
    for (const id of lexicon.byKey.get(word) ?? []) {
      const entry = lexicon.entries[id]!;
      for (const anchor of positions.slice(0, 3)) {
        const tokens = place(entry, at, anchor, items);
        if (!tokens) continue;
        const uniq = [...new Set(tokens)].sort((a, b) => a - b);
        const start = sentence.tokens[uniq[0]!]!.start;
        const end = sentence.tokens[uniq.at(-1)!]!.end;
        found.push({ entry, tokens: uniq, start, end, sentence });
        break;
      }
    }
  }
  return maximal(found);
}

/** Words that only say where or which side do not make one reading of a phrase better than another. */
const WHERE = new Set(['left', 'right', 'bilateral', 'ear', 'eye', 'upper', 'lower', 'low', 'limb', 'site', 'side']);
const core = (m: Mention) => m.entry.words.filter((w) => !WHERE.has(w)).length;

function better(a: Mention, b: Mention): boolean {
  if (core(a) !== core(b)) return core(a) > core(b);
  if (a.tokens.length !== b.tokens.length) return a.tokens.length > b.tokens.length;
  if (a.entry.words.length !== b.entry.words.length) return a.entry.words.length > b.entry.words.length;
  if (SOURCE_RANK[a.entry.source] !== SOURCE_RANK[b.entry.source]) return SOURCE_RANK[a.entry.source] < SOURCE_RANK[b.entry.source];
  if (a.end - a.start !== b.end - b.start) return a.end - a.start < b.end - b.start;
  // the plainer wording wins a tie ("Hyperlipidemia" over "Hyperlipidemia, specified NEC")
  return a.entry.text.length < b.entry.text.length;
}

/** Keeps the mentions no other mention explains better: one that covers its words, or overlaps it within the same category, and ranks higher. */
function maximal(found: Mention[]): Mention[] {
  const rank = (a: Mention, b: Mention) => better(a, b) || (!better(b, a) && found.indexOf(a) < found.indexOf(b));
  return found.filter((m) =>
    !found.some((o) => {
      if (o === m || !rank(o, m)) return false;
      if (isSubset(m.tokens, o.tokens)) return true;
      return m.tokens.some((t) => o.tokens.includes(t)) && o.entry.code.slice(0, 3) === m.entry.code.slice(0, 3);
    }),
  );
}
