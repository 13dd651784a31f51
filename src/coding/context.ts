// ConText for every mention: negated, uncertain, historical, family, hypothetical. Triggers open a scope
// forward (to the end of the sentence) or backward (to its start); terminators ("but", "however") close it.

export type ContextKind = 'negated' | 'uncertain' | 'historical' | 'family' | 'hypothetical';

interface TriggerSet {
  kind: ContextKind;
  forward: string[];
  backward: string[];
}

const RELATIVES = ['mother', 'father', 'mom', 'dad', 'sister', 'brother', 'sibling', 'siblings', 'grandmother', 'grandfather', 'aunt', 'uncle', 'cousin', 'parent', 'parents', 'maternal grandmother', 'paternal grandmother', 'maternal grandfather', 'paternal grandfather', 'family member', 'first-degree relative', 'first degree relative', 'relatives'];

const TRIGGERS: TriggerSet[] = [
  {
    kind: 'negated',
    forward: ['no', 'not', 'denies', 'denied', 'deny', 'denying', 'without', 'negative for', 'free of', 'absence of', 'no evidence of', 'no signs of', 'no sign of', 'no history of', 'no hx of', 'no h/o', 'never had', 'not have', 'ruled out', 'rules out', 'rule out of', 'no complaints of', 'resolution of', 'never', 'nor', 'neither', 'absent', 'doubt', 'doubtful', 'unlikely', 'no longer'],
    backward: ['ruled out', 'is negative', 'was negative', 'were negative', 'not seen', 'not present', 'absent', 'negative', 'not found', 'unlikely', 'excluded', 'denied'],
  },
  {
    kind: 'uncertain',
    forward: ['possible', 'possibly', 'probable', 'probably', 'likely', 'suspected', 'suspect', 'suspicious for', 'suspicion of', 'concern for', 'concerning for', 'question of', 'questionable', 'rule out', 'r/o', 'versus', 'vs', 'vs.', 'differential includes', 'differential diagnosis', 'ddx', 'may have', 'may be', 'might be', 'cannot exclude', 'cannot rule out', 'could be', 'presumed', 'presumptive', 'consistent with', 'compatible with', 'evaluate for', 'evaluation for', 'work up for', 'workup for', 'w/u for', 'worrisome for', 'indicative of', 'suggestive of', 'suggests'],
    backward: ['is suspected', 'was suspected', 'suspected', 'is possible', 'is likely', 'not excluded', 'is questioned', '?'],
  },
  {
    kind: 'historical',
    forward: ['history of', 'hx of', 'h/o', 'history significant for', 's/p', 'status post', 'previous', 'previously', 'prior', 'remote', 'in the past', 'childhood', 'former', 'had a', 'was treated for', 'years ago'],
    backward: ['in the past', 'years ago', 'in remission', 'resolved', 'as a child', 'previously'],
  },
  {
    kind: 'family',
    forward: [...RELATIVES.flatMap((r) => ['had', 'has', 'with', 'w/', 'died of', 'died from', 'diagnosed with', 'passed away from', 'history of', 'hx of', 'h/o'].map((v) => `${r} ${v}`)), 'family history of', 'family history', 'fhx', 'fh of', 'fh', 'family hx of', 'maternal', 'paternal', 'runs in the family'],
    backward: ['in the family', 'runs in the family', 'in family', 'in her mother', 'in his mother', 'in his father', 'in her father'],
  },
  {
    kind: 'hypothetical',
    forward: ['return if', 'call if', 'if', 'in case of', 'should she develop', 'should he develop', 'should symptoms', 'watch for', 'monitor for', 'warning signs', 'precautions', 'return for', 'go to the er if', 'seek care if', 'to prevent', 'prevention of', 'risk of', 'risk for', 'at risk for', 'avoid', 'unless', 'screening for', 'screen for', 'counseled on', 'counseling on'],
    backward: ['precautions', 'develops', 'develop', 'worsens', 'should occur', 'occur', 'risk', 'risk assessment', 'screen', 'screening'],
  },
];

