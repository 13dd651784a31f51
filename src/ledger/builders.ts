// Pure builders, one per business event. Each returns a checked, balanced transaction or throws a
// LedgerError; none reads the clock or makes ids: the caller passes the key and the effective date.
import type { CalendarDate } from '../dates/index';
import { cents, type Cents } from '../money/index';
import {
  claimLineReceivable,
  patientReceivable,
  payerAccount,
  payerReceivable,
  tenantAccount,
  type AccountRef,
} from './accounts';
import { checkTransaction, LedgerError, type LedgerLeg, type LedgerTransaction, type LegDimensions, type PostingSource, type TransactionKind } from './transaction';

/** The claim line an event concerns, with the patient and the payer the claim is billed to. */
export interface ClaimLineRef {
  claimId: string;
  claimLineId: string;
  patientId: string;
  payerId?: string;
}

export interface EventBase {
  idempotencyKey: string;
  effectiveDate: CalendarDate;
  source?: PostingSource;
  memo?: string;
}

function dims(line: ClaimLineRef): LegDimensions {
  return { claimId: line.claimId, claimLineId: line.claimLineId, patientId: line.patientId, payerId: line.payerId };
}

function nonZero(amount: Cents, what: string): void {
  if (amount === 0) throw new LedgerError('ledger.zero_amount', `${what}: the amount is zero; nothing to post`);
}

function positive(amount: Cents, what: string): void {
  nonZero(amount, what);
  if (amount < 0) throw new LedgerError('ledger.bad_amount', `${what}: the amount must be positive (${amount}); a correction is a reversal`);
}

/** Debit one account, credit another, both tagged with the same dimensions. */
function pair(
  base: EventBase,
  kind: TransactionKind,
  debit: AccountRef,
  credit: AccountRef,
  amount: Cents,
  dimensions: LegDimensions,
): LedgerTransaction {
  const legs: LedgerLeg[] = [
    { account: debit, amount, ...dimensions },
    { account: credit, amount: cents(0 - amount), ...dimensions },
  ];
  return checkTransaction({
    idempotencyKey: base.idempotencyKey,
    kind,
    effectiveDate: base.effectiveDate,
    ...(dimensions.claimId ? { claimId: dimensions.claimId } : {}),
    ...(base.source ? { source: base.source } : {}),
    ...(base.memo ? { memo: base.memo } : {}),
    legs,
  });
}

/** A charge for one claim line: the line receivable rises, revenue is recognised. */
export function chargeTransaction(base: EventBase & { line: ClaimLineRef; amount: Cents }): LedgerTransaction {
  positive(base.amount, 'charge');
  return pair(base, 'charge', claimLineReceivable(base.line.claimLineId), tenantAccount('revenue'), base.amount, dims(base.line));
}

/**
 * A payer's payment on a line (SVC03, or a share of CLP04). Negative amounts are takebacks: the payer
 * recovers money it paid, and the line receivable rises again.
 */
export function payerPaymentTransaction(base: EventBase & { line: ClaimLineRef; amount: Cents }): LedgerTransaction {
  nonZero(base.amount, 'payer payment');
  return pair(base, 'payer_payment', tenantAccount('cash'), claimLineReceivable(base.line.claimLineId), base.amount, dims(base.line));
}

/** CO/PI/OA reductions the practice may not bill the patient for; negative when a payer reverses one. */
export function contractualAdjustment(base: EventBase & { line: ClaimLineRef; amount: Cents }): LedgerTransaction {
  nonZero(base.amount, 'contractual adjustment');
  return pair(base, 'adjustment', tenantAccount('contractual_adjustment'), claimLineReceivable(base.line.claimLineId), base.amount, dims(base.line));
}

/** PR adjustments (deductible, coinsurance, copay...): the line's balance moves from the payer to the patient. */
export function patientResponsibilityTransfer(base: EventBase & { line: ClaimLineRef; amount: Cents }): LedgerTransaction {
  nonZero(base.amount, 'patient responsibility');
  return pair(base, 'patient_responsibility', patientReceivable(base.line.patientId), claimLineReceivable(base.line.claimLineId), base.amount, dims(base.line));
}

