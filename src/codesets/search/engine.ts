// The search engine: scores entries (titles, inclusion terms, index paths) by how much of the query they
// cover, how few words they add that the query did not ask for, and where the words were found; a code
// scores as its best entry, billable codes ahead of headers. All per-query scratch space is allocated once.
import { buildIndexData, COST_SCALE, FIELDS, SYSTEMS, type IndexData } from './build';
import { looksLikeCode, normalizeCode } from './normalize';
import { parseQuery, type WordGroup } from './query';
import type { MatchedWord, SearchDocument, SearchHit, SearchOptions, ValidOnDate } from './types';

/** Title matches are the surest; an index path or inclusion term is the coder's own road in, nearly as good. */
const FIELD_FACTOR = Float32Array.from([1, 1, 0.97, 0.95]);
const HEADER_FACTOR = 0.85;
/** A header's match carried to its default billable child: above the header, below a child's own match. */
const DEFAULT_CHILD_FACTOR = 0.9;
const EXTRA_WORD_PENALTY = 0.12;
const DEFAULT_LIMIT = 10;
/** "with X" asked: an entry saying "without ..." is the opposite of the request, whatever else it matches. */
const WITHOUT_WHEN_WITH = 0.9;

/** The query says "with" (or "w/") and not "without": the coder wants the code with the complication. */
function saysWith(text: string): boolean {
  return /\b(with|w)\b/i.test(text) && !/\b(without|wo|w\/o)\b/i.test(text);
}

/** A word group with more postings than this is "common" (see scoreEntries). */
const COMMON_POSTINGS = 4000;

export interface SearchEngineOptions {
  /** Needed for dateOfService filtering. */
  validOn?: ValidOnDate;
}

export class SearchEngine {
  readonly data: IndexData;
  private readonly entryScore: Float32Array;
  private readonly entryMask: Int32Array;
  /** Sum of the costs of the entry's words the query matched (in COST_SCALE units). */
  private readonly entryMatched: Int32Array;
  private readonly touchedEntries: Int32Array;
  private readonly codeBest: Float32Array;
  private readonly codeBestEntry: Int32Array;
  private readonly touchedCodes: Int32Array;
  /** Per vocabulary word: the index of the common query group it belongs to (-1 otherwise) and its gain. */
  private readonly termGroup: Int8Array;
  private readonly termGain: Float32Array;

  constructor(data: IndexData, private readonly options: SearchEngineOptions = {}) {
    this.data = data;
    const nEntries = data.entryCode.length;
    this.entryScore = new Float32Array(nEntries);
    this.entryMask = new Int32Array(nEntries);
    this.entryMatched = new Int32Array(nEntries);
    this.touchedEntries = new Int32Array(nEntries);
    this.codeBest = new Float32Array(data.codes.length);
    this.codeBestEntry = new Int32Array(data.codes.length);
    this.touchedCodes = new Int32Array(data.codes.length);
    this.termGroup = new Int8Array(data.terms.length).fill(-1);
    this.termGain = new Float32Array(data.terms.length);
  }

  static build(documents: Iterable<SearchDocument>, options?: SearchEngineOptions): SearchEngine {
    return new SearchEngine(buildIndexData(documents), options);
  }

  get size(): { codes: number; entries: number; terms: number; postings: number } {
    const d = this.data;
    return { codes: d.codes.length, entries: d.entryCode.length, terms: d.terms.length, postings: d.postings.length };
  }

  /** `typing`: the last word may be unfinished (no trailing space), so it also matches as a prefix. */
  search(text: string, opts: SearchOptions = {}, typing = !/\s$/.test(text)): SearchHit[] {
    const limit = opts.limit ?? DEFAULT_LIMIT;
    if (opts.dateOfService && !this.options.validOn) throw new Error('dateOfService filtering needs a validOn function');
    if (looksLikeCode(text)) {
      const byCode = this.searchCode(text, opts, limit);
      if (byCode.length > 0) return byCode;
    }
    const groups = parseQuery(this.data, text, typing);
    if (groups.length === 0) return [];
    const nTouched = this.scoreEntries(groups);
    const nCodes = this.rankCodes(groups, nTouched, opts, saysWith(text));
    const top = this.topCodes(nCodes, limit, opts);
    this.reset(nTouched, nCodes);
    return top.map(({ code, score, entry }) => this.hit(code, score, entry, groups));
  }

