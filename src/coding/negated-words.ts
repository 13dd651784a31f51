// "without aura", "w/o bleeding", "not intractable": the words right after such a marker are the
// absent alternative, written '~aura', so that "migraine without aura" and "migraine with aura" differ
// the same way in the note and in the code titles. The scope is short and stops at "of", "with" or punctuation.
import type { Token } from './text';

const MARKERS = new Set(['without', 'w/o', 'not']);
const STOPS = new Set(['of', 'with', 'in', 'on', 'and', 'or', 'to', 'but', 'due', 'at', 'for']);
const MAX_SCOPE = 3;

export function markNegatedWords(tokens: Token[], text: string, base: number): Token[] {
  const out: Token[] = [];
  let scope = 0;
  let prevEnd = -1;
  for (const t of tokens) {
    const gap = prevEnd < 0 ? '' : text.slice(prevEnd - base, t.start - base);
    if (/[,;:.()]/.test(gap)) scope = 0;
    const lower = t.raw.toLowerCase();
    if (MARKERS.has(lower)) {
      scope = MAX_SCOPE;
      out.push(t);
    } else if (scope > 0 && !STOPS.has(lower)) {
      scope--;
      out.push({ ...t, words: t.words.map((w) => `~${w}`) });
    } else {
      if (STOPS.has(lower)) scope = 0;
      out.push(t);
    }
    prevEnd = t.end;
  }
  return out;
}
