// Every condition mention of the note with its context, its section and whether the setting's rules let it be coded.
import { contextOf, sentenceContext, type ContextKind } from './context';
import type { Lexicon } from './lexicon';
import { findMentions, type Mention } from './match';
import type { SectionKind, Sentence } from './text';
import type { ExclusionReason, Setting } from './types';

export interface ReadMention extends Mention {
  context: Set<ContextKind>;
  /** why it is not coded, when it is not */
  exclusion?: ExclusionReason;
  /** where the coder would read a diagnosis from */
  primary: boolean;
}

const DIAGNOSIS_SECTIONS = new Set<SectionKind>(['assessment', 'discharge diagnoses']);
const NEVER = new Set<SectionKind>(['family history', 'ros', 'medications', 'allergies', 'social history']);
const HISTORY = new Set<SectionKind>(['pmh', 'surgical history']);
/** Chronic systemic conditions that affect inpatient care and are reported from the history (guideline III.B). */
const CHRONIC_INPATIENT = /^(E1[01]|I1[0-3]|I48|I50|I25|J44|J45|N18|E03|F3[23]|G47\.?3|E78|E66|Z99|Z95|K21)/;

export function readMentions(lexicon: Lexicon, sentences: readonly Sentence[], setting: Setting): ReadMention[] {
  const hasAssessment = sentences.some((s) => DIAGNOSIS_SECTIONS.has(s.section) && s.tokens.length > 0);
  const out: ReadMention[] = [];
  for (const sentence of sentences) {
    const mentions = findMentions(lexicon, sentence);
    if (mentions.length === 0) continue;
    const ctx = sentenceContext(sentence.text, sentence.start);
    for (const m of mentions) {
      const context = contextOf(ctx, m.start, m.end);
      if (sentence.section === 'family history') context.add('family');
      const chronicHistory = setting === 'inpatient' && sentence.section === 'pmh' && CHRONIC_INPATIENT.test(m.entry.code) && context.size === 0;
      if (HISTORY.has(sentence.section) && !chronicHistory) context.add('historical');
      const primary = chronicHistory || (hasAssessment ? DIAGNOSIS_SECTIONS.has(sentence.section) : !NEVER.has(sentence.section) && !HISTORY.has(sentence.section) && sentence.section !== 'exam' && sentence.section !== 'plan');
      // "flu shot", "influenza vaccine", "strep test": the disease names a service, not a diagnosis
      const after = sentence.text.slice(m.end - sentence.start, m.end - sentence.start + 24);
      if (/^[\s-]*(?:vaccines?|vaccinations?|shots?|immuni[sz]ations?|vax|boosters?|screening|tests?|testing|swabs?|antigen|titers?|panel|precautions)\b/i.test(after)) {
        out.push({ ...m, context, primary, exclusion: 'names a service, not a condition' });
        continue;
      }
      // inpatient: a condition treated during the stay is coded even when it resolved before discharge
      if (setting === 'inpatient' && DIAGNOSIS_SECTIONS.has(sentence.section) && /\bresolv/i.test(sentence.text)) context.delete('historical');
      out.push({ ...m, context, primary, ...exclusionOf(context, primary, setting, sentence.section) });
    }
  }
  return out;
}

function exclusionOf(context: Set<ContextKind>, primary: boolean, setting: Setting, section: SectionKind): { exclusion?: ExclusionReason } {
  if (context.has('family')) return { exclusion: 'family history' };
  if (context.has('negated')) return { exclusion: 'negated' };
  if (context.has('hypothetical')) return { exclusion: 'hypothetical' };
  if (context.has('historical')) return { exclusion: 'historical' };
  if (context.has('uncertain') && setting === 'outpatient') return { exclusion: 'uncertain (outpatient: code the symptoms)' };
  if (!primary) return { exclusion: NEVER.has(section) || section === 'exam' ? 'not addressed in the assessment' : 'not addressed in the assessment' };
  return {};
}