  /**
   * Accumulates each entry's matched weight. Words so common that their posting lists dominate the cost
   * (most of them carry little weight: "encounter", "left", "unspecified") are not walked when the query
   * has a rarer word: an entry without any rarer word could not rank anyway, so they are checked only on the
   * entries the rarer words reached, by reading those entries' own word lists (a MaxScore-style shortcut).
   */
  private scoreEntries(groups: readonly WordGroup[]): number {
    const { postStart } = this.data;
    const size = groups.map((g) => g.alternatives.reduce((n, a) => n + postStart[a.termId + 1]! - postStart[a.termId]!, 0));
    const rare = groups.map((_, gi) => size[gi]! <= COMMON_POSTINGS);
    const anyRare = rare.some(Boolean);
    let nTouched = 0;
    groups.forEach((g, gi) => {
      if (anyRare && !rare[gi]) return;
      nTouched = this.walkPostings(g, 1 << gi, nTouched);
    });
    if (anyRare && rare.some((r) => !r)) this.checkCommonWords(groups, rare, nTouched);
    return nTouched;
  }

  private walkPostings(g: WordGroup, bit: number, nTouched: number): number {
    const { postStart, postings, postCost } = this.data;
    const { entryScore, entryMask, entryMatched, touchedEntries } = this;
    for (const alt of g.alternatives) {
      const add = g.weight * alt.quality;
      for (let p = postStart[alt.termId]!, end = postStart[alt.termId + 1]!; p < end; p++) {
        const e = postings[p]!;
        const mask = entryMask[e]!;
        if (mask & bit) continue;
        if (mask === 0) touchedEntries[nTouched++] = e;
        entryMask[e] = mask | bit;
        entryScore[e]! += add;
        entryMatched[e]! += postCost[p]!;
      }
    }
    return nTouched;
  }

  private checkCommonWords(groups: readonly WordGroup[], rare: readonly boolean[], nTouched: number): void {
    const { entryTokStart, entryToks, entryTokCost } = this.data;
    const { termGroup, termGain, entryScore, entryMask, entryMatched, touchedEntries } = this;
    const marked: number[] = [];
    groups.forEach((g, gi) => {
      if (rare[gi]) return;
      for (const alt of g.alternatives) {
        if (termGroup[alt.termId]! >= 0) continue;
        termGroup[alt.termId] = gi;
        termGain[alt.termId] = g.weight * alt.quality;
        marked.push(alt.termId);
      }
    });
    for (let i = 0; i < nTouched; i++) {
      const e = touchedEntries[i]!;
      for (let k = entryTokStart[e]!, end = entryTokStart[e + 1]!; k < end; k++) {
        const gi = termGroup[entryToks[k]!]!;
        if (gi < 0 || entryMask[e]! & (1 << gi)) continue;
        entryMask[e]! |= 1 << gi;
        entryScore[e]! += termGain[entryToks[k]!]!;
        entryMatched[e]! += entryTokCost[k]!;
      }
    }
    for (const t of marked) termGroup[t] = -1;
  }

  private rankCodes(groups: readonly WordGroup[], nTouched: number, opts: SearchOptions, withSomething: boolean): number {
    const { entryCode, entryField, entryCost, entryWithout, codeBillable, codeSystem, defaultChild } = this.data;
    const { entryScore, entryMatched, touchedEntries } = this;
    let total = 0;
    for (const g of groups) total += g.weight;
    const system = opts.system === undefined ? -1 : SYSTEMS.indexOf(opts.system);
    let nCodes = 0;
    for (let i = 0; i < nTouched; i++) {
      const e = touchedEntries[i]!;
      const c = entryCode[e]!;
      if (system >= 0 && codeSystem[c] !== system) continue;
      // May dip below zero: 'without' is the default a title may carry for free (see EXTRA_WORD_COST).
      const extra = entryCost[e]! - entryMatched[e]! / COST_SCALE;
      let s = (entryScore[e]! / total) * FIELD_FACTOR[entryField[e]!]! / (1 + EXTRA_WORD_PENALTY * extra);
      if (withSomething && entryWithout[e]) s *= WITHOUT_WHEN_WITH;
      if (codeBillable[c]) nCodes = this.credit(c, s, e, nCodes);
      else {
        nCodes = this.credit(c, s * HEADER_FACTOR, e, nCodes);
        const child = defaultChild[c]!;
        if (child >= 0) nCodes = this.credit(child, s * DEFAULT_CHILD_FACTOR, e, nCodes);
      }
    }
    return nCodes;
  }

