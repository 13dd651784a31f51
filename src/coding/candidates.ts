// A diagnosis on its way to the claim: the code, the words behind it and why.
import type { Evidence } from './types';

export interface Candidate {
  /** normalised, no dot */
  code: string;
  title: string;
  confidence: number;
  evidence: Evidence[];
  rationale: string;
  /** offset of the first supporting words, for claim order */
  position: number;
  /** words of the lexicon entry that matched (for combination search) */
  words: string[];
  /** the sentence words, for refinement and combinations */
  sentenceWords: Set<string>;
  /** start offset of the sentence the mention sits in */
  sentence?: number;
  /** placed by a rule (encounter, status, long-term drug use) rather than by a mention */
  byRule?: boolean;
  /** the axes the documentation left open */
  unsettled: string[];
}

export function evidenceOf(text: string, start: number, end: number): Evidence {
  return { start, end, text: text.slice(start, end) };
}

export function sentenceWordsOf(tokens: readonly { words: string[] }[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) for (const w of t.words) out.add(w);
  return out;
}
