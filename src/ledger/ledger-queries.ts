// Storage adapter: balances and history read back from ledger_*, the same sums deriveBalances computes
// in memory, and the stored claims and postings planPosting needs. Reads are authorised and audited.
import { authorize, type Actor } from '../auth/index';
import type { CalendarDate } from '../dates/index';
import { cents, type Cents } from '../money/index';
import { recordAudit, type Queryable } from '../store/index';
import type { AccountKind, AccountReferenceType } from './accounts';
import type { ClaimBalance } from './balances';
import type { StoredClaim } from './remittance';
import type { LedgerTransaction, PostingSource, TransactionKind } from './transaction';
import { storedTransactionIds } from './ledger-store';

const RECEIVABLES = "('receivable_payer', 'receivable_patient', 'receivable_claim_line')";

async function audited(q: Queryable, actor: Actor, entity: string, detail: unknown): Promise<void> {
  authorize(actor, 'ledger.read');
  await recordAudit(q, actor, [{ action: 'read', entity, detail }]);
}

export async function claimBalances(q: Queryable, actor: Actor, claimIds: readonly string[]): Promise<ClaimBalance[]> {
  await audited(q, actor, 'ledger_claim_balance', { claimIds });
  const rows = await q.query<Record<string, number | string>>(
    `SELECT e.claim_id,
       coalesce(sum(e.amount_cents) FILTER (WHERE a.kind IN ${RECEIVABLES}), 0)::bigint AS balance,
       coalesce(sum(e.amount_cents) FILTER (WHERE a.kind IN ('receivable_payer', 'receivable_claim_line')), 0)::bigint AS payer_balance,
       coalesce(sum(e.amount_cents) FILTER (WHERE a.kind = 'receivable_patient'), 0)::bigint AS patient_balance,
       coalesce(-sum(e.amount_cents) FILTER (WHERE a.kind = 'revenue'), 0)::bigint AS charges,
       coalesce(sum(e.amount_cents) FILTER (WHERE a.kind IN ('cash', 'unapplied')), 0)::bigint AS payments,
       coalesce(sum(e.amount_cents) FILTER (WHERE a.kind IN ('contractual_adjustment', 'write_off')), 0)::bigint AS adjustments
     FROM ledger_transactions t JOIN ledger_entries e ON e.transaction_id = t.id JOIN ledger_accounts a ON a.id = e.account_id
     WHERE t.tenant_id = $1 AND t.claim_id = ANY($2::uuid[])
     GROUP BY e.claim_id ORDER BY e.claim_id`,
    [actor.tenantId, claimIds],
  );
  return rows.map((r) => ({
    claimId: r.claim_id as string,
    balance: cents(r.balance as number),
    payerBalance: cents(r.payer_balance as number),
    patientBalance: cents(r.patient_balance as number),
    charges: cents(r.charges as number),
    payments: cents(r.payments as number),
    adjustments: cents(r.adjustments as number),
  }));
}

async function sums(q: Queryable, sql: string, params: readonly unknown[]): Promise<Map<string, Cents>> {
  const rows = await q.query<{ id: string; balance: number }>(sql, params);
  return new Map(rows.map((r) => [r.id, cents(r.balance)]));
}

/** What the payer still owes on each line. */
export async function lineBalances(q: Queryable, actor: Actor, claimLineIds: readonly string[]): Promise<Map<string, Cents>> {
  await audited(q, actor, 'ledger_line_balance', { claimLineIds });
  return sums(
    q,
    `SELECT a.reference_id AS id, sum(e.amount_cents)::bigint AS balance FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id
     WHERE e.tenant_id = $1 AND a.kind = 'receivable_claim_line' AND a.reference_id = ANY($2::uuid[]) GROUP BY a.reference_id`,
    [actor.tenantId, claimLineIds],
  );
}

/** What each patient owes (their receivable account): of the patients given, or of every patient with ledger activity. */
export async function patientBalances(q: Queryable, actor: Actor, patientIds?: readonly string[]): Promise<Map<string, Cents>> {
  await audited(q, actor, 'ledger_patient_balance', patientIds ? { patientIds } : { all: true });
  return sums(
    q,
    `SELECT a.reference_id AS id, sum(e.amount_cents)::bigint AS balance FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id
     WHERE e.tenant_id = $1 AND a.kind = 'receivable_patient' AND ($2::uuid[] IS NULL OR a.reference_id = ANY($2::uuid[])) GROUP BY a.reference_id`,
    [actor.tenantId, patientIds ?? null],
  );
}

