// The lexicon: every way the code sets name a condition (Alphabetic Index paths, tabular titles and
// inclusion terms, our synonyms) reduced to bags of normalised words, keyed by their rarest word so
// that a sentence only visits the entries it could possibly complete. Built once per engine.
import { codesUnder, type IndexTerm, type Icd10cmRelease } from '../codesets/index';
import { markNegatedWords } from './negated-words';
import { isStopWord, tokenize } from './text';
import { SYNONYMS } from './synonyms';

export type EntrySource = 'index' | 'title' | 'inclusion' | 'synonym';

export interface LexiconEntry {
  words: string[];
  /** normalised code, possibly a header or an incomplete index reference */
  code: string;
  source: EntrySource;
  text: string;
}

export interface Lexicon {
  entries: LexiconEntry[];
  /** rarest word → entry ids */
  byKey: Map<string, number[]>;
}

/** Words that never make a match by themselves nor need to be found: they carry no clinical meaning for matching. */
const FILLER = new Set(['with', 'nec', 'nos', 'unspecified', 'other', 'specified', 'classified', 'elsewhere', 'due', 'to', 'in', 'of', 'by', 'and', 'or', 'the', 'a', 'an', 'site', 'type', 'condition', 'state', 'without', 'not', 'see', 'also', 'as', 'following', 'involving']);
/** Main terms too general to code alone (rules handle encounters, screening, history, status). */
const NOT_ALONE = new Set(['disease', 'disorder', 'syndrome', 'abnormal', 'abnormality', 'finding', 'lesion', 'injury', 'pain', 'infection', 'complication', 'history', 'status', 'problem', 'mass', 'reaction', 'effect', 'change', 'failure', 'care', 'follow', 'use', 'test', 'observation', 'disturbance', 'deficiency', 'insufficiency', 'dysfunction', 'degeneration', 'anomaly', 'defect', 'inflammation', 'hemorrhage', 'obstruction', 'stenosis', 'tear', 'rupture', 'contusion', 'wound', 'pressure', 'dependence', 'exposure', 'poisoning', 'contact', 'stress', 'arrest', 'attack', 'crisis', 'fit', 'spasm', 'shock', 'sign', 'growth', 'tumor', 'cyst', 'ulcer', 'swelling', 'allergy', 'plus', 'cold', 'diuresis', 'low', 'high', 'long', 'short', 'old', 'late', 'early', 'acute', 'chronic', 'left', 'right', 'bilateral', 'male', 'female', 'child', 'newborn', 'pregnancy', 'delivery', 'birth', 'labor']);
/** Main terms the generic lexicon leaves to the rules (encounters, Z codes) or that are never diagnoses. */
const SKIP_MAIN = new Set(['admission', 'encounter', 'examination', 'screening', 'counseling', 'vaccination', 'immunization', 'history', 'status', 'long-term', 'observation', 'follow-up', 'aftercare', 'attention', 'test', 'testing', 'problem', 'refusal', 'underdosing', 'prophylactic', 'donor', 'transplant', 'resistance', 'carrier', 'dependence', 'late effect', 'sequelae', 'external cause', 'drug', 'table of drugs', 'neoplasm', 'newborn', 'exposure', 'contact', 'presence', 'absence', 'maternal care', 'pregnancy', 'delivery', 'puerperal', 'puerperium', 'birth', 'supervision', 'outcome of delivery', 'liveborn', 'twin', 'triplet']);

/** "unspecified" and the vague word it qualifies ("unspecified ear", "unspecified site"): the note never says them. */
export const UNSPECIFIED = /\bunspecified(?:\s+(?:side|site|part|parts|region|organism|type|stage|trimester|laterality|sites|body region|kind|cause|severity|degree|episode|encounter))?\b/gi;

/** Words that only say where or which side: an entry needs at least one word besides these. */
const MODIFIERS = new Set(['left', 'right', 'bilateral', 'upper', 'low', 'lower', 'limb', 'arm', 'leg', 'hand', 'foot', 'forearm', 'thigh', 'knee', 'hip', 'ankle', 'wrist', 'elbow', 'shoulder', 'finger', 'toe', 'ear', 'eye', 'site', 'part', 'region', 'multiple', 'single', 'initial', 'subsequent', 'encounter', 'sequela', 'first', 'second', 'third', 'trimester', 'acute', 'chronic', 'mild', 'moderate', 'severe', 'stage', 'great', 'middle', 'inner', 'outer', 'anterior', 'posterior', 'lateral', 'medial', 'distal', 'proximal', 'body', 'organ', 'primary', 'secondary', 'old', 'year', 'age', 'aged', 'month', 'day', 'week', 'time']);

/** Words that qualify a condition without naming it or a body part. */
const QUALIFIERS = new Set(['left', 'right', 'bilateral', 'initial', 'subsequent', 'encounter', 'sequela', 'first', 'second', 'third', 'trimester', 'acute', 'chronic', 'mild', 'moderate', 'severe', 'stage', 'primary', 'secondary', 'old', 'year', 'age', 'aged', 'multiple', 'single']);

export function entryWords(text: string): string[] {
  const clean = text
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(UNSPECIFIED, ' ')
    .replace(/\bnot elsewhere classified\b/gi, ' ');
  const words = new Set<string>();
  for (const t of markNegatedWords(tokenize(clean), clean, 0)) for (const w of t.words) if (!FILLER.has(w.replace('~', '')) && !isStopWord(w)) words.add(w);
  return [...words];
}

