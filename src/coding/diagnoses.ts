// From mentions to the claim's diagnosis list: refinement, symptoms when the diagnosis is uncertain
// (outpatient), combination codes, status Z codes, Excludes1, claim order, and the provider queries.
import { dotted, type Icd10cmRelease } from '../codesets/index';
import { evidenceOf, sentenceWordsOf, type Candidate } from './candidates';
import { copdWithInfection, diabetesCombinations, hypertensionCombinations, isManifestation, resolveExcludes1, additionalCodeCovers, type ConventionContext } from './conventions';
import type { NoteFacts } from './facts';
import type { ReadMention } from './mentions';
import type { Lexicon } from './lexicon';
import { findMentions } from './match';
import { refine } from './refine';
import { bmiCode, drugTherapyCodes, tobaccoCodes } from './status-codes';
import type { Excluded, ProviderQuery, Setting } from './types';
import { REGIONS } from './vocabulary';

const SYMPTOM = /^R/;
const ENCOUNTER_FIRST = /^Z(00|01|02|3[0-4]|51|08|09|4[2-8])/;

function trimester(weeks: number | undefined): string[] {
  if (weeks === undefined) return [];
  return [weeks < 14 ? 'first' : weeks < 28 ? 'second' : 'third', 'trimester'];
}

function encounterWords(text: string): string[] {
  if (/\b(sequela|late effect|residual of)\b/i.test(text)) return ['sequela'];
  if (/\b(subsequent encounter|follow[- ]?up (?:visit )?for (?:the )?fracture|routine healing|healing (?:well|fracture)|cast check|recheck of (?:the )?fracture)\b/i.test(text)) return ['subsequent', 'routine', 'healing'];
  return ['initial', 'closed', 'routine'];
}

export interface DiagnosisInput {
  text: string;
  mentions: readonly ReadMention[];
  facts: NoteFacts;
  setting: Setting;
  release: Icd10cmRelease;
  ctx: ConventionContext;
  historyLexicon?: Lexicon;
}

function toCandidate(input: DiagnosisInput, m: ReadMention, confidence: number, why: string, queries: ProviderQuery[]): Candidate | undefined {
  const sentenceWords = sentenceWordsOf(m.sentence.tokens);
  const qualifiers = new Set([...sentenceWords, ...trimester(input.facts.weeksGestation), ...encounterWords(input.text)]);
  for (const w of sentenceWords) for (const r of REGIONS[w] ?? []) qualifiers.add(r);
  if ([...sentenceWords].some((w) => w.startsWith('~'))) qualifiers.add('uncomplicated');
  const refined = refine(input.release, m.entry.code, qualifiers);
  const evidence = [evidenceOf(input.text, m.start, m.end)];
  if (!refined) {
    input.ctx.excluded.push({ ...evidence[0]!, reason: 'no valid code on the date of service', code: m.entry.code });
    return undefined;
  }
  for (const axis of refined.unsettled) {
    if (axis === 'encounter type' && !/^[ST]/.test(refined.code)) continue;
    queries.push({ gap: axis as ProviderQuery['gap'], question: `${axis} of "${m.sentence.text.slice(m.start - m.sentence.start, m.end - m.sentence.start)}" is not documented: please specify the ${axis}.`, evidence });
  }
  return { code: refined.code, title: refined.title, confidence, evidence, rationale: `${why}: "${evidence[0]!.text}" → ${m.entry.source === 'index' ? 'Alphabetic Index' : m.entry.source === 'synonym' ? 'synonym list' : 'Tabular List'} "${m.entry.text}" → ${dotted(refined.code)}`, position: m.start, sentence: m.sentence.start, words: m.entry.words, sentenceWords, unsettled: refined.unsettled };
}

/** Affirmed, coded-from-the-assessment mentions, then symptoms when the outpatient diagnosis is uncertain. */
function fromMentions(input: DiagnosisInput, queries: ProviderQuery[]): Candidate[] {
  const out: Candidate[] = [];
  const addable = input.mentions.filter((m) => !m.exclusion);
  for (const m of addable) {
    const c = toCandidate(input, m, m.sentence.section === 'pmh' ? 0.7 : 0.9, m.sentence.section === 'pmh' ? 'chronic condition from the history that affects inpatient care (guideline III)' : m.context.has('uncertain') ? 'uncertain diagnosis coded as established (inpatient, guideline II.H)' : 'documented diagnosis', queries);
    if (c) out.push(c);
  }
  out.push(...personalHistory(input));
  const uncertainPrimary = input.mentions.some((m) => m.primary && m.exclusion === 'uncertain (outpatient: code the symptoms)');
  const definitive = out.some((c) => !SYMPTOM.test(c.code) && !c.code.startsWith('Z'));
  if (input.setting === 'outpatient' && (uncertainPrimary || !definitive)) {
    for (const m of input.mentions) {
      if (m.exclusion !== 'not addressed in the assessment' || !SYMPTOM.test(m.entry.code.replace(/-$/, ''))) continue;
      if (m.sentence.section !== 'chief complaint' && m.sentence.section !== 'hpi') continue;
      const c = toCandidate(input, m, 0.6, 'symptom coded because the diagnosis is not established (guideline IV.D)', queries);
      if (c) out.push(c);
    }
  }
  return out;
}