/** What each payer owes: line receivables of its claims plus its provider-level receivable (PLB FB/WO). */
export async function payerBalances(q: Queryable, actor: Actor): Promise<Map<string, Cents>> {
  await audited(q, actor, 'ledger_payer_balance', {});
  return sums(
    q,
    `SELECT e.payer_id AS id, sum(e.amount_cents)::bigint AS balance FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id
     WHERE e.tenant_id = $1 AND a.kind IN ('receivable_claim_line', 'receivable_payer') AND e.payer_id IS NOT NULL GROUP BY e.payer_id`,
    [actor.tenantId],
  );
}

interface EntryRow {
  idempotency_key: string; kind: TransactionKind; effective_date: CalendarDate; claim_id: string | null; reverses_key: string | null;
  source: PostingSource | null; memo: string | null; adjustment_group: string | null; adjustment_reason: string | null;
  remittance_id: string | null; remittance_payer_id: string | null; trace_number: string | null; remittance_claim_id: string | null;
  patient_control_number: string | null; payer_claim_control_number: string | null; claim_status_code: string | null; account_kind: AccountKind; reference_type: AccountReferenceType | null;
  reference_id: string | null; amount_cents: number; claim_line_id: string | null; entry_claim_id: string | null;
  patient_id: string | null; payer_id: string | null;
}

/**
 * Every stored transaction on the claims (its claimId), legs in their posted order: the
 * priorTransactions of planPosting. `except` leaves out kinds planning never looks back at (charges), which are most of them.
 */
export async function loadClaimTransactions(q: Queryable, actor: Actor, claimIds: readonly string[], except: readonly TransactionKind[] = []): Promise<LedgerTransaction[]> {
  await audited(q, actor, 'ledger_transaction', { claimIds });
  return loadTransactions(
    q, 't.claim_id = ANY($2::uuid[]) AND t.kind <> ALL($3::text[])',
    [actor.tenantId, claimIds, except],
  );
}

/** The stored transactions with these keys (e.g. the unapplied cash a payment's CLPs may have left: unappliedKeys). */
export async function loadTransactionsByKey(q: Queryable, actor: Actor, keys: readonly string[]): Promise<LedgerTransaction[]> {
  await audited(q, actor, 'ledger_transaction', { keys: keys.length });
  const ids = (await storedTransactionIds(q, actor.tenantId, keys)).map((r) => r.id);
  if (ids.length === 0) return [];
  return loadTransactions(q, 't.id = ANY($2::uuid[])', [actor.tenantId, ids]);
}

async function loadTransactions(q: Queryable, where: string, params: readonly unknown[]): Promise<LedgerTransaction[]> {
  const rows = await q.query<EntryRow & Record<string, unknown>>(
    `SELECT t.idempotency_key, t.kind, t.effective_date, t.claim_id, t.reverses_key, t.source, t.memo, t.adjustment_group, t.adjustment_reason,
       r.id AS remittance_id, r.payer_id AS remittance_payer_id, r.trace_number, rc.id AS remittance_claim_id,
       rc.patient_control_number, rc.payer_claim_control_number, rc.claim_status_code,
       a.kind AS account_kind, a.reference_type, a.reference_id, e.amount_cents, e.claim_line_id, e.claim_id AS entry_claim_id, e.patient_id, e.payer_id
     FROM ledger_transactions t JOIN ledger_entries e ON e.transaction_id = t.id JOIN ledger_accounts a ON a.id = e.account_id
       LEFT JOIN remittances r ON t.source IS NULL AND r.id = t.remittance_id
       LEFT JOIN remittance_claims rc ON rc.id = t.remittance_claim_id
     WHERE t.tenant_id = $1 AND ${where}
     ORDER BY e.id`,
    params,
  );
  const byKey = new Map<string, LedgerTransaction>();
  for (const r of rows) {
    let t = byKey.get(r.idempotency_key);
    if (!t) {
      t = {
        idempotencyKey: r.idempotency_key, kind: r.kind, effectiveDate: r.effective_date, legs: [],
        ...(r.claim_id ? { claimId: r.claim_id } : {}), ...(r.reverses_key ? { reversesKey: r.reverses_key } : {}),
        ...sourceOfRow(r), ...(r.memo ? { memo: r.memo } : {}),
      };
      byKey.set(r.idempotency_key, t);
    }
    t.legs.push({
      account: { kind: r.account_kind, ...(r.reference_type ? { referenceType: r.reference_type } : {}), ...(r.reference_id ? { referenceId: r.reference_id } : {}) },
      amount: cents(r.amount_cents),
      ...(r.entry_claim_id ? { claimId: r.entry_claim_id } : {}), ...(r.claim_line_id ? { claimLineId: r.claim_line_id } : {}),
      ...(r.patient_id ? { patientId: r.patient_id } : {}), ...(r.payer_id ? { payerId: r.payer_id } : {}),
    });
  }
  return [...byKey.values()];
}