const TERMINATORS = ['but', 'however', 'although', 'though', 'except', 'yet', 'aside from', 'apart from', 'which', 'who', 'presents with', 'presenting with', 'complains of', 'c/o', 'reports', 'now with', 'here for', 'here with', 'and has', 'currently', 'now', 'today', 'assessment', 'secondary to', 'due to', 'with', 'on exam'];

/** "no change", "not only", "gram negative": trigger words that are not triggers here. */
const PSEUDO = [
  ...['mother', 'father', 'mom', 'dad', 'parent', 'parents', 'grandmother', 'grandfather'].flatMap((r) => [`by ${r}`, `per ${r}`, `with ${r}`, `by her ${r}`, `by his ${r}`]),'no change', 'no increase', 'not only', 'not necessarily', 'no further', 'gram negative', 'not certain whether', 'history of present illness', 'past medical history', 'past surgical history', 'family history of present', 'without difficulty', 'no acute distress', 'not been', 'if needed', 'if any', 'as needed', 'if tolerated', 'with history of', 'possible side effects', 'prior to', 'year old', 'years old', 'no known drug allergies', 'not allergic', 'risks and benefits', 'risks, benefits'];

interface Found {
  text: string;
  start: number;
  end: number;
  kind: ContextKind | 'terminator' | 'pseudo';
  direction: 'forward' | 'backward' | 'none';
}

function phraseRe(phrases: readonly string[]): RegExp {
  const body = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  return new RegExp(`(?<![A-Za-z0-9])(?:${body})(?![A-Za-z0-9])`, 'gi');
}

const COMPILED = TRIGGERS.flatMap((t) => [
  { kind: t.kind, direction: 'forward' as const, re: phraseRe(t.forward) },
  { kind: t.kind, direction: 'backward' as const, re: phraseRe(t.backward) },
]);
const TERMINATOR_RE = phraseRe(TERMINATORS);
const PSEUDO_RE = phraseRe(PSEUDO);

export interface SentenceContext {
  found: Found[];
  base: number;
}

/** Finds every trigger, pseudo-trigger and terminator of a sentence once; mentions then ask about their span. */
export function sentenceContext(text: string, base: number): SentenceContext {
  const found: Found[] = [];
  const pseudo: [number, number][] = [];
  for (const m of text.matchAll(PSEUDO_RE)) pseudo.push([m.index, m.index + m[0].length]);
  const inPseudo = (s: number, e: number) => pseudo.some(([a, b]) => s < b && e > a);
  for (const c of COMPILED) {
    for (const m of text.matchAll(c.re)) {
      if (inPseudo(m.index, m.index + m[0].length)) continue;
      found.push({ text: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length, kind: c.kind, direction: c.direction });
    }
  }
  for (const m of text.matchAll(TERMINATOR_RE)) found.push({ text: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length, kind: 'terminator', direction: 'none' });
  found.sort((a, b) => a.start - b.start);
  return { found, base };
}

const INTERNAL_NEGATION = new Set(['without', 'not', 'no', 'w/o', 'nor', 'negative']);

const MAX_FORWARD_CHARS = 120;
const MAX_BACKWARD_CHARS = 40;

/** The context kinds that govern a mention at [start, end) (absolute offsets). */
export function contextOf(ctx: SentenceContext, start: number, end: number): Set<ContextKind> {
  const s = start - ctx.base;
  const e = end - ctx.base;
  const out = new Set<ContextKind>();
  for (const f of ctx.found) {
    if (f.kind === 'terminator' || f.kind === 'pseudo') continue;
    // a trigger inside the mention governs it, except the words code titles use themselves ("migraine without aura")
    if (f.start < e && f.end > s) {
      if (f.kind === 'uncertain' || (f.kind === 'negated' && !INTERNAL_NEGATION.has(f.text))) out.add(f.kind);
      continue;
    }
    if (f.direction === 'forward' && f.end <= s && s - f.end <= MAX_FORWARD_CHARS) {
      if (!ctx.found.some((t) => t.kind === 'terminator' && t.start >= f.end && t.end <= s)) out.add(f.kind);
    } else if (f.direction === 'backward' && f.start >= e && f.start - e <= MAX_BACKWARD_CHARS) {
      if (!ctx.found.some((t) => t.kind === 'terminator' && t.start >= e && t.end <= f.start)) out.add(f.kind);
    }
  }
  return out;
}
