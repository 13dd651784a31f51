// Storage adapter: the plain rows the reports (src/reports) are computed from, summed from the ledger.
import { authorize, type Actor } from '../auth/index';
import type { CalendarDate } from '../dates/index';
import { cents, type Cents } from '../money/index';
import { recordAudit, type Queryable } from '../store/index';

/**
 * One claim with a balance, shaped for A/R aging (src/reports OpenClaim). Patient payments posted without
 * a claim are not in any claim's balance: post them with their claim so aging stays true.
 */
export interface OpenClaimRow {
  claimId: string;
  payerId?: string;
  patientId: string;
  /** The claim's statement-from date. */
  serviceDate: CalendarDate;
  /** The first move to 'submitted' in the claim's status history (claims.submitted_at is the latest). */
  firstSubmittedOn?: CalendarDate;
  payerBalance: Cents;
  patientBalance: Cents;
}

export async function openClaimBalances(q: Queryable, actor: Actor): Promise<OpenClaimRow[]> {
  authorize(actor, 'report.read');
  await recordAudit(q, actor, [{ action: 'read', entity: 'ledger_open_claims' }]);
  const rows = await q.query<{ claim_id: string; payer_id: string | null; patient_id: string; statement_from: CalendarDate; submitted_on: CalendarDate | null; payer_balance: number; patient_balance: number }>(
    `SELECT c.id AS claim_id, c.payer_id, c.patient_id, c.statement_from, (coalesce((SELECT min(h.at) FROM claim_status_history h WHERE h.claim_id = c.id AND h.to_status = 'submitted'), c.submitted_at)
       AT TIME ZONE 'UTC')::date::text AS submitted_on,
       coalesce(sum(e.amount_cents) FILTER (WHERE a.kind IN ('receivable_claim_line', 'receivable_payer')), 0)::bigint AS payer_balance,
       coalesce(sum(e.amount_cents) FILTER (WHERE a.kind = 'receivable_patient'), 0)::bigint AS patient_balance
     FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id JOIN claims c ON c.id = e.claim_id
     WHERE e.tenant_id = $1 AND a.kind IN ('receivable_claim_line', 'receivable_payer', 'receivable_patient')
     GROUP BY c.id, c.payer_id, c.patient_id, c.statement_from, c.submitted_at
     HAVING coalesce(sum(e.amount_cents) FILTER (WHERE a.kind IN ('receivable_claim_line', 'receivable_payer')), 0) <> 0
         OR coalesce(sum(e.amount_cents) FILTER (WHERE a.kind = 'receivable_patient'), 0) <> 0
     ORDER BY c.statement_from, c.id`,
    [actor.tenantId],
  );
  return rows.map((r) => ({
    claimId: r.claim_id, patientId: r.patient_id, serviceDate: r.statement_from,
    ...(r.payer_id ? { payerId: r.payer_id } : {}), ...(r.submitted_on ? { firstSubmittedOn: r.submitted_on } : {}),
    payerBalance: cents(r.payer_balance), patientBalance: cents(r.patient_balance),
  }));
}

/** Ledger totals for a period by effective date, for the net collection rate and days in A/R. */
export interface PeriodTotals {
  charges: Cents;
  /** Cash received from payers and patients (before refunds). */
  payments: Cents;
  refunds: Cents;
  contractualAdjustments: Cents;
  writeOffs: Cents;
}

export async function periodTotals(q: Queryable, actor: Actor, from: CalendarDate, to: CalendarDate): Promise<PeriodTotals> {
  authorize(actor, 'report.read');
  await recordAudit(q, actor, [{ action: 'read', entity: 'ledger_period_totals', detail: { from, to } }]);
  // A reversal counts against the kind it reverses, so a reversed payment nets out of payments.
  const [r] = await q.query<Record<keyof PeriodTotals, number>>(
    `WITH legs AS (
       SELECT a.kind AS account, e.amount_cents AS amount, coalesce(o.kind, t.kind) AS kind
       FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id JOIN ledger_transactions t ON t.id = e.transaction_id
       LEFT JOIN ledger_transactions o ON o.id = t.reverses_transaction_id
       WHERE e.tenant_id = $1 AND t.effective_date BETWEEN $2::date AND $3::date)
     SELECT coalesce(-sum(amount) FILTER (WHERE account = 'revenue'), 0)::bigint AS charges,
       coalesce(sum(amount) FILTER (WHERE account = 'cash' AND kind IN ('payer_payment', 'patient_payment')), 0)::bigint AS payments,
       coalesce(-sum(amount) FILTER (WHERE account = 'cash' AND kind = 'refund'), 0)::bigint AS refunds,
       coalesce(sum(amount) FILTER (WHERE account = 'contractual_adjustment'), 0)::bigint AS "contractualAdjustments",
       coalesce(sum(amount) FILTER (WHERE account = 'write_off'), 0)::bigint AS "writeOffs"
     FROM legs`,
    [actor.tenantId, from, to],
  );
  return {
    charges: cents(r!.charges), payments: cents(r!.payments), refunds: cents(r!.refunds),
    contractualAdjustments: cents(r!.contractualAdjustments), writeOffs: cents(r!.writeOffs),
  };
}
