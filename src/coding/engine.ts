// The engine: loadCodingEngine builds the lexicon once from the code sets; codeNote is a pure function
// from the note's text, the date of service and the setting to the coded result.
import { dotted, type CodeSets, type Icd10cmRelease } from '../codesets/index';
import type { CalendarDate } from '../dates/index';
import type { Candidate } from './candidates';
import type { ConventionContext } from './conventions';
import { codeDiagnoses } from './diagnoses';
import { encounterCodes } from './encounter-codes';
import { readFacts } from './facts';
import { inputProblem } from './guard';
import { buildHistoryLexicon, buildLexicon, type Lexicon, type LexiconEntry } from './lexicon';
import { readMentions } from './mentions';
import { codeProcedures } from './procedures';
import { readSentences } from './sections';
import type { CodeOptions, CodingResult, DiagnosisSuggestion, Excluded } from './types';

/** Bounded output for very long notes. */
const MAX_EXCLUDED = 500;

export interface CodingEngine {
  readonly codeSets: CodeSets;
  readonly lexicon: Lexicon;
  /** "History, personal (of), X" entries: past conditions the assessment states */
  readonly historyLexicon: Lexicon;
  /** lexicon entries for diabetes combination codes (E08-E13) */
  readonly diabetesEntries: readonly LexiconEntry[];
  /** the release whose tabular and index the lexicon was built from */
  readonly lexiconRelease: Icd10cmRelease;
}

export function loadCodingEngine(codeSets: CodeSets): CodingEngine {
  const full = [...codeSets.icd10cm.releases].reverse().find((r) => r.tabular && r.index);
  if (!full) throw new Error('the coding engine needs an ICD-10-CM release with its Tabular List and Alphabetic Index');
  const lexicon = buildLexicon(full);
  const diabetesEntries = lexicon.entries.filter((e) => /^E(0[89]|1[0-3])/.test(e.code) && e.source !== 'title' && e.source !== 'inclusion');
  return { codeSets, lexicon, historyLexicon: buildHistoryLexicon(full), diabetesEntries, lexiconRelease: full };
}

/** The latest date the loaded releases cover, for callers that give no date of service. */
export function defaultDateOfService(engine: CodingEngine): CalendarDate | undefined {
  const latest = engine.codeSets.icd10cm.latest();
  return latest?.window.to ?? latest?.window.from;
}

function emptyResult(warning: string): CodingResult {
  return { diagnoses: [], procedures: [], excluded: [], queries: [], warnings: [warning] };
}

function finalize(engine: CodingEngine, list: Candidate[], dos: CalendarDate, excluded: Excluded[]): DiagnosisSuggestion[] {
  const out: DiagnosisSuggestion[] = [];
  for (const c of list) {
    const v = engine.codeSets.validate(c.code, dos);
    if (v.status !== 'billable') {
      if (c.evidence[0]) excluded.push({ ...c.evidence[0], reason: 'no valid code on the date of service', code: dotted(c.code) });
      continue;
    }
    out.push({ code: v.display, title: v.title, confidence: Math.round(c.confidence * 100) / 100, evidence: c.evidence.slice(0, 4), rationale: c.rationale });
  }
  return out;
}

export function codeNote(engine: CodingEngine, text: string, options: CodeOptions): CodingResult {
  const problem = inputProblem(text);
  if (problem) return emptyResult(problem);
  const release = engine.codeSets.icd10cm.forDate(options.dateOfService);
  if (!release) return emptyResult(`no ICD-10-CM release is loaded for the date of service ${options.dateOfService}`);
  const sentences = readSentences(text);
  const facts = readFacts(text);
  if (options.ageYears !== undefined) facts.ageYears = options.ageYears;
  if (options.newPatient !== undefined) facts.newPatient = options.newPatient;
  const excluded: Excluded[] = [];
  const notesRelease = release.tabular ? release : engine.lexiconRelease;
  const ctx: ConventionContext = { release, notesRelease, diabetesEntries: engine.diabetesEntries, excluded };
  const mentions = readMentions(engine.lexicon, sentences, options.setting);
  for (const m of mentions) if (m.exclusion) excluded.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end), reason: m.exclusion, code: dotted(m.entry.code) });
  const problems = mentions.filter((m) => !m.exclusion).map((m) => m.entry.code);
  const procedures = codeProcedures(text, sentences, facts, options.setting, problems);
  const encounters = encounterCodes(text, facts, procedures.preventive, procedures.vaccines, problems.filter((p) => !p.startsWith('Z')).length);
  const { list, queries } = codeDiagnoses({ text, mentions, facts, setting: options.setting, release, ctx, historyLexicon: engine.historyLexicon }, encounters);
  const diagnoses = finalize(engine, list, options.dateOfService, excluded);
  const coded = new Set(diagnoses.map((d) => d.code.replace('.', '')));
  const uncoded = excluded.filter((e) => !e.code || !coded.has(e.code.replace('.', '')));
  const warnings = uncoded.length > MAX_EXCLUDED ? [`${uncoded.length - MAX_EXCLUDED} more uncoded mentions are not listed`] : [];
  return { diagnoses, procedures: procedures.procedures, excluded: uncoded.slice(0, MAX_EXCLUDED), queries: queries.slice(0, MAX_EXCLUDED), warnings, release: release.label };
}

/** The date of service the note states ("DOS: 2023-03-15", "Date of service: 03/15/2023"), if any. */
export function statedDateOfService(text: string): CalendarDate | undefined {
  const m = /\b(?:DOS|date of (?:service|visit|encounter)|visit date|discharge date|date of discharge)\b[:\s]*(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})/i.exec(text.slice(0, 5000));
  if (!m) return undefined;
  const raw = m[1]!;
  if (raw.includes('-')) return raw as CalendarDate;
  const [mm, dd, yyyy] = raw.split('/');
  return `${yyyy}-${mm!.padStart(2, '0')}-${dd!.padStart(2, '0')}` as CalendarDate;
}

/** Discharge summaries and inpatient records follow the inpatient guidelines (Section II/III). */
export function guessSetting(text: string): 'inpatient' | 'outpatient' {
  return /\b(discharge summary|hospital course|date of admission|admission date|admitted on|inpatient)\b/i.test(text.slice(0, 3000)) ? 'inpatient' : 'outpatient';
}
