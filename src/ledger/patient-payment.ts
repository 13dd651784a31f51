// A patient's payment applied to what they owe: claim by claim, oldest service first, each claim paid up to
// its patient balance; what is left stays on the patient's account as a credit (no claim), for a later
// claim or a refund. Claims keep their own balances so A/R aging by claim stays true.
import type { CalendarDate } from '../dates/index';
import { cents, type Cents } from '../money/index';
import { patientPayment } from './builders';
import type { LedgerTransaction } from './transaction';

/** A claim the patient owes on, as the caller found it (oldest service first). */
export interface PatientClaimBalance {
  claimId: string;
  owed: Cents;
}

export interface PatientPaymentInput {
  /** The stored receipt's id: it names the payment's transactions. */
  receiptId: string;
  patientId: string;
  amount: Cents;
  receivedOn: CalendarDate;
  memo?: string;
}

export interface PatientPaymentPlan {
  transactions: LedgerTransaction[];
  applied: { claimId: string; amount: Cents }[];
  /** Left on the patient's account, paying no claim (a credit balance). */
  onAccount: Cents;
}

export function patientPaymentKey(receiptId: string, claimId?: string): string {
  return `patient-payment:${receiptId}:${claimId ? `claim:${claimId}` : 'account'}`;
}

export function planPatientPayment(p: PatientPaymentInput, owed: readonly PatientClaimBalance[]): PatientPaymentPlan {
  let left: number = p.amount;
  const applied: PatientPaymentPlan['applied'] = [];
  for (const claim of owed) {
    if (left === 0) break;
    if (claim.owed <= 0) continue;
    const amount = cents(Math.min(left, claim.owed));
    applied.push({ claimId: claim.claimId, amount });
    left -= amount;
  }
  const base = { effectiveDate: p.receivedOn, patientId: p.patientId, ...(p.memo ? { memo: p.memo } : {}) };
  const transactions = applied.map((a) => patientPayment({ ...base, idempotencyKey: patientPaymentKey(p.receiptId, a.claimId), claimId: a.claimId, amount: a.amount }));
  if (left > 0) transactions.push(patientPayment({ ...base, idempotencyKey: patientPaymentKey(p.receiptId), amount: cents(left) }));
  return { transactions, applied, onAccount: cents(left) };
}
