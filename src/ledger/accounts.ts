// The chart of accounts. Receivables are kept per claim line (what the payer owes for that service),
// per patient (what the patient owes after the payer) and per payer (provider-level balances: PLB
// forward balances and recoupments). Every leg also carries the claim, line, patient and payer it
// concerns, so balances can be cut along any of those without joining back to the claim.

export const ACCOUNT_KINDS = [
  'receivable_payer',
  'receivable_patient',
  'receivable_claim_line',
  'revenue',
  'contractual_adjustment',
  'write_off',
  'cash',
  'unapplied',
  'refund',
  'interest',
  'provider_adjustment',
] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

/** What a per-entity account is kept for; tenant-wide accounts (revenue, cash...) have none. */
export type AccountReferenceType = 'payer' | 'patient' | 'claim_line';

export interface AccountRef {
  kind: AccountKind;
  referenceType?: AccountReferenceType;
  referenceId?: string;
}

/** Receivable accounts: their balances are money still owed to the practice. */
export const RECEIVABLE_KINDS: ReadonlySet<AccountKind> = new Set(['receivable_payer', 'receivable_patient', 'receivable_claim_line']);

export function claimLineReceivable(claimLineId: string): AccountRef {
  return { kind: 'receivable_claim_line', referenceType: 'claim_line', referenceId: claimLineId };
}

export function patientReceivable(patientId: string): AccountRef {
  return { kind: 'receivable_patient', referenceType: 'patient', referenceId: patientId };
}

export function payerReceivable(payerId: string): AccountRef {
  return { kind: 'receivable_payer', referenceType: 'payer', referenceId: payerId };
}

/** An account per payer for unapplied cash, interest and other provider-level adjustments, so each can be reconciled per payer. */
export function payerAccount(kind: 'unapplied' | 'interest' | 'provider_adjustment', payerId: string): AccountRef {
  return { kind, referenceType: 'payer', referenceId: payerId };
}

export function tenantAccount(kind: 'revenue' | 'contractual_adjustment' | 'write_off' | 'cash' | 'refund'): AccountRef {
  return { kind };
}

/** A stable key for an account: same kind and reference, same account (mirrors the unique index in storage). */
export function accountKey(account: AccountRef): string {
  return account.referenceId ? `${account.kind}:${account.referenceId}` : account.kind;
}
