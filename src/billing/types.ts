import type { ClaimFrequencyCode, PayerResponsibilitySequence } from '../claims/index';
import type { CodedDiagnosis, CodedProcedure, Encounter } from '../encounters/index';
import type { Coverage, Patient } from '../patients/index';
import type { FeeSchedule, Payer, Provider, ServiceFacility } from '../practice/index';

/** One coded encounter as claim building reads it. */
export interface CodedEncounter {
  encounter: Encounter;
  diagnoses: CodedDiagnosis[];
  procedures: CodedProcedure[];
}

export interface PayerCoverage {
  coverage: Coverage;
  payer: Payer;
}

/** Everything a claim is built from: plain data, read by the caller from storage. */
export interface ClaimBuildInput {
  patient: Patient;
  /** The coverage billed on this claim. */
  billed: PayerCoverage;
  payerSequence: PayerResponsibilitySequence;
  /** The patient's other coverages in force (for the COB loops of secondary and tertiary claims). */
  otherCoverages: PayerCoverage[];
  encounters: CodedEncounter[];
  providers: ReadonlyMap<string, Provider>;
  facilities: ReadonlyMap<string, ServiceFacility>;
  feeSchedule: FeeSchedule;
  frequency?: { code: Exclude<ClaimFrequencyCode, '1'>; payerClaimControlNumber: string };
}

/** Why a claim could not be built whole: it is still built (and held), with these as findings. */
export interface BuildProblem {
  code: string;
  path: string;
  message: string;
  suggestedFix: string;
}
