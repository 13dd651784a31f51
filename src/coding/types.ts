// The answer of the coding engine: codes with the words that support them and the reasoning, the mentions
// left uncoded with the reason, and the documentation gaps that warrant a provider query.
import type { CalendarDate } from '../dates/index';

export type Setting = 'outpatient' | 'inpatient';

export interface CodeOptions {
  dateOfService: CalendarDate;
  setting: Setting;
  /** patient age in years when the caller knows it (preventive visit codes); read from the note otherwise */
  ageYears?: number;
  newPatient?: boolean;
}

export interface Evidence {
  start: number;
  end: number;
  text: string;
}

export interface DiagnosisSuggestion {
  /** dotted, as printed: E11.22 */
  code: string;
  title: string;
  confidence: number;
  evidence: Evidence[];
  rationale: string;
}

export type ProcedureSystem = 'CPT' | 'HCPCS' | 'ICD10PCS';

export interface ProcedureSuggestion {
  system: ProcedureSystem;
  code: string;
  title: string;
  confidence: number;
  evidence: Evidence[];
  rationale: string;
  modifiers?: string[];
  units?: number;
}

export type ExclusionReason =
  | 'negated'
  | 'uncertain (outpatient: code the symptoms)'
  | 'historical'
  | 'family history'
  | 'hypothetical'
  | 'not addressed in the assessment'
  | 'integral to a coded condition'
  | 'Excludes1 conflict'
  | 'no valid code on the date of service'
  | 'names a service, not a condition';

export interface Excluded {
  text: string;
  start: number;
  end: number;
  reason: ExclusionReason;
  code?: string;
}

export type GapKind = 'diabetes type' | 'laterality' | 'acuity' | 'encounter type' | 'stage';

export interface ProviderQuery {
  gap: GapKind;
  question: string;
  evidence: Evidence[];
}

export interface CodingResult {
  diagnoses: DiagnosisSuggestion[];
  procedures: ProcedureSuggestion[];
  excluded: Excluded[];
  queries: ProviderQuery[];
  /** why the note was not coded (empty, binary, not English, too large) */
  warnings: string[];
  release?: string;
}
