// A ledger transaction is a set of legs that sum to zero: debits positive, credits negative.
// Transactions are never changed: a correction is a reversing transaction.
import { AppError } from '../errors/index';
import type { CalendarDate } from '../dates/index';
import type { Cents } from '../money/index';
import type { AccountRef } from './accounts';

export const TRANSACTION_KINDS = [
  'charge',
  'payer_payment',
  'adjustment',
  'patient_responsibility',
  'patient_payment',
  'refund',
  'reversal',
  'write_off',
  'provider_adjustment',
] as const;
export type TransactionKind = (typeof TRANSACTION_KINDS)[number];

/** The claim dimensions a leg concerns; balances per claim, line, patient and payer are sums over these. */
export interface LegDimensions {
  claimId?: string;
  claimLineId?: string;
  patientId?: string;
  payerId?: string;
}

export interface LedgerLeg extends LegDimensions {
  account: AccountRef;
  /** Debit positive, credit negative; never zero. */
  amount: Cents;
}

/** Where a posting came from: the 835 payment (payer + TRN02) and the claim payment inside it. */
export interface PostingSource {
  payerId: string;
  traceNumber: string;
  /** The stored remittances.id, when the 835 was stored before posting. */
  remittanceId?: string;
  patientControlNumber?: string;
  payerClaimControlNumber?: string;
  claimStatusCode?: string;
  /** The stored remittance_claims row of the claim payment: storage then reads the CLP's fields from it. */
  remittanceClaimId?: string;
  /** CAS group and reason (e.g. CO-45) when the transaction posts one adjustment. */
  adjustment?: { group: string; reason: string };
}

export interface LedgerTransaction {
  /** Same event, same key: storing a transaction whose key exists is a no-op. */
  idempotencyKey: string;
  kind: TransactionKind;
  effectiveDate: CalendarDate;
  claimId?: string;
  /** For a reversal: the idempotency key of the transaction it cancels. */
  reversesKey?: string;
  source?: PostingSource;
  memo?: string;
  legs: LedgerLeg[];
}

export class LedgerError extends AppError {
  constructor(code: 'ledger.unbalanced' | 'ledger.zero_amount' | 'ledger.empty' | 'ledger.no_key' | 'ledger.bad_amount' | 'ledger.claim_mismatch', message: string) {
    super('domain', code, message);
  }
}

/**
 * Refuses a transaction that would corrupt the books: no legs, a zero or fractional leg, legs that do not
 * sum to zero, or a leg tagged with another claim than the transaction's (a claim's entries are found
 * through its transactions).
 */
export function checkTransaction(tx: LedgerTransaction): LedgerTransaction {
  if (tx.idempotencyKey.trim() === '') throw new LedgerError('ledger.no_key', `a ${tx.kind} transaction needs an idempotency key`);
  if (tx.legs.length < 2) throw new LedgerError('ledger.empty', `${tx.idempotencyKey}: a transaction needs at least two legs`);
  let total = 0;
  for (const leg of tx.legs) {
    if (!Number.isSafeInteger(leg.amount)) throw new LedgerError('ledger.bad_amount', `${tx.idempotencyKey}: ${leg.amount} is not whole cents`);
    if (leg.amount === 0) throw new LedgerError('ledger.zero_amount', `${tx.idempotencyKey}: a leg on ${leg.account.kind} is zero`);
    if (leg.claimId !== tx.claimId) throw new LedgerError('ledger.claim_mismatch', `${tx.idempotencyKey}: a leg on ${leg.account.kind} is for claim ${leg.claimId ?? '(none)'}, the transaction for ${tx.claimId ?? '(none)'}`);
    total += leg.amount;
  }
  if (total !== 0) throw new LedgerError('ledger.unbalanced', `${tx.idempotencyKey}: legs sum to ${total} cents, not zero`);
  return tx;
}
