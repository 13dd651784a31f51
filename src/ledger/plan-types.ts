// The output of planPosting and the state shared while building it.
import type { CalendarDate } from '../dates/index';
import type { Cents } from '../money/index';
import type { CasAdjustment, RemittancePayment } from './remittance';
import type { LedgerTransaction } from './transaction';

export interface PostingOptions {
  /** Transactions already stored for these claims: a reversal (CLP02 22) cancels the ones it names. */
  priorTransactions?: readonly LedgerTransaction[];
  /** Adjust denials off too, instead of leaving them open on the receivable (see cas-treatment.ts). */
  postDenialAdjustments?: boolean;
  /**
   * Planning a large payment in parts (payment.claims is a slice): the slice's CLP identities within the
   * whole payment, so keys do not depend on where a part starts; and whether this part carries the
   * payment-level postings and checks (PLB, BPR02 against the claims), which need the whole payment.
   */
  part?: { claimIdentities: readonly string[]; paymentLevel: boolean };
}

export interface UnappliedItem {
  patientControlNumber: string;
  payerClaimControlNumber?: string;
  /** The service line, when only a line failed to match. */
  service?: string;
  amount: Cents;
  reason: string;
}

/** A non-routine adjustment (denial) to be worked; held = its amount was left open on the receivable. */
export interface DenialAdjustment {
  /** The idempotency key of this CAS posting: names the denial for ever (work items are keyed by it). */
  key: string;
  claimId: string;
  claimLineId?: string;
  /** The line as billed, for routing and coding feedback. */
  procedureCode?: string;
  modifiers?: string[];
  serviceDate?: CalendarDate;
  patientControlNumber: string;
  payerClaimControlNumber?: string;
  group: CasAdjustment['group'];
  reason: string;
  amount: Cents;
  remarkCodes: string[];
  held: boolean;
}

export interface PostingWarning {
  code: string;
  patientControlNumber?: string;
  message: string;
}

export interface PostingPlan {
  transactions: LedgerTransaction[];
  unapplied: UnappliedItem[];
  denials: DenialAdjustment[];
  warnings: PostingWarning[];
}

/** The prior transactions, indexed once per plan: a payment of 100,000 claims must not scan them per claim. */
export interface PriorIndex {
  byKey: ReadonlyMap<string, LedgerTransaction>;
  byClaim: ReadonlyMap<string, readonly LedgerTransaction[]>;
  /** For each reversed key, the keys of the transactions that reverse it. */
  reversers: ReadonlyMap<string, readonly string[]>;
}

/** Shared state while planning one payment. */
export interface PlanContext {
  payment: RemittancePayment;
  options: PostingOptions;
  prior: PriorIndex;
  plan: PostingPlan;
}