/** The patient pays toward their balance, optionally for one claim. */
export function patientPayment(base: EventBase & { patientId: string; claimId?: string; amount: Cents }): LedgerTransaction {
  positive(base.amount, 'patient payment');
  const d: LegDimensions = { patientId: base.patientId, ...(base.claimId ? { claimId: base.claimId } : {}) };
  return pair(base, 'patient_payment', tenantAccount('cash'), patientReceivable(base.patientId), base.amount, d);
}

/** Money paid back: to the patient (a credit balance on their account) or to the payer (an overpaid line). */
export function refund(
  base: EventBase & ({ to: 'patient'; patientId: string; claimId?: string } | { to: 'payer'; line: ClaimLineRef }) & { amount: Cents },
): LedgerTransaction {
  positive(base.amount, 'refund');
  if (base.to === 'patient') {
    const d: LegDimensions = { patientId: base.patientId, ...(base.claimId ? { claimId: base.claimId } : {}) };
    return pair(base, 'refund', patientReceivable(base.patientId), tenantAccount('cash'), base.amount, d);
  }
  return pair(base, 'refund', claimLineReceivable(base.line.claimLineId), tenantAccount('cash'), base.amount, dims(base.line));
}

/** A balance the practice gives up on (small balance, bad debt, timely filing lost), from the line or from the patient. */
export function writeOff(base: EventBase & { line: ClaimLineRef; from: 'payer' | 'patient'; amount: Cents }): LedgerTransaction {
  positive(base.amount, 'write-off');
  const from = base.from === 'payer' ? claimLineReceivable(base.line.claimLineId) : patientReceivable(base.line.patientId);
  return pair(base, 'write_off', tenantAccount('write_off'), from, base.amount, dims(base.line));
}

/** Cash from a payer that matches no claim yet: held as unapplied until a biller applies it. */
export function unappliedPayment(base: EventBase & { payerId: string; amount: Cents }): LedgerTransaction {
  nonZero(base.amount, 'unapplied payment');
  return pair(base, 'payer_payment', tenantAccount('cash'), payerAccount('unapplied', base.payerId), base.amount, { payerId: base.payerId });
}

/** Applies held unapplied cash to a claim line. */
export function applyUnapplied(base: EventBase & { line: ClaimLineRef & { payerId: string }; amount: Cents }): LedgerTransaction {
  positive(base.amount, 'apply unapplied');
  return pair(base, 'payer_payment', payerAccount('unapplied', base.line.payerId), claimLineReceivable(base.line.claimLineId), base.amount, dims(base.line));
}

/** PLB reason codes (PLB03-1) this ledger posts to their own accounts. */
export type ProviderAdjustmentReason = 'L6' | 'WO' | 'FB' | (string & {});

/**
 * A provider-level adjustment (PLB). The 835 subtracts PLB amounts from the payment (BPR02 = sum CLP04 -
 * sum PLB), so a positive amount takes cash away and a negative one (interest L6) adds it. Interest goes
 * to interest; a forward balance (FB) and an overpayment recovery (WO) are money between the practice and
 * the payer and go to the payer's receivable, where they net out once the recoupment completes; any other
 * reason goes to provider adjustments.
 */
export function providerLevelAdjustment(base: EventBase & { payerId: string; reason: ProviderAdjustmentReason; amount: Cents }): LedgerTransaction {
  nonZero(base.amount, `provider-level adjustment ${base.reason}`);
  const account =
    base.reason === 'L6'
      ? payerAccount('interest', base.payerId)
      : base.reason === 'WO' || base.reason === 'FB'
        ? payerReceivable(base.payerId)
        : payerAccount('provider_adjustment', base.payerId);
  return pair(base, 'provider_adjustment', account, tenantAccount('cash'), base.amount, { payerId: base.payerId });
}

/** Cancels a transaction exactly: every leg negated, tagged with what it reverses. A correction is a reversal plus a new posting. */
export function reverse(original: LedgerTransaction, base: EventBase): LedgerTransaction {
  return checkTransaction({
    idempotencyKey: base.idempotencyKey,
    kind: 'reversal',
    effectiveDate: base.effectiveDate,
    reversesKey: original.idempotencyKey,
    ...(original.claimId ? { claimId: original.claimId } : {}),
    ...(base.source ? { source: base.source } : {}),
    memo: base.memo ?? `reverses ${original.kind} ${original.idempotencyKey}`,
    legs: original.legs.map((leg) => ({ ...leg, amount: cents(0 - leg.amount) })),
  });
}
