// The scrubber's vocabulary: an edit reads one claim (with the tables, rules and history it needs)
// and reports findings a biller can act on. Errors hold the claim; warnings inform.
import type { Claim, ClaimStatus } from '../claims/index';
import type { CodeSets } from '../codesets/index';
import type { CalendarDate } from '../dates/index';
import type { MceTable } from './mce/mce-table';
import type { NcciTables } from './ncci/mue-aoc';
import type { CoverageRule } from './rules/coverage-schema';
import type { PayerRule } from './rules/payer-rule-schema';

export type Severity = 'error' | 'warning';

export interface EditFinding {
  /** The stable id of the edit that found it, e.g. 'ncci.ptp'. */
  editId: string;
  severity: Severity;
  /** Where on the claim: 'lines[2].modifiers', 'diagnoses[0]', 'billingProvider.npi'. */
  path: string;
  /** What is wrong, in a biller's words. */
  message: string;
  /** What to do about it. */
  suggestedFix: string;
  /** The claim line (ClaimLine.lineNumber) when the finding is about one line. */
  lineNumber?: number;
}

/** An earlier claim of the same patient, as the duplicate and frequency edits need it. */
export interface PriorClaim {
  claim: Claim;
  status: ClaimStatus;
  submittedOn?: CalendarDate;
}

export type PayerCategory = 'medicare' | 'medicaid' | 'commercial' | 'other';

export interface PayerSettings {
  payerId: string;
  category: PayerCategory;
  /** Days from the date of service within which the payer must receive the claim. */
  timelyFilingDays: number;
}

/** The data-driven rule sets and reference lists the edits consult. */
export interface ScrubRules {
  coverage: readonly CoverageRule[];
  payerRules: readonly PayerRule[];
  mce: MceTable;
}

export interface ScrubContext {
  claim: Claim;
  codeSets: CodeSets;
  tables: NcciTables;
  rules: ScrubRules;
  priorClaims: readonly PriorClaim[];
  payer: PayerSettings;
  today: CalendarDate;
}

export interface Edit {
  /** Stable, dotted: 'ncci.ptp', 'icd10cm.validity'. */
  id: string;
  title: string;
  /** The severity of its usual finding (a finding may carry a milder one). */
  severity: Severity;
  run(ctx: ScrubContext): EditFinding[];
}

export interface ScrubResult {
  claimId: string;
  patientControlNumber: string;
  findings: EditFinding[];
  /** No error findings (warnings allowed). */
  clean: boolean;
}
