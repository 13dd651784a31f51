// A patient pays: the receipt is stored once under the practice's reference, and the money is applied to
// the patient's claims, oldest service first (planPatientPayment), in one database transaction. The same
// receipt entered again changes nothing and says so; the same reference for another payment is refused.
import { authorize, type Actor } from '../auth/index';
import type { CalendarDate } from '../dates/index';
import { AppError, domainError } from '../errors/index';
import { claimBalances, loadTransactionsByKey, lockTenantLedger, patientBalances, planPatientPayment, postTransactionsIn, reverse, type PatientClaimBalance } from '../ledger/index';
import { cents, formatUsd, type Cents } from '../money/index';
import { recordAudit, timeOrderedUuid, type Db, type Queryable } from '../store/index';

export type PatientPaymentMethod = 'cash' | 'check' | 'card' | 'eft' | 'other';

export interface PatientPaymentRequest {
  /** The patient, by their account number at the practice or by id. */
  patient: { accountNumber: string } | { id: string };
  amount: Cents;
  method: PatientPaymentMethod;
  /** The practice's reference: receipt number, card authorization, check number. Unique per practice. */
  reference: string;
  receivedOn: CalendarDate;
  /** Apply to this claim only (its patient control number); what it does not owe stays on the account. */
  claim?: string;
}

export interface PatientPaymentResult {
  receiptId: string;
  patientId: string;
  accountNumber: string;
  amount: Cents;
  /** True when this receipt was already posted: nothing changed. */
  alreadyPosted: boolean;
  applied: { claimId: string; patientControlNumber: string; amount: Cents }[];
  /** Left on the account as a credit, paying no claim. */
  onAccount: Cents;
  /** What the patient owes after the payment (negative: a credit). */
  balanceAfter: Cents;
}

export async function postPatientPayment(db: Db, actor: Actor, request: PatientPaymentRequest): Promise<PatientPaymentResult> {
  authorize(actor, 'ledger.post');
  return db.transaction(async (tx) => {
    await lockTenantLedger(tx, actor.tenantId);
    const byId = 'id' in request.patient;
    const [patient] = await tx.query<{ id: string; account_number: string }>(
      `SELECT id, account_number FROM patients WHERE tenant_id = $1 AND ${byId ? 'id = $2::uuid' : 'account_number = $2'}`,
      [actor.tenantId, 'id' in request.patient ? request.patient.id : request.patient.accountNumber],
    );
    if (!patient) throw domainError('patient_payment.no_patient', `no patient ${'id' in request.patient ? request.patient.id : `with account number ${request.patient.accountNumber}`}`);
    const receiptId = timeOrderedUuid();
    const stored = await tx.query<{ id: string }>(
      `INSERT INTO patient_payments (id, tenant_id, patient_id, reference, method, amount_cents, received_on) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (tenant_id, reference) DO NOTHING RETURNING id`,
      [receiptId, actor.tenantId, patient.id, request.reference, request.method, request.amount, request.receivedOn],
    );
    if (stored.length === 0) return alreadyPosted(tx, actor, patient, request);
    const owed = await owedByClaim(tx, actor, patient.id, request.claim);
    const plan = planPatientPayment({ receiptId, patientId: patient.id, amount: request.amount, receivedOn: request.receivedOn, memo: `${request.method} ${request.reference}` }, owed);
    await postTransactionsIn(tx, actor, plan.transactions);
    await tx.query('UPDATE patient_payments SET transaction_keys = $2::text[] WHERE id = $1', [receiptId, plan.transactions.map((t) => t.idempotencyKey)]);
    const pcn = new Map(owed.map((o) => [o.claimId, o.patientControlNumber]));
    const applied = plan.applied.map((a) => ({ ...a, patientControlNumber: pcn.get(a.claimId)! }));
    await recordAudit(tx, actor, [{ action: 'create', entity: 'patient_payment', entityId: receiptId, patientId: patient.id, detail: { reference: request.reference, amount: request.amount, applied: plan.applied, onAccount: plan.onAccount } }]);
    return {
      receiptId, patientId: patient.id, accountNumber: patient.account_number, amount: request.amount, alreadyPosted: false,
      applied, onAccount: plan.onAccount, balanceAfter: await patientOwes(tx, actor, patient.id),
    };
  });
}

