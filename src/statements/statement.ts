// A patient statement: what the patient owes the practice after insurance, claim by claim, with what the
// payers paid and adjusted, aged, and a notice level that rises each cycle the patient does not pay.
// Pure: the workflow (workflows/patient-statements.ts) loads the ledger's figures and stores the result.
import { addDays, daysBetween, type CalendarDate } from '../dates/index';
import { phoneParts } from '../forms/index';
import { cents, sum, type Cents } from '../money/index';
import { AGING_BUCKETS, bucketFor, type AgingBucket } from '../reports/index';
import { installments, planStanding, type PaymentPlanTerms, type PlanState } from './payment-plan';

/** One claim of the patient's with money on it, as the ledger has it. */
export interface StatementClaimInput {
  claimId: string;
  patientControlNumber: string;
  /** The payer billed, or undefined for self-pay. */
  payerName?: string;
  serviceDate: CalendarDate;
  lines: { serviceDate: CalendarDate; procedureCode: string; modifiers: readonly string[]; charge: Cents }[];
  charges: Cents;
  /** Paid by payers (net of takebacks). */
  insurancePaid: Cents;
  /** Contractual adjustments and write-offs. */
  adjustments: Cents;
  /** Paid by the patient (net of reversed payments). */
  patientPaid: Cents;
  /** What the payers still owe: while it is not zero, the patient's share may still change. */
  payerBalance: Cents;
  /** What the patient owes on the claim. */
  patientBalance: Cents;
  /** When the patient's share was first posted (the payer's adjudication); the claim ages from then. */
  patientShareSince?: CalendarDate;
}

export interface StatementAccount {
  patientId: string;
  accountNumber: string;
  name: string;
  address: { line1: string; line2?: string; city: string; state: string; postalCode: string };
  claims: StatementClaimInput[];
  /** Money on the patient's account that pays no claim yet (negative: a credit). */
  onAccount: Cents;
  /** The last statement sent, if any. */
  lastStatement?: { statementDate: CalendarDate; notice: number };
  /** The patient's last payment, if any. */
  lastPaymentOn?: CalendarDate;
  /** An active payment plan, with what the patient has paid since it began. */
  plan?: { terms: PaymentPlanTerms; paidSinceStart: Cents };
}

export interface StatementPolicy {
  /** Below this the patient gets no statement (default $5.00). */
  minimumDue: Cents;
  /** Days between two statements to the same patient (default 28). */
  cycleDays: number;
  /** Days from the statement date to the due date (default 21). */
  dueInDays: number;
}

export const DEFAULT_STATEMENT_POLICY: StatementPolicy = { minimumDue: cents(500), cycleDays: 28, dueInDays: 21 };

/** First statement, then past due, then final notice: each cycle the patient neither pays nor clears the balance. */
export type NoticeKind = 'statement' | 'past_due' | 'final_notice';

export interface StatementLine {
  serviceDate: CalendarDate;
  patientControlNumber: string;
  procedureCode: string;
  modifiers: readonly string[];
  charge: Cents;
}

export interface StatementClaim {
  patientControlNumber: string;
  payerName?: string;
  serviceDate: CalendarDate;
  lines: StatementLine[];
  charges: Cents;
  insurancePaid: Cents;
  adjustments: Cents;
  patientPaid: Cents;
  /** The patient's share still owed on the claim. */
  due: Cents;
}

export interface PatientStatement {
  patientId: string;
  accountNumber: string;
  name: string;
  address: StatementAccount['address'];
  statementDate: CalendarDate;
  dueDate: CalendarDate;
  /** 1 for the first statement of this balance, then 2, 3...: the cycles gone by without a payment. */
  notice: number;
  noticeKind: NoticeKind;
  /** Claims whose patient share is settled (their payers owe nothing more) and not yet paid. */
  claims: StatementClaim[];
  /** Patient shares on claims still with insurance: shown, not yet due. */
  pendingInsurance: Cents;
  /** Credit on the account paying no claim yet (zero or negative), taken off what is due. */
  credit: Cents;
  amountDue: Cents;
  /** The amount due by the age of each claim's patient share (credits not spread). */
  aging: Record<AgingBucket, Cents>;
  /** What the patient owes after insurance: more than the amount due only on a payment plan. */
  balance: Cents;
  /** On a payment plan in good standing or past due: what is due is its installments to the due date. */
  plan?: { state: Exclude<PlanState, 'completed' | 'defaulted'>; installment: Cents; remaining: Cents; pastDue: Cents };
}

/** Why an account gets no statement this run. */
export type NoStatement = 'nothing_due' | 'below_minimum' | 'too_soon';

export type StatementDecision = { send: true; statement: PatientStatement } | { send: false; reason: NoStatement; amountDue: Cents };

