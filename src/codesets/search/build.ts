// Builds the compact index: every title, inclusion term and index path is an "entry" of its code; each word
// (stemmed) gets a posting list of entry ids in one flat Int32Array (CSR layout), so a query touches only
// typed arrays. Per-entry figures the ranking needs (field, code, how many unmatched words it carries) are
// computed once here.
import { TrigramVocabulary } from './fuzzy';
import { extraWordCost, normalizeCode, tokenize } from './normalize';
import type { SearchDocument, SearchField, SearchSystem } from './types';

export const COST_SCALE = 20;
export const FIELDS: readonly SearchField[] = ['code', 'title', 'inclusion', 'index'];
export const SYSTEMS: readonly SearchSystem[] = ['ICD10CM', 'ICD10PCS', 'HCPCS', 'CPT'];

export interface IndexData {
  // codes
  codes: string[];
  titles: string[];
  codeSystem: Uint8Array;
  codeBillable: Uint8Array;
  /** Code ids ordered by system then normalised code, for prefix look-up by code. */
  codeOrder: Int32Array;
  normCodes: string[];
  /** Rank of each code in codeOrder: the tie-breaker of equal scores. */
  codeRank: Int32Array;
  /**
   * For a header, the billable code a coder lands on when the record says nothing more (the descendant whose
   * title adds the fewest words: usually the unspecified one); -1 for billable codes and childless headers.
   */
  defaultChild: Int32Array;
  // entries
  entryCode: Int32Array;
  entryField: Uint8Array;
  entryCost: Float32Array;
  /** The entry says "without ..." (a query that says "with" prefers entries that do not). */
  entryWithout: Uint8Array;
  entryText: (string | undefined)[];
  entryTokStart: Int32Array;
  entryToks: Int32Array;
  /** Parallel to entryToks: the word's cost against its entry (as postCost). */
  entryTokCost: Int8Array;
  // vocabulary
  terms: string[];
  /** A word as the texts write it, for each (stemmed) term: what a person is shown. */
  surface: string[];
  /** 1 when the term is a word of some text as written (not only a hyphenated word joined up). */
  termNative: Uint8Array;
  termIds: Map<string, number>;
  idf: Float32Array;
  postStart: Int32Array;
  postings: Int32Array;
  /** What each posting's word counts against its entry when unmatched, in twentieths (0 for optional words). */
  postCost: Int8Array;
  /** Term ids in lexicographic order, for completing the word being typed. */
  sortedTerms: Int32Array;
  fuzzy: TrigramVocabulary;
}

