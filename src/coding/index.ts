// Computer-assisted coding: read the note, propose ICD-10-CM, CPT/HCPCS and ICD-10-PCS codes with the
// words that support them and the reasoning, list what was left uncoded and why, flag documentation gaps.
export type { CodeOptions, CodingResult, DiagnosisSuggestion, ProcedureSuggestion, Excluded, ExclusionReason, Evidence, ProviderQuery, GapKind, Setting } from './types';
export { loadCodingEngine, codeNote, defaultDateOfService, statedDateOfService, guessSetting, type CodingEngine } from './engine';
export { evaluateCoding, renderEvaluation, type EvalCase, type EvalReport, type SystemScores } from './evaluate';
export { readCases, type LoadedCases } from './cases-file';
export { openCodingCodeSets } from './load-code-sets';
export { inputProblem, MAX_NOTE_CHARS } from './guard';
export { levelEm, type EmLevel } from './em';
export { readSentences } from './sections';
export { sentenceContext, contextOf, type ContextKind } from './context';