/** What the patient owes once insurance is done with: the shares of claims whose payers owe nothing more, less any credit. */
export function dueAfterInsurance(account: StatementAccount): { settled: StatementClaimInput[]; pendingInsurance: Cents; credit: Cents; amountDue: Cents } {
  const settled = account.claims.filter((c) => c.payerBalance === 0 && c.patientBalance > 0);
  const pendingInsurance = sum(account.claims.filter((c) => c.payerBalance !== 0 && c.patientBalance > 0).map((c) => c.patientBalance));
  // A claim whose payers owe nothing but where the patient paid more than their share also holds a credit.
  const overpaid = sum(account.claims.filter((c) => c.payerBalance === 0 && c.patientBalance < 0).map((c) => c.patientBalance));
  const credit = cents(Math.min(0, account.onAccount) + overpaid);
  return { settled, pendingInsurance, credit, amountDue: cents(sum(settled.map((c) => c.patientBalance)) + credit) };
}

/** Whether the account gets a statement on `statementDate`, and the statement if so. */
export function decideStatement(account: StatementAccount, statementDate: CalendarDate, policy: StatementPolicy = DEFAULT_STATEMENT_POLICY): StatementDecision {
  const { settled, pendingInsurance, credit, amountDue } = dueAfterInsurance(account);
  if (amountDue <= 0) return { send: false, reason: 'nothing_due', amountDue };
  if (amountDue < policy.minimumDue) return { send: false, reason: 'below_minimum', amountDue };
  const last = account.lastStatement;
  if (last && daysBetween(last.statementDate, statementDate) < policy.cycleDays) return { send: false, reason: 'too_soon', amountDue };
  const base = {
    patientId: account.patientId, accountNumber: account.accountNumber, name: account.name, address: account.address, statementDate,
    claims: settled.map(statementClaim), pendingInsurance, credit, balance: amountDue, aging: aging(settled, statementDate),
  };
  const plan = account.plan && onPlan(account.plan.terms, account.plan.paidSinceStart, statementDate, amountDue, policy);
  if (plan) return { send: true, statement: { ...base, ...plan } };
  const notice = noticeNumber(last, account.lastPaymentOn);
  const noticeKind: NoticeKind = notice === 1 ? 'statement' : notice === 2 ? 'past_due' : 'final_notice';
  return { send: true, statement: { ...base, dueDate: addDays(statementDate, policy.dueInDays), notice, noticeKind, amountDue } };
}

/**
 * A plan in good standing or past due sets what is due: its installments up to the next one after the statement
 * date, less what the patient paid since it began, plus any balance the plan does not cover (never more than the
 * balance). The notices do not rise while the plan holds; a plan in default (or paid off) sets nothing, and the
 * whole balance is due with the notices as before.
 */
function onPlan(terms: PaymentPlanTerms, paid: Cents, on: CalendarDate, balance: Cents, policy: StatementPolicy): Pick<PatientStatement, 'dueDate' | 'notice' | 'noticeKind' | 'amountDue' | 'plan'> | undefined {
  const standing = planStanding(terms, paid, on);
  if (standing.state === 'completed' || standing.state === 'defaulted') return undefined;
  // Due by the next installment's date (when the schedule has run out, by the usual due date).
  const schedule = installments(terms);
  const dueDate = schedule.find((i) => i.dueOn > on)?.dueOn ?? addDays(on, policy.dueInDays);
  const scheduled = schedule.filter((i) => i.dueOn <= dueDate).reduce((t, i) => t + i.amount, 0);
  // The plan pays off what it was set up for; anything owed since (a new visit) is due as usual.
  const outsidePlan = Math.max(0, balance - standing.remaining);
  const amountDue = cents(Math.min(balance, Math.max(0, scheduled - paid) + outsidePlan));
  const pastDue = standing.state === 'past_due';
  return {
    dueDate, amountDue, notice: pastDue ? 2 : 1, noticeKind: pastDue ? 'past_due' : 'statement',
    plan: { state: standing.state, installment: terms.installment, remaining: standing.remaining, pastDue: standing.pastDue },
  };
}

/** A payment since the last statement starts the count again; else each statement is one notice more. */
function noticeNumber(last: StatementAccount['lastStatement'], lastPaymentOn: CalendarDate | undefined): number {
  if (!last) return 1;
  if (lastPaymentOn !== undefined && lastPaymentOn >= last.statementDate) return 1;
  return last.notice + 1;
}

function statementClaim(c: StatementClaimInput): StatementClaim {
  return {
    patientControlNumber: c.patientControlNumber, payerName: c.payerName, serviceDate: c.serviceDate,
    lines: c.lines.map((l) => ({ ...l, patientControlNumber: c.patientControlNumber })),
    charges: c.charges, insurancePaid: c.insurancePaid, adjustments: c.adjustments, patientPaid: c.patientPaid, due: c.patientBalance,
  };
}

function aging(claims: readonly StatementClaimInput[], on: CalendarDate): Record<AgingBucket, Cents> {
  const out = Object.fromEntries(AGING_BUCKETS.map((b) => [b, cents(0)])) as Record<AgingBucket, Cents>;
  for (const c of claims) {
    const bucket = bucketFor(Math.max(0, daysBetween(c.patientShareSince ?? c.serviceDate, on)));
    out[bucket] = cents(out[bucket] + c.patientBalance);
  }
  return out;
}

/** A ten-digit US phone number as (217) 555-0100; anything else as given. */
export function formatPhone(phone: string): string {
  const p = phoneParts(phone);
  return p ? `(${p.area}) ${p.number.slice(0, 3)}-${p.number.slice(3)}` : phone;
}