/** A past condition the assessment states ("personal history of TIA") is coded from the index's History, personal (Z85-Z87). */
function personalHistory(input: DiagnosisInput): Candidate[] {
  const out: Candidate[] = [];
  if (!input.historyLexicon) return out;
  for (const m of input.mentions) {
    if (m.exclusion !== 'historical' || !m.primary || m.context.size !== 1) continue;
    const found = findMentions(input.historyLexicon, m.sentence).filter((h) => h.tokens.some((t) => m.tokens.includes(t)));
    const best = found.sort((a, b) => b.entry.words.length - a.entry.words.length)[0];
    if (!best) continue;
    const refined = refine(input.release, best.entry.code, sentenceWordsOf(m.sentence.tokens));
    if (!refined) continue;
    const evidence = [evidenceOf(input.text, m.start, m.end)];
    out.push({ code: refined.code, title: refined.title, confidence: 0.7, evidence, rationale: `past condition stated in the assessment: "${evidence[0]!.text}" → Alphabetic Index "${best.entry.text}" → ${dotted(refined.code)}`, position: m.start, sentence: m.sentence.start, words: best.entry.words, sentenceWords: new Set(), unsettled: [] });
  }
  return out;
}

function dedupe(list: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of list) {
    const same = out.find((o) => o.code === c.code);
    if (same) {
      same.evidence.push(...c.evidence);
      same.confidence = Math.max(same.confidence, c.confidence);
      same.position = Math.min(same.position, c.position);
      continue;
    }
    // a header-level unspecified code gives way to a more specific code of the same category
    const sibling = out.find((o) => o.code.slice(0, 3) === c.code.slice(0, 3) && !o.byRule && !c.byRule);
    if (sibling) {
      const vague = (x: Candidate) => /unspecified|without complications/i.test(x.title) || x.code.length <= 3;
      if (vague(sibling) && !vague(c)) out.splice(out.indexOf(sibling), 1, { ...c, evidence: [...c.evidence, ...sibling.evidence], position: Math.min(c.position, sibling.position) });
      else if (vague(c) || sibling.code.startsWith(c.code)) sibling.evidence.push(...c.evidence);
      else out.push(c);
      continue;
    }
    out.push(c);
  }
  return out;
}

/** Symptoms routinely part of a coded definitive diagnosis in the same sentence are not coded (guideline I.B.5). */
function dropIntegralSymptoms(list: Candidate[], excluded: Excluded[], hasAssessment: boolean): Candidate[] {
  const definitive = list.filter((c) => !SYMPTOM.test(c.code) && !c.code.startsWith('Z') && !c.byRule);
  if (definitive.length === 0) return list;
  const sameSentence = (c: Candidate) => definitive.some((d) => d.sentence !== undefined && d.sentence === c.sentence);
  return list.filter((c) => {
    if (!SYMPTOM.test(c.code)) return true;
    if (c.confidence >= 0.9 && hasAssessment && !sameSentence(c)) return true;
    excluded.push({ ...c.evidence[0]!, reason: 'integral to a coded condition', code: c.code });
    return false;
  });
}

function claimOrder(ctx: ConventionContext, list: Candidate[]): Candidate[] {
  const sorted = [...list].sort((a, b) => {
    const ea = ENCOUNTER_FIRST.test(a.code) ? 0 : 1;
    const eb = ENCOUNTER_FIRST.test(b.code) ? 0 : 1;
    const ta = a.confidence >= 0.85 ? 0 : 1;
    const tb = b.confidence >= 0.85 ? 0 : 1;
    return ea - eb || ta - tb || a.position - b.position || b.confidence - a.confidence;
  });
  // a manifestation never leads; "use additional code" partners follow their code
  const first = sorted.findIndex((c) => !isManifestation(ctx, c.code, c.title));
  if (first > 0) sorted.unshift(...sorted.splice(first, 1));
  const out: Candidate[] = [];
  for (const c of sorted) {
    if (out.includes(c)) continue;
    out.push(c);
    for (const partner of sorted) if (!out.includes(partner) && additionalCodeCovers(ctx, c.code, partner.code) && !partner.byRule) out.push(partner);
  }
  return out;
}

export function codeDiagnoses(input: DiagnosisInput, encounterCodes: Candidate[]): { list: Candidate[]; queries: ProviderQuery[] } {
  const queries: ProviderQuery[] = [];
  let list = dedupe(fromMentions(input, queries));
  list = diabetesCombinations(input.ctx, list);
  list = hypertensionCombinations(list);
  list = copdWithInfection(list);
  list = dedupe(list);
  list = dropIntegralSymptoms(list, input.ctx.excluded, input.mentions.some((m) => m.primary && (m.sentence.section === 'assessment' || m.sentence.section === 'discharge diagnoses')));
  const dm = list.find((c) => /^E1[01]/.test(c.code));
  if (dm && !dm.sentenceWords.has('1') && !dm.sentenceWords.has('2') && !/\btype\s*(?:1|2|i|ii|one|two)\b|\b(?:t[12]dm|dm\s?(?:1|2|ii)|iddm|niddm)\b/i.test(input.text)) {
    queries.push({ gap: 'diabetes type', question: 'Diabetes is documented without its type: is it type 1, type 2, or due to another cause? (coded E11 by default, guideline I.C.4.a.2)', evidence: dm.evidence.slice(0, 1) });
  }
  list = [...encounterCodes, ...list];
  list.push(...drugTherapyCodes(input.text, list), ...tobaccoCodes(input.ctx, input.text, list), ...bmiCode(input.text, input.facts, list));
  list = dedupe(list);
  list = resolveExcludes1(input.ctx, claimOrder(input.ctx, list));
  return { list, queries };
}
