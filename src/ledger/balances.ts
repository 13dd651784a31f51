// Balances are derived, never stored: a pure fold over legs. Storage queries compute the same sums in SQL.
import { cents, type Cents } from '../money/index';
import { accountKey, RECEIVABLE_KINDS, type AccountKind } from './accounts';
import type { LedgerLeg, LedgerTransaction } from './transaction';

export interface ClaimBalance {
  claimId: string;
  /** What is still owed on the claim, by the payer (line receivables) and the patient. */
  balance: Cents;
  payerBalance: Cents;
  patientBalance: Cents;
  charges: Cents;
  /** Cash received for the claim from payers and the patient, net of refunds and takebacks. */
  payments: Cents;
  /** Contractual adjustments and write-offs. */
  adjustments: Cents;
}

export interface LedgerBalances {
  byAccount: Map<string, Cents>;
  byClaim: Map<string, ClaimBalance>;
  byLine: Map<string, Cents>;
  /** Patient receivable per patient. */
  byPatient: Map<string, Cents>;
  /** Line receivables of claims billed to the payer plus the payer's provider-level receivable. */
  byPayer: Map<string, Cents>;
  totalDebits: Cents;
  totalCredits: Cents;
}

function add<K>(map: Map<K, Cents>, key: K, amount: number): void {
  map.set(key, cents((map.get(key) ?? 0) + amount));
}

const PAYMENT_KINDS: ReadonlySet<AccountKind> = new Set(['cash', 'unapplied']);
const ADJUSTMENT_KINDS: ReadonlySet<AccountKind> = new Set(['contractual_adjustment', 'write_off']);

function claimRow(byClaim: Map<string, ClaimBalance>, claimId: string): ClaimBalance {
  let row = byClaim.get(claimId);
  if (!row) {
    const zero = cents(0);
    row = { claimId, balance: zero, payerBalance: zero, patientBalance: zero, charges: zero, payments: zero, adjustments: zero };
    byClaim.set(claimId, row);
  }
  return row;
}

function foldClaim(byClaim: Map<string, ClaimBalance>, leg: LedgerLeg): void {
  if (!leg.claimId) return;
  const row = claimRow(byClaim, leg.claimId);
  const kind = leg.account.kind;
  if (RECEIVABLE_KINDS.has(kind)) {
    row.balance = cents(row.balance + leg.amount);
    if (kind === 'receivable_patient') row.patientBalance = cents(row.patientBalance + leg.amount);
    else row.payerBalance = cents(row.payerBalance + leg.amount);
  } else if (kind === 'revenue') row.charges = cents(row.charges - leg.amount);
  else if (PAYMENT_KINDS.has(kind)) row.payments = cents(row.payments + leg.amount);
  else if (ADJUSTMENT_KINDS.has(kind)) row.adjustments = cents(row.adjustments + leg.amount);
}

export function deriveBalances(transactions: Iterable<LedgerTransaction>): LedgerBalances {
  const out: LedgerBalances = {
    byAccount: new Map(), byClaim: new Map(), byLine: new Map(), byPatient: new Map(), byPayer: new Map(),
    totalDebits: cents(0), totalCredits: cents(0),
  };
  let debits = 0;
  let credits = 0;
  for (const tx of transactions) {
    for (const leg of tx.legs) {
      if (leg.amount > 0) debits += leg.amount;
      else credits -= leg.amount;
      add(out.byAccount, accountKey(leg.account), leg.amount);
      foldClaim(out.byClaim, leg);
      const kind = leg.account.kind;
      if (kind === 'receivable_claim_line' && leg.claimLineId) add(out.byLine, leg.claimLineId, leg.amount);
      if (kind === 'receivable_patient' && leg.patientId) add(out.byPatient, leg.patientId, leg.amount);
      if ((kind === 'receivable_claim_line' || kind === 'receivable_payer') && leg.payerId) add(out.byPayer, leg.payerId, leg.amount);
    }
  }
  out.totalDebits = cents(debits);
  out.totalCredits = cents(credits);
  return out;
}

export interface Discrepancy {
  check: string;
  expected: Cents;
  actual: Cents;
}

/**
 * Proves the cuts agree: debits equal credits; each claim's balance equals its charges less payments and
 * adjustments; line receivables sum to the payer share of the claims; patient receivable accounts sum to
 * the patients' balances (a leg tagged with the wrong patient shows here).
 * An empty list means the books reconcile.
 */
export function reconcile(balances: LedgerBalances): Discrepancy[] {
  const out: Discrepancy[] = [];
  const check = (name: string, expected: number, actual: number) => {
    if (expected !== actual) out.push({ check: name, expected: cents(expected), actual: cents(actual) });
  };
  check('debits = credits', balances.totalDebits, balances.totalCredits);
  let claimPayer = 0;
  for (const c of balances.byClaim.values()) {
    check(`claim ${c.claimId}: balance = charges - payments - adjustments`, c.charges - c.payments - c.adjustments, c.balance);
    check(`claim ${c.claimId}: balance = payer + patient shares`, c.payerBalance + c.patientBalance, c.balance);
    claimPayer += c.payerBalance;
  }
  const lineTotal = [...balances.byLine.values()].reduce((a, b) => a + b, 0);
  check('line receivables = payer share of claims', claimPayer, lineTotal);
  const patients = new Set(balances.byPatient.keys());
  for (const [key, amount] of balances.byAccount) {
    if (!key.startsWith('receivable_patient:')) continue;
    const patientId = key.slice('receivable_patient:'.length);
    patients.delete(patientId);
    check(`patient ${patientId}: receivable account = patient balance`, amount, balances.byPatient.get(patientId) ?? 0);
  }
  for (const patientId of patients) check(`patient ${patientId}: receivable account = patient balance`, 0, balances.byPatient.get(patientId) ?? 0);
  return out;
}