  private credit(c: number, s: number, e: number, nCodes: number): number {
    const { codeBest } = this;
    if (s <= codeBest[c]!) return nCodes;
    if (codeBest[c] === 0) this.touchedCodes[nCodes++] = c;
    codeBest[c] = s;
    this.codeBestEntry[c] = e;
    return nCodes;
  }

  private topCodes(nCodes: number, limit: number, opts: SearchOptions): { code: number; score: number; entry: number }[] {
    const { codeBest, codeBestEntry, touchedCodes } = this;
    const rank = this.data.codeRank;
    const better = (a: number, b: number): boolean => codeBest[a]! > codeBest[b]! || (codeBest[a] === codeBest[b] && rank[a]! < rank[b]!);
    // A bounded insertion list: limit is small (tens), candidates many (thousands).
    const want = opts.dateOfService ? limit * 4 + 20 : limit;
    const best: number[] = [];
    for (let i = 0; i < nCodes; i++) {
      const c = touchedCodes[i]!;
      if (best.length === want && !better(c, best[want - 1]!)) continue;
      let pos = best.length === want ? want - 1 : best.length;
      best[pos] = c;
      while (pos > 0 && better(c, best[pos - 1]!)) {
        best[pos] = best[pos - 1]!;
        best[--pos] = c;
      }
    }
    let kept = best;
    if (opts.dateOfService) {
      const dos = opts.dateOfService;
      const validOn = this.options.validOn!;
      kept = best.filter((c) => validOn(SYSTEMS[this.data.codeSystem[c]!]!, this.data.codes[c]!, dos));
    }
    return kept.slice(0, limit).map((c) => ({ code: c, score: codeBest[c]!, entry: codeBestEntry[c]! }));
  }

  private reset(nTouched: number, nCodes: number): void {
    for (let i = 0; i < nTouched; i++) {
      const e = this.touchedEntries[i]!;
      this.entryScore[e] = 0;
      this.entryMask[e] = 0;
      this.entryMatched[e] = 0;
    }
    for (let i = 0; i < nCodes; i++) this.codeBest[this.touchedCodes[i]!] = 0;
  }

  private hit(c: number, score: number, entry: number, groups: readonly WordGroup[]): SearchHit {
    const d = this.data;
    const field = FIELDS[d.entryField[entry]!]!;
    const inEntry = new Set(d.entryToks.subarray(d.entryTokStart[entry], d.entryTokStart[entry + 1]));
    const words: MatchedWord[] = [];
    for (const g of groups) {
      const alt = g.alternatives.find((a) => inEntry.has(a.termId));
      if (alt) words.push({ query: g.query, matched: d.surface[alt.termId]!, how: alt.how });
    }
    return {
      system: SYSTEMS[d.codeSystem[c]!]!, code: d.codes[c]!, title: d.titles[c]!, billable: d.codeBillable[c] === 1,
      score: Math.round(score * 1000) / 1000, field, matchedText: d.entryText[entry] ?? d.titles[c]!, words,
    };
  }

  private searchCode(text: string, opts: SearchOptions, limit: number): SearchHit[] {
    const d = this.data;
    const prefix = normalizeCode(text);
    const hits: SearchHit[] = [];
    // Each system's codes are contiguous in codeOrder; binary-search the prefix inside each.
    for (let sys = 0; sys < SYSTEMS.length; sys++) {
      if (opts.system && SYSTEMS[sys] !== opts.system) continue;
      let lo = 0;
      let hi = d.codeOrder.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const c = d.codeOrder[mid]!;
        if (d.codeSystem[c]! < sys || (d.codeSystem[c] === sys && d.normCodes[c]! < prefix)) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < d.codeOrder.length && hits.length < limit; i++) {
        const c = d.codeOrder[i]!;
        if (d.codeSystem[c] !== sys || !d.normCodes[c]!.startsWith(prefix)) break;
        const system = SYSTEMS[sys]!;
        if (opts.dateOfService && !this.options.validOn!(system, d.codes[c]!, opts.dateOfService)) continue;
        const exact = d.normCodes[c] === prefix;
        hits.push({
          system, code: d.codes[c]!, title: d.titles[c]!, billable: d.codeBillable[c] === 1, score: exact ? 1 : 0.9,
          field: 'code', matchedText: d.codes[c]!, words: [{ query: text.trim(), matched: d.codes[c]!, how: exact ? 'exact' : 'prefix' }],
        });
      }
    }
    return hits;
  }
}