/** The patient's balance by claim, oldest service first (a claim named by the request: that claim only, even if it owes nothing). */
async function owedByClaim(q: Queryable, actor: Actor, patientId: string, claim: string | undefined): Promise<(PatientClaimBalance & { patientControlNumber: string })[]> {
  const claims = await q.query<{ id: string; pcn: string }>(
    `SELECT id, patient_control_number AS pcn FROM claims
     WHERE tenant_id = $1 AND patient_id = $2 AND ($3::text IS NULL OR patient_control_number = $3)
     ORDER BY statement_from, patient_control_number`,
    [actor.tenantId, patientId, claim ?? null],
  );
  if (claim !== undefined && claims.length === 0) throw domainError('patient_payment.no_claim', `the patient has no claim ${claim}`);
  const balances = new Map((await claimBalances(q, actor, claims.map((c) => c.id))).map((b) => [b.claimId, b.patientBalance]));
  return claims.map((c) => ({ claimId: c.id, patientControlNumber: c.pcn, owed: balances.get(c.id) ?? cents(0) }));
}

async function patientOwes(q: Queryable, actor: Actor, patientId: string): Promise<Cents> {
  return (await patientBalances(q, actor, [patientId])).get(patientId) ?? cents(0);
}

/** The reference is taken: the same receipt again is a no-op; another payment under it is refused. */
async function alreadyPosted(q: Queryable, actor: Actor, patient: { id: string; account_number: string }, request: PatientPaymentRequest): Promise<PatientPaymentResult> {
  const patientId = patient.id;
  const [r] = await q.query<{ id: string; patient_id: string; method: string; amount_cents: number; received_on: CalendarDate; reversed_on: CalendarDate | null }>(
    'SELECT id, patient_id, method, amount_cents, received_on, reversed_on FROM patient_payments WHERE tenant_id = $1 AND reference = $2',
    [actor.tenantId, request.reference],
  );
  if (r?.reversed_on) {
    throw new AppError('conflict', 'patient_payment.reference_reversed', `reference ${request.reference} was reversed on ${r.reversed_on}; post the corrected payment under a new reference`);
  }
  if (!r || r.patient_id !== patientId || r.method !== request.method || r.amount_cents !== request.amount || r.received_on !== request.receivedOn) {
    throw new AppError('conflict', 'patient_payment.reference_taken',
      `reference ${request.reference} is already a ${r ? `${r.method} payment of ${formatUsd(cents(r.amount_cents))} received ${r.received_on}` : 'payment'}${r && r.patient_id !== patientId ? ' from another patient' : ''}; give this payment its own reference`);
  }
  return {
    receiptId: r.id, patientId, accountNumber: patient.account_number, amount: request.amount, alreadyPosted: true,
    applied: [], onAccount: cents(0), balanceAfter: await patientOwes(q, actor, patientId),
  };
}

export interface PatientPaymentReversal {
  receiptId: string;
  reference: string;
  patientId: string;
  amount: Cents;
  /** True when the receipt was already reversed: nothing changed. */
  alreadyReversed: boolean;
  /** What the patient owes after the reversal. */
  balanceAfter: Cents;
}

/**
 * Reverses a posted patient payment whole (entered in error, a check returned unpaid): every transaction it
 * posted gets its reversing transaction, dated `reversedOn`; the receipt keeps its reference, marked reversed.
 */
export async function reversePatientPayment(db: Db, actor: Actor, request: { reference: string; reversedOn: CalendarDate; reason: string }): Promise<PatientPaymentReversal> {
  authorize(actor, 'ledger.post');
  return db.transaction(async (tx) => {
    await lockTenantLedger(tx, actor.tenantId);
    const [r] = await tx.query<{ id: string; patient_id: string; amount_cents: number; transaction_keys: string[]; reversed_on: CalendarDate | null }>(
      'SELECT id, patient_id, amount_cents, transaction_keys, reversed_on FROM patient_payments WHERE tenant_id = $1 AND reference = $2 FOR UPDATE',
      [actor.tenantId, request.reference],
    );
    if (!r) throw domainError('patient_payment.no_receipt', `no patient payment with reference ${request.reference}`);
    const result = { receiptId: r.id, reference: request.reference, patientId: r.patient_id, amount: cents(r.amount_cents) };
    if (r.reversed_on) return { ...result, alreadyReversed: true, balanceAfter: await patientOwes(tx, actor, r.patient_id) };
    const posted = await loadTransactionsByKey(tx, actor, r.transaction_keys);
    const memo = `reverses ${request.reference}: ${request.reason}`;
    await postTransactionsIn(tx, actor, posted.map((t) => reverse(t, { idempotencyKey: `${t.idempotencyKey}:reversed`, effectiveDate: request.reversedOn, memo })));
    await tx.query('UPDATE patient_payments SET reversed_on = $2, reversal_reason = $3 WHERE id = $1', [r.id, request.reversedOn, request.reason]);
    await recordAudit(tx, actor, [{ action: 'update', entity: 'patient_payment', entityId: r.id, patientId: r.patient_id, detail: { reversedOn: request.reversedOn, reason: request.reason } }]);
    return { ...result, alreadyReversed: false, balanceAfter: await patientOwes(tx, actor, r.patient_id) };
  });
}