/** The tenant's claims a remittance may pay, by CLP01 or CLP07, with their lines. */
export async function loadClaimsForPosting(
  q: Queryable, actor: Actor, patientControlNumbers: readonly string[], payerClaimControlNumbers: readonly string[] = [],
): Promise<StoredClaim[]> {
  authorize(actor, 'claim.read');
  const rows = await q.query<Record<string, unknown>>(
    // A secondary claim's lines resolve to the original primary claim's lines with the same REF*6R.
    `SELECT coalesce(o.claim_id, c.id) AS id, c.tenant_id, c.patient_id, c.payer_id, c.patient_control_number, c.payer_claim_control_number, c.payer_sequence,
       coalesce(o.id, l.id) AS line_id, l.line_number, l.line_item_control_number, l.procedure_code, l.modifiers, l.revenue_code, l.units, l.charge_cents, l.service_date
     FROM claims c JOIN claim_lines l ON l.claim_id = c.id
     LEFT JOIN LATERAL (
       SELECT ol.id, ol.claim_id FROM claim_lines ol JOIN claims oc ON oc.id = ol.claim_id
       WHERE c.payer_sequence <> 'P' AND oc.tenant_id = c.tenant_id AND oc.patient_id = c.patient_id AND oc.payer_sequence = 'P'
         AND oc.frequency_code = '1' AND ol.line_item_control_number = l.line_item_control_number
       ORDER BY oc.created_at LIMIT 1) o ON true
     WHERE c.tenant_id = $1 AND c.id IN (
       -- two index lookups: an OR of the two conditions would read every claim of the practice
       SELECT id FROM claims WHERE tenant_id = $1 AND upper(patient_control_number) = ANY($2::text[])
       UNION SELECT id FROM claims WHERE tenant_id = $1 AND payer_claim_control_number = ANY($3::text[]))
     ORDER BY c.id, l.line_number`,
    [actor.tenantId, patientControlNumbers.map((p) => p.trim().toUpperCase()), payerClaimControlNumbers],
  );
  const claims = new Map<string, StoredClaim>();
  for (const r of rows) {
    const id = r.id as string;
    // keyed by the claim the 835 answers: a primary and its secondary resolve to the same ledger claim id
    const answered = `${id}|${r.patient_control_number as string}`;
    let c = claims.get(answered);
    if (!c) {
      c = {
        id, tenantId: r.tenant_id as string, patientId: r.patient_id as string, patientControlNumber: r.patient_control_number as string, lines: [],
        ...(r.payer_id ? { payerId: r.payer_id as string } : {}),
        ...(r.payer_claim_control_number ? { payerClaimControlNumber: r.payer_claim_control_number as string } : {}),
        ...(r.payer_sequence && r.payer_sequence !== 'P' ? { payerSequence: r.payer_sequence as 'S' | 'T' } : {}),
      };
      claims.set(answered, c);
    }
    c.lines.push({
      id: r.line_id as string, lineNumber: r.line_number as number, lineItemControlNumber: r.line_item_control_number as string,
      procedureCode: r.procedure_code as string, modifiers: r.modifiers as string[], units: r.units as number,
      charge: cents(r.charge_cents as number), serviceDate: r.service_date as CalendarDate,
      ...(r.revenue_code ? { revenueCode: r.revenue_code as string } : {}),
    });
  }
  await recordAudit(q, actor, [...claims.values()].map((c) => ({ action: 'read' as const, entity: 'claim', entityId: c.id, patientId: c.patientId })));
  return [...claims.values()];
}

/** The posting's source as stored whole, or as read back from its remittance and claim payment (ledger-store sourceColumns). */
function sourceOfRow(r: EntryRow): { source?: PostingSource } {
  if (r.source) return { source: r.source };
  if (!r.remittance_id || !r.remittance_payer_id || r.trace_number === null) return {};
  return {
    source: {
      payerId: r.remittance_payer_id, traceNumber: r.trace_number, remittanceId: r.remittance_id,
      ...(r.remittance_claim_id ? {
        patientControlNumber: r.patient_control_number!, claimStatusCode: r.claim_status_code!, remittanceClaimId: r.remittance_claim_id,
        ...(r.payer_claim_control_number ? { payerClaimControlNumber: r.payer_claim_control_number } : {}),
      } : {}),
      ...(r.adjustment_group && r.adjustment_reason ? { adjustment: { group: r.adjustment_group, reason: r.adjustment_reason } } : {}),
    },
  };
}