class IntList {
  data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

interface Builder {
  termIds: Map<string, number>;
  terms: string[];
  surface: string[];
  native: number[];
  pairTerm: IntList;
  pairEntry: IntList;
  pairCost: IntList;
  entryCode: IntList;
  entryField: number[];
  entryCost: number[];
  entryWithout: number[];
  entryText: (string | undefined)[];
}

function addEntry(b: Builder, code: number, field: SearchField, text: string): void {
  const entry = b.entryCode.length;
  const seen = new Set<number>();
  // Index main terms list a word's forms ("Ulcer, ulcerated, ulcerating"): a later form of a counted word is free.
  const stems = new Set<string>();
  let cost = 0;
  for (const tok of tokenize(text)) {
    let id = b.termIds.get(tok.term);
    if (id === undefined) {
      id = b.terms.length;
      b.terms.push(tok.term);
      b.surface.push(tok.raw);
      b.native.push(0);
      b.termIds.set(tok.term, id);
    }
    if (!tok.joined) b.native[id] = 1;
    if (seen.has(id)) continue;
    seen.add(id);
    const variant = tok.term.length >= 5 && stems.has(tok.term.slice(0, 5));
    if (tok.term.length >= 5) stems.add(tok.term.slice(0, 5));
    const c = tok.optional || variant ? 0 : extraWordCost(tok.term);
    cost += c;
    b.pairCost.push(Math.round(c * COST_SCALE));
    b.pairTerm.push(id);
    b.pairEntry.push(entry);
  }
  b.entryCode.push(code);
  b.entryField.push(FIELDS.indexOf(field));
  b.entryCost.push(cost);
  b.entryWithout.push(/\bwithout\b/i.test(text) ? 1 : 0);
  b.entryText.push(field === 'title' ? undefined : text);
}

export function buildIndexData(documents: Iterable<SearchDocument>): IndexData {
  const b: Builder = {
    termIds: new Map(), terms: [], surface: [], native: [], pairTerm: new IntList(), pairEntry: new IntList(), pairCost: new IntList(), entryCode: new IntList(),
    entryField: [], entryCost: [], entryWithout: [], entryText: [],
  };
  const codes: string[] = [];
  const titles: string[] = [];
  const titleEntry: number[] = [];
  const systems: number[] = [];
  const billable: number[] = [];
  for (const doc of documents) {
    const id = codes.length;
    codes.push(doc.code);
    titles.push(doc.title);
    systems.push(SYSTEMS.indexOf(doc.system));
    billable.push(doc.billable ? 1 : 0);
    titleEntry.push(b.entryCode.length);
    addEntry(b, id, 'title', doc.title);
    const seen = new Set<string>([doc.title.toLowerCase()]);
    const addOnce = (field: SearchField, text: string): void => {
      const key = text.toLowerCase();
      if (seen.has(key)) return;
      seen.add(key);
      addEntry(b, id, field, text);
    };
    for (const text of doc.inclusionTerms) addOnce('inclusion', text);
    for (const text of doc.indexTerms) addOnce('index', text);
  }
  const data = finish(b, codes, titles, Uint8Array.from(systems), Uint8Array.from(billable));
  data.defaultChild = defaultChildren(data, titleEntry);
  return data;
}

/** What a child's title adds to its header's: the cost of its words the header does not have, less a bonus for "unspecified". */
function addedCost(d: IndexData, child: number, headerTerms: ReadonlySet<number>, unspecified: number | undefined): number {
  let cost = 0;
  for (let k = d.entryTokStart[child]!, end = d.entryTokStart[child + 1]!; k < end; k++) {
    if (d.entryToks[k] === unspecified) cost -= 1.5;
    else if (!headerTerms.has(d.entryToks[k]!)) cost += d.entryTokCost[k]! / COST_SCALE;
  }
  return cost;
}

function defaultChildren(d: IndexData, titleEntry: readonly number[]): Int32Array {
  const out = new Int32Array(d.codes.length).fill(-1);
  const order = d.codeOrder;
  const unspecified = d.termIds.get('unspecified');
  for (let i = 0; i < order.length; i++) {
    const h = order[i]!;
    if (d.codeBillable[h]) continue;
    const he = titleEntry[h]!;
    const headerTerms = new Set(d.entryToks.subarray(d.entryTokStart[he], d.entryTokStart[he + 1]));
    let best = -1;
    let bestCost = Infinity;
    for (let j = i + 1; j < order.length; j++) {
      const c = order[j]!;
      if (d.codeSystem[c] !== d.codeSystem[h] || !d.normCodes[c]!.startsWith(d.normCodes[h]!)) break;
      if (!d.codeBillable[c]) continue;
      const cost = addedCost(d, titleEntry[c]!, headerTerms, unspecified);
      if (cost < bestCost) {
        best = c;
        bestCost = cost;
      }
    }
    out[h] = best;
  }
  return out;
}

function finish(b: Builder, codes: string[], titles: string[], codeSystem: Uint8Array, codeBillable: Uint8Array): IndexData {
  const nTerms = b.terms.length;
  const nEntries = b.entryCode.length;
  const pairs = b.pairTerm.length;
  // Counting sort of (term, entry) pairs by term; entries were added in order, so each list comes out sorted.
  const postStart = new Int32Array(nTerms + 1);
  for (let i = 0; i < pairs; i++) postStart[b.pairTerm.data[i]! + 1]!++;
  for (let t = 0; t < nTerms; t++) postStart[t + 1]! += postStart[t]!;
  const fill = postStart.slice(0, nTerms);
  const postings = new Int32Array(pairs);
  const postCost = new Int8Array(pairs);
  for (let i = 0; i < pairs; i++) {
    const at = fill[b.pairTerm.data[i]!]!++;
    postings[at] = b.pairEntry.data[i]!;
    postCost[at] = b.pairCost.data[i]!;
  }
  // Entry → its terms, for explaining a match.
  const entryTokStart = new Int32Array(nEntries + 1);
  for (let i = 0; i < pairs; i++) entryTokStart[b.pairEntry.data[i]! + 1]!++;
  for (let e = 0; e < nEntries; e++) entryTokStart[e + 1]! += entryTokStart[e]!;
  const entryFill = entryTokStart.slice(0, nEntries);
  const entryToks = new Int32Array(pairs);
  const entryTokCost = new Int8Array(pairs);
  for (let i = 0; i < pairs; i++) {
    const at = entryFill[b.pairEntry.data[i]!]!++;
    entryToks[at] = b.pairTerm.data[i]!;
    entryTokCost[at] = b.pairCost.data[i]!;
  }
  const idf = new Float32Array(nTerms);
  for (let t = 0; t < nTerms; t++) idf[t] = Math.log(1 + nEntries / (postStart[t + 1]! - postStart[t]!));
  const sortedTerms = Int32Array.from(b.terms.map((_, i) => i).sort((x, y) => (b.terms[x]! < b.terms[y]! ? -1 : 1)));
  const normCodes = codes.map(normalizeCode);
  const codeOrder = Int32Array.from(
    codes.map((_, i) => i).sort((x, y) => codeSystem[x]! - codeSystem[y]! || (normCodes[x]! < normCodes[y]! ? -1 : normCodes[x]! > normCodes[y]! ? 1 : 0)),
  );
  const codeRank = new Int32Array(codes.length);
  codeOrder.forEach((c, rank) => (codeRank[c] = rank));
  return {
    codes, titles, codeSystem, codeBillable, codeOrder, normCodes, codeRank, defaultChild: new Int32Array(0),
    entryCode: b.entryCode.toArray(), entryField: Uint8Array.from(b.entryField), entryCost: Float32Array.from(b.entryCost), entryWithout: Uint8Array.from(b.entryWithout),
    entryText: b.entryText, entryTokStart, entryToks, entryTokCost,
    terms: b.terms, surface: b.surface, termNative: Uint8Array.from(b.native), termIds: b.termIds, idf, postStart, postings, postCost, sortedTerms, fuzzy: new TrigramVocabulary(b.terms),
  };
}