const pathKey = (titles: readonly string[]) => titles.map((t) => t.replace(/\([^)]*\)/g, '').trim().toLowerCase()).join(', ');

function addIndex(release: Icd10cmRelease, add: (text: string, code: string, source: EntrySource) => void): void {
  // "see" references ("forearm — see Cellulitis, upper limb") are followed once every path is known
  const codeOfPath = new Map<string, string>();
  const pending: { path: string[]; see: string }[] = [];
  const walk = (term: IndexTerm, path: string[]) => {
    const here = [...path, term.title];
    if (term.code) {
      const code = term.code.replace(/[.-]/g, '');
      add(here.join(' '), code, 'index');
      codeOfPath.set(pathKey(here), code);
    }
    if (term.manif) add(here.join(' '), term.manif.replace(/[.-]/g, ''), 'index');
    if (!term.code && term.see) pending.push({ path: here, see: term.see });
    for (const child of term.terms ?? []) walk(child, here);
  };
  for (const main of release.index?.mainTerms ?? []) {
    const [head, ...rest] = main.title.replace(/\([^)]*\)/g, '').split(',').map((v) => v.trim());
    if (!head || SKIP_MAIN.has(head.toLowerCase()) || main.cells) continue;
    // "Hyperlipemia, hyperlipidemia", "Diabetes, diabetic": spellings of one word; "Tamponade, heart": an inverted phrase
    const variants = rest.filter((v) => /^[A-Za-z-]+$/.test(v) && v.slice(0, 4).toLowerCase() === head.slice(0, 4).toLowerCase());
    const inverted = rest.filter((v) => !variants.includes(v));
    const title = [head, ...inverted].join(' ');
    walk({ ...main, title }, []);
    for (const variant of variants) walk({ ...main, title: [variant, ...inverted].join(' ') }, []);
  }
  for (const { path, see } of pending) {
    const target = codeOfPath.get(pathKey(see.split(',').map((s) => s.trim())).replace(/\s*by site$/, ''));
    if (target) add(path.join(' '), target, 'index');
  }
}

function addTabular(release: Icd10cmRelease, add: (text: string, code: string, source: EntrySource) => void): void {
  const nodes = release.tabular?.tabular.nodes ?? [];
  for (const node of nodes) {
    if (node.level !== 'diag') continue;
    if (/^[VWXYZ]/.test(node.id)) continue; // external causes and factors: rules, not words
    // "Effusion, other site", "..., multiple sites": residual site codes are reached through the index, not by their titles
    if (!/\b(?:other (?:specified )?sites?|multiple sites|site not specified)\b/i.test(node.title)) add(node.title, node.id, 'title');
    for (const term of node.notes.inclusionTerm ?? []) add(term, node.id, 'inclusion');
  }
}

/** "History, personal (of), X": the Z codes of a condition the assessment states as past. */
export function buildHistoryLexicon(release: Icd10cmRelease): Lexicon {
  const history = release.index?.mainTerms.find((t) => t.title.trim().toLowerCase() === 'history');
  const personal = history?.terms?.find((t) => /^personal/i.test(t.title));
  const entries: LexiconEntry[] = [];
  const walk = (term: IndexTerm, path: string[]) => {
    const here = [...path, term.title];
    if (term.code) {
      // "without residual deficits" is the default of a history code: not required of the note
      const words = entryWords(here.join(' ')).filter((w) => !w.startsWith('~'));
      if (words.length > 0 && !words.every((w) => NOT_ALONE.has(w) || QUALIFIERS.has(w))) entries.push({ words, code: term.code.replace(/[.-]/g, ''), source: 'index', text: `History, personal, ${here.join(', ')}` });
    }
    for (const child of term.terms ?? []) walk(child, here);
  };
  for (const child of personal?.terms ?? []) walk(child, []);
  return keyed(entries);
}

function keyed(entries: LexiconEntry[]): Lexicon {
  const frequency = new Map<string, number>();
  for (const e of entries) for (const w of e.words) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const byKey = new Map<string, number[]>();
  entries.forEach((e, i) => {
    let key = e.words[0]!;
    for (const w of e.words) if ((frequency.get(w) ?? 0) < (frequency.get(key) ?? 0)) key = w;
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  });
  return { entries, byKey };
}

export function buildLexicon(release: Icd10cmRelease): Lexicon {
  const entries: LexiconEntry[] = [];
  const seen = new Set<string>();
  const add = (text: string, code: string, source: EntrySource) => {
    const words = entryWords(text);
    if (words.length === 0) return;
    if (words.length === 1 && NOT_ALONE.has(words[0]!)) return;
    if (words.every((w) => MODIFIERS.has(w) || w.startsWith('~') || /^\d/.test(w))) return;
    if (source !== 'synonym' && words.every((w) => QUALIFIERS.has(w) || NOT_ALONE.has(w) || w.startsWith('~') || /^\d/.test(w))) return;
    const key = `${code}|${[...words].sort().join(' ')}`;
    if (seen.has(key)) return;
    seen.add(key);
    entries.push({ words, code, source, text });
  };
  for (const [text, code] of SYNONYMS) add(text, code.replace('.', ''), 'synonym');
  addIndex(release, add);
  addTabular(release, add);
  return keyed(entries);
}

/** Billable codes at or below a code in a release (the candidates of refinement). */
export function billableUnder(release: Icd10cmRelease, code: string): { code: string; title: string }[] {
  return codesUnder(release.table, code, true).map((c) => ({ code: c.code, title: c.title }));
}
