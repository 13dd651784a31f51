// Walks the Alphabetic Index the way a coder reads it: main term, then subterms, following 'see'
// cross-references, and says where the walk stopped and why. "fracture, femur, shaft" finds the
// main term 'Fracture, traumatic' (the index has no bare 'Fracture'), then 'femur, femoral', then 'shaft'.
import type { AlphabeticIndex, IndexTerm } from './types';

export type StepHow = 'main term' | 'subterm' | 'variant' | 'through connector' | 'see';

export interface WalkStep {
  /** the term as printed, with its nonessential modifiers */
  printed: string;
  how: StepHow;
  /** what the coder typed that this step consumed ('' for a see jump or a connector) */
  matched: string;
  note?: string;
}

export interface WalkResult {
  steps: WalkStep[];
  /** the term the walk ended on */
  term?: IndexTerm;
  /** components that were not consumed */
  unmatched: string[];
  stop?: { reason: string; available: string[] };
  /** main terms that were also candidates for the first word */
  alternatives: string[];
}

const CONNECTORS = new Set(['with', 'without', 'in', 'due to', 'by', 'of', 'and', 'following', 'complicating', 'associated with']);
const MAX_SEE_JUMPS = 4;

export function splitQuery(query: string): string[] {
  return query
    .split(',')
    .map((c) => normalizeWords(c))
    .filter((c) => c.length > 0);
}

function normalizeWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[()[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

function same(a: string, b: string): boolean {
  return a === b || singular(a) === singular(b);
}

/** How a typed component matches a printed title: 'exact', 'variant' ('femur' for 'femur, femoral'), or no. */
function titleMatch(title: string, component: string): 'exact' | 'variant' | undefined {
  const t = normalizeWords(title).replace(/ (nec|nos)$/, '');
  if (same(t, component)) return 'exact';
  const parts = t.split(', ');
  if (parts.some((p) => same(p, component))) return 'variant';
  return undefined;
}

export function printed(term: IndexTerm): string {
  return term.nemod ? `${term.title} ${term.nemod}` : term.title;
}

interface Cursor {
  term: IndexTerm;
  steps: WalkStep[];
  rest: string[];
}

/**
 * Looser readings of a typed component, tried when no title matches exactly or as a variant:
 * - nonessential modifiers typed along: 'urinary tract' for 'urinary (tract)';
 * - the modifier alone, often an abbreviation: 'e. coli' for 'Escherichia coli (E. coli)';
 * - the first words of a longer title: 'distal' for 'distal end'.
 */
function looseMatch(term: IndexTerm, component: string): boolean {
  const title = normalizeWords(term.title).replace(/ (nec|nos)$/, '');
  const nemod = term.nemod ? normalizeWords(term.nemod) : '';
  const typed = component.split(' ');
  const titleWords = title.split(' ');
  if (nemod) {
    const allowed = new Set([...titleWords, ...nemod.split(' ')]);
    if (titleWords.every((w) => typed.includes(w)) && typed.every((w) => allowed.has(w))) return true;
    if (same(nemod, component)) return true;
  }
  return title.startsWith(`${component} `) && !title.includes(',');
}

function childFor(term: IndexTerm, component: string): { term: IndexTerm; how: StepHow; via?: IndexTerm } | undefined {
  const children = term.terms ?? [];
  let variant: IndexTerm | undefined;
  for (const child of children) {
    const m = titleMatch(child.title, component);
    if (m === 'exact') return { term: child, how: 'subterm' };
    if (m === 'variant') variant ??= child;
  }
  if (variant) return { term: variant, how: 'variant' };
  for (const connector of children.filter((c) => CONNECTORS.has(normalizeWords(c.title)))) {
    const word = normalizeWords(connector.title);
    // 'with polyneuropathy' typed as one component reads as the connector 'with', then 'polyneuropathy'
    const inner = component.startsWith(`${word} `) ? component.slice(word.length + 1) : component;
    const found = childFor(connector, inner);
    if (found) return { term: found.term, how: 'through connector', via: connector };
  }
  const loose = children.find((c) => looseMatch(c, component));
  return loose ? { term: loose, how: 'variant' } : undefined;
}

function walkSubterms(index: AlphabeticIndex, start: Cursor, jumps: number): Cursor & { stop?: WalkResult['stop'] } {
  let cursor = start;
  while (cursor.rest.length > 0) {
    const [component, ...rest] = cursor.rest as [string, ...string[]];
    const found = childFor(cursor.term, component);
    if (found) {
      const steps = [...cursor.steps];
      if (found.via) steps.push({ printed: printed(found.via), how: 'through connector', matched: '' });
      steps.push({ printed: printed(found.term), how: found.how === 'through connector' ? 'subterm' : found.how, matched: component });
      cursor = { term: found.term, steps, rest };
      continue;
    }
    // a connector typed on its own ('sepsis, due to, e. coli') where the index goes straight to the organism
    if (CONNECTORS.has(component) && rest.length > 0) {
      cursor = { ...cursor, rest };
      continue;
    }
    if (cursor.term.see && jumps < MAX_SEE_JUMPS) {
      const jumped = followSee(index, cursor, jumps);
      if (jumped) return jumped;
    }
    const available = (cursor.term.terms ?? []).map((t) => t.title);
    const where = cursor.steps.map((s) => s.printed).join(' > ');
    return { ...cursor, stop: { reason: `no subterm '${component}' under '${where}'`, available } };
  }
  if (cursor.term.see && !cursor.term.code && jumps < MAX_SEE_JUMPS) return followSee(index, cursor, jumps) ?? cursor;
  return cursor;
}

/** 'see Fracture, traumatic, by site': jump there and keep walking with what is left of the query. */
function followSee(index: AlphabeticIndex, cursor: Cursor, jumps: number): (Cursor & { stop?: WalkResult['stop'] }) | undefined {
  const target = cursor.term.see!;
  const parts = splitQuery(target).filter((p) => !/^by (site|drug|type)/.test(p) && p !== 'condition');
  if (parts.length === 0) return undefined;
  const seeStep: WalkStep = { printed: `see ${target}`, how: 'see', matched: '' };
  const walks = mainCandidates(index, parts).map((main) =>
    walkSubterms(index, { term: main.term, steps: [...cursor.steps, seeStep, { printed: printed(main.term), how: 'main term' as const, matched: '' }], rest: main.rest }, jumps + 1),
  );
  const complete = walks.filter((w) => w.rest.length === 0 && !w.stop);
  if (complete.length === 0) return undefined;
  const inner = complete.reduce((a, b) => (better(b, a) ? b : a));
  return walkSubterms(index, { term: inner.term, steps: inner.steps, rest: cursor.rest }, jumps + 1);
}

interface MainMatch {
  term: IndexTerm;
  rest: string[];
  matched: string;
}

/** Main terms for the first component(s): the printed title (or one form of a variant pair), else compound titles that start with it. */
function mainCandidates(index: AlphabeticIndex, components: string[]): MainMatch[] {
  const exact: MainMatch[] = [];
  const prefixed: MainMatch[] = [];
  const first = components[0] ?? '';
  for (const term of index.mainTerms) {
    const title = normalizeWords(term.title).replace(/ (nec|nos)$/, '');
    const parts = title.split(', ');
    const k = longestJoinedMatch(title, components);
    if (k > 0) exact.push({ term, rest: components.slice(k), matched: components.slice(0, k).join(', ') });
    else if (isVariantPair(title) && parts.some((p) => same(p, first))) exact.push({ term, rest: components.slice(1), matched: first });
    else if (parts.length > 1 && same(parts[0]!, first)) prefixed.push({ term, rest: components.slice(1), matched: first });
  }
  return exact.length > 0 ? exact : prefixed;
}

function longestJoinedMatch(title: string, components: string[]): number {
  for (let k = components.length; k >= 1; k--) if (same(title, components.slice(0, k).join(', '))) return k;
  return 0;
}

/** 'Diabetes, diabetic', 'Femur, femoral': one word in two forms, not a compound main term. */
function isVariantPair(title: string): boolean {
  const parts = title.split(', ');
  return parts.length === 2 && parts[0]!.slice(0, 4) === parts[1]!.slice(0, 4);
}


/** More of the query consumed, then ending on a code, then fewer 'see' jumps. */
function better(a: Cursor, b: Cursor): boolean {
  if (a.rest.length !== b.rest.length) return a.rest.length < b.rest.length;
  if (Boolean(a.term.code) !== Boolean(b.term.code)) return Boolean(a.term.code);
  const jumps = (c: Cursor) => c.steps.filter((s) => s.how === 'see').length;
  return jumps(a) < jumps(b);
}

export function walkIndex(index: AlphabeticIndex, query: string): WalkResult {
  const components = splitQuery(query);
  const candidates = mainCandidates(index, components);
  if (candidates.length === 0) {
    return { steps: [], unmatched: components, stop: { reason: `no main term '${components[0] ?? ''}' in the Alphabetic Index`, available: [] }, alternatives: [] };
  }
  const walks = candidates.map((c) => {
    const title = normalizeWords(c.term.title);
    const note = same(title, c.matched) || isVariantPair(title) ? undefined : `the index has no main term '${c.matched}' by itself`;
    const first: WalkStep = { printed: printed(c.term), how: 'main term', matched: c.matched, ...(note ? { note } : {}) };
    return walkSubterms(index, { term: c.term, steps: [first], rest: c.rest }, 0);
  });
  // the walk that consumed the most of the query wins; then the one that ends on a code
  const best = walks.reduce((a, b) => (better(b, a) ? b : a));
  const alternatives = candidates.map((c) => c.term.title).filter((t) => t !== best.steps[0]!.printed.replace(/ \(.*$/, '') && t !== best.steps[0]!.printed);
  return { steps: best.steps, term: best.term, unmatched: best.rest, ...(best.stop ? { stop: best.stop } : {}), alternatives };
}
