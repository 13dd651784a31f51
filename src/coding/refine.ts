// Refinement: from the code a mention leads to (often a header or an index reference ending in '-') to
// the most specific billable code the documentation supports. Siblings are told apart by the words that
// differ between their titles (right / left / bilateral, acute / chronic, initial / subsequent encounter,
// stage, trimester); words the note states raise a candidate, words it does not state lower it, and the
// "unspecified" candidate wins when the note is silent.
import { codesUnder, findCode, type Icd10cmRelease } from '../codesets/index';
import { UNSPECIFIED } from './lexicon';
import { markNegatedWords } from './negated-words';
import { tokenize } from './text';

export interface Refined {
  code: string;
  title: string;
  /** the axes the documentation did not settle (for provider queries) */
  unsettled: string[];
}

const MAX_CANDIDATES = 3000;
const AXES: Record<string, string[]> = {
  laterality: ['right', 'left', 'bilateral'],
  acuity: ['acute', 'chronic', 'subacute'],
  'encounter type': ['initial', 'subsequent', 'sequela'],
};

function titleWords(title: string): Set<string> {
  const out = new Set<string>();
  const clean = title.replace(/\([^)]*\)/g, ' ').replace(UNSPECIFIED, ' unspecified ');
  for (const t of markNegatedWords(tokenize(clean), clean, 0)) for (const w of t.words) out.add(w);
  return out;
}

function scoreOf(distinct: Set<string>, qualifiers: ReadonlySet<string>): number {
  let score = 0;
  for (const w of distinct) {
    if (w === 'unspecified') continue;
    // "without X" / "not intractable" is the default when the note is silent
    if (w.startsWith('~')) score += qualifiers.has(w) ? 1 : qualifiers.has(w.slice(1)) ? -1 : 0;
    else score += qualifiers.has(w) ? 1 : -0.3;
  }
  return score;
}

/** Candidates for a code: itself when billable, else the billable codes below it. An unspecified billable code also looks at its siblings. */
function candidatesFor(release: Icd10cmRelease, code: string): { code: string; title: string }[] {
  const own = findCode(release.table, code);
  if (own?.billable && !/unspecified/i.test(own.title)) return [{ code: own.code, title: own.title }];
  const base = own?.billable && code.length > 4 ? code.slice(0, -1) : code;
  const under = codesUnder(release.table, base, true);
  if (under.length === 0 && own?.billable) return [{ code: own.code, title: own.title }];
  return under.slice(0, MAX_CANDIDATES).map((c) => ({ code: c.code, title: c.title }));
}

export function refine(release: Icd10cmRelease, code: string, qualifiers: ReadonlySet<string>): Refined | undefined {
  const candidates = candidatesFor(release, code);
  if (candidates.length === 0) return undefined;
  if (candidates.length === 1) return { ...candidates[0]!, unsettled: [] };
  const words = candidates.map((c) => titleWords(c.title));
  const common = new Set([...words[0]!].filter((w) => words.every((s) => s.has(w))));
  let best = 0;
  let bestScore = -Infinity;
  const distincts = words.map((s) => new Set([...s].filter((w) => !common.has(w))));
  distincts.forEach((d, i) => {
    const score = scoreOf(d, qualifiers) + (d.has('unspecified') ? 0.05 : 0) - (candidates[i]!.code === code ? 0 : 0.01);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  const chosen = candidates[best]!;
  const unsettled: string[] = [];
  for (const [axis, axisWords] of Object.entries(AXES)) {
    const varies = distincts.some((d) => axisWords.some((w) => d.has(w)));
    const stated = axisWords.some((w) => qualifiers.has(w));
    if (varies && !stated) unsettled.push(axis);
  }
  return { code: chosen.code, title: chosen.title, unsettled };
}
