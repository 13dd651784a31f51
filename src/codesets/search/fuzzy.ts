// Typo tolerance over the vocabulary (tens of thousands of words, not the documents): a trigram index finds
// words sharing enough letter triples with the typed word, then a bounded Damerau-Levenshtein distance
// (adjacent transpositions count as one edit, the commonest typing slip) confirms them.

export interface FuzzyMatch {
  termId: number;
  distance: number;
}

function grams(word: string): string[] {
  const padded = `^${word}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

/** Optimal string alignment distance, giving up (returning max + 1) as soon as it must exceed max. */
export function boundedEditDistance(a: string, b: string, max: number, rows: Int32Array[] = makeRows(64)): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n > 62 || m > 62) return max + 1;
  const [prev2, prev, cur] = rows as [Int32Array, Int32Array, Int32Array];
  let p2 = prev2;
  let p1 = prev;
  let c = cur;
  for (let j = 0; j <= m; j++) p1[j] = j;
  for (let i = 1; i <= n; i++) {
    c[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(p1[j]! + 1, c[j - 1]! + 1, p1[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, p2[j - 2]! + 1);
      c[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = p2;
    p2 = p1;
    p1 = c;
    c = t;
  }
  return p1[m]!;
}

function makeRows(size: number): Int32Array[] {
  return [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
}

export class TrigramVocabulary {
  private readonly postings = new Map<string, Int32Array>();
  private readonly counts: Uint16Array;
  private readonly touched: Int32Array;
  private readonly rows = makeRows(64);

  constructor(private readonly terms: readonly string[], minLength = 4) {
    const lists = new Map<string, number[]>();
    terms.forEach((term, id) => {
      if (term.length < minLength || /\d/.test(term)) return;
      for (const g of new Set(grams(term))) {
        let list = lists.get(g);
        if (!list) lists.set(g, (list = []));
        list.push(id);
      }
    });
    for (const [g, list] of lists) this.postings.set(g, Int32Array.from(list));
    this.counts = new Uint16Array(terms.length);
    this.touched = new Int32Array(terms.length);
  }

  /** Vocabulary words within maxDistance edits of word, nearest first. */
  near(word: string, maxDistance: number, limit = 4): FuzzyMatch[] {
    const qGrams = grams(word);
    // Each edit destroys at most three trigrams; fewer shared than this cannot be within reach.
    const needed = Math.max(1, qGrams.length - 3 * maxDistance);
    let nTouched = 0;
    for (const g of new Set(qGrams)) {
      const list = this.postings.get(g);
      if (!list) continue;
      for (let i = 0; i < list.length; i++) {
        const id = list[i]!;
        if (this.counts[id] === 0) this.touched[nTouched++] = id;
        this.counts[id]!++;
      }
    }
    const found: FuzzyMatch[] = [];
    for (let i = 0; i < nTouched; i++) {
      const id = this.touched[i]!;
      if (this.counts[id]! >= needed) {
        const d = boundedEditDistance(word, this.terms[id]!, maxDistance, this.rows);
        if (d <= maxDistance) found.push({ termId: id, distance: d });
      }
      this.counts[id] = 0;
    }
    found.sort((a, b) => a.distance - b.distance);
    return found.slice(0, limit);
  }
}
