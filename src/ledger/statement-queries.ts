// Storage adapter: the ledger's figures a patient statement prints, read back in SQL. Reads are authorised
// and audited like every ledger read.
import { authorize, type Actor } from '../auth/index';
import type { CalendarDate } from '../dates/index';
import { cents, type Cents } from '../money/index';
import { recordAudit, type Queryable } from '../store/index';

/** A claim's money as the patient sees it. */
export interface ClaimStatementFigures {
  claimId: string;
  charges: Cents;
  /** Cash from payers (net of takebacks). */
  insurancePaid: Cents;
  /** Cash from the patient (net of reversed payments and refunds). */
  patientPaid: Cents;
  /** Contractual adjustments and write-offs. */
  adjustments: Cents;
  payerBalance: Cents;
  patientBalance: Cents;
  /** The effective date of the first posting of a patient share (undefined: none posted). */
  patientShareSince?: CalendarDate;
}

/**
 * The statement figures of each claim. Patient cash is told from payer cash by the transaction that moved
 * it: one that also touches the patient's receivable (a patient payment, a refund to the patient, or the
 * reversal of either) is the patient's.
 */
export async function claimStatementFigures(q: Queryable, actor: Actor, claimIds: readonly string[]): Promise<ClaimStatementFigures[]> {
  authorize(actor, 'ledger.read');
  await recordAudit(q, actor, [{ action: 'read', entity: 'ledger_claim_statement', detail: { claimIds } }]);
  const rows = await q.query<{
    claim_id: string; charges: number; insurance_paid: number; patient_paid: number; adjustments: number; payer_balance: number; patient_balance: number; patient_share_since: CalendarDate | null;
  }>(
    `WITH legs AS (
       SELECT t.claim_id, t.kind, t.effective_date, a.kind AS account, e.amount_cents,
              bool_or(a.kind = 'receivable_patient') OVER (PARTITION BY t.id) AS patient_side
       FROM ledger_transactions t JOIN ledger_entries e ON e.transaction_id = t.id JOIN ledger_accounts a ON a.id = e.account_id
       WHERE t.tenant_id = $1 AND t.claim_id = ANY($2::uuid[]))
     SELECT claim_id,
       coalesce(-sum(amount_cents) FILTER (WHERE account = 'revenue'), 0)::bigint AS charges,
       coalesce(sum(amount_cents) FILTER (WHERE account IN ('cash', 'unapplied') AND NOT patient_side), 0)::bigint AS insurance_paid,
       coalesce(sum(amount_cents) FILTER (WHERE account IN ('cash', 'unapplied') AND patient_side), 0)::bigint AS patient_paid,
       coalesce(sum(amount_cents) FILTER (WHERE account IN ('contractual_adjustment', 'write_off')), 0)::bigint AS adjustments,
       coalesce(sum(amount_cents) FILTER (WHERE account IN ('receivable_payer', 'receivable_claim_line')), 0)::bigint AS payer_balance,
       coalesce(sum(amount_cents) FILTER (WHERE account = 'receivable_patient'), 0)::bigint AS patient_balance,
       min(effective_date) FILTER (WHERE account = 'receivable_patient' AND kind = 'patient_responsibility' AND amount_cents > 0) AS patient_share_since
     FROM legs GROUP BY claim_id ORDER BY claim_id`,
    [actor.tenantId, claimIds],
  );
  return rows.map((r) => ({
    claimId: r.claim_id, charges: cents(r.charges), insurancePaid: cents(r.insurance_paid), patientPaid: cents(r.patient_paid),
    adjustments: cents(r.adjustments), payerBalance: cents(r.payer_balance), patientBalance: cents(r.patient_balance),
    ...(r.patient_share_since ? { patientShareSince: r.patient_share_since } : {}),
  }));
}
