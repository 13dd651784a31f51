// Storage adapter: posts checked transactions into ledger_* in one database transaction. Idempotent by
// (tenant, idempotency key): a key already stored is skipped and reported, never posted twice, also
// when two posts of the same 835 race (a per-tenant advisory lock serialises posting; ON CONFLICT is
// the backstop). Accounts are created on first use, unique per tenant, kind and reference.
import { randomUUID } from 'node:crypto';
import { authorize, type Actor } from '../auth/index';
import { AppError } from '../errors/index';
import { recordAudit, type Queryable } from '../store/index';
import { accountKey, type AccountRef } from './accounts';
import { checkTransaction, type LedgerTransaction } from './transaction';

export interface PostResult {
  /** Keys stored now, in the order given. */
  posted: string[];
  /** Keys that were already stored (or repeated in the batch): nothing was written for them. */
  skipped: string[];
}

export interface Transactional {
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
}

export async function postTransactions(db: Transactional, actor: Actor, transactions: readonly LedgerTransaction[]): Promise<PostResult> {
  authorize(actor, 'ledger.post');
  transactions.forEach(checkTransaction);
  return db.transaction(async (tx) => {
    await lockTenantLedger(tx, actor.tenantId);
    return postTransactionsIn(tx, actor, transactions);
  });
}

/** Serialises posting per tenant until the database transaction ends, so plan-then-post sees a stable ledger. */
export async function lockTenantLedger(tx: Queryable, tenantId: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`openrcm.ledger:${tenantId}`]);
}

/** postTransactions inside a database transaction the caller holds (and has locked with lockTenantLedger). */
export async function postTransactionsIn(tx: Queryable, actor: Actor, transactions: readonly LedgerTransaction[]): Promise<PostResult> {
  authorize(actor, 'ledger.post');
  transactions.forEach(checkTransaction);
  if (transactions.length === 0) return { posted: [], skipped: [] };
  await refuseOtherTenants(tx, actor.tenantId, transactions);
  const accounts = await ensureAccounts(tx, actor.tenantId, transactions.flatMap((t) => t.legs.map((l) => l.account)));
  const { fresh, skipped } = await insertTransactions(tx, actor.tenantId, transactions);
  await insertEntries(tx, actor.tenantId, fresh, accounts);
  await recordAudit(
    tx,
    actor,
    fresh.map(({ id, t }) => ({
      action: 'create' as const,
      entity: 'ledger_transaction',
      entityId: id,
      ...(firstPatient(t) ? { patientId: firstPatient(t)! } : {}),
      detail: { idempotencyKey: t.idempotencyKey, kind: t.kind, claimId: t.claimId ?? null },
    })),
  );
  return { posted: fresh.map((f) => f.t.idempotencyKey), skipped };
}

/** Foreign keys prove a claim exists, not that it is this tenant's: a leg may only name the actor's own records. */
async function refuseOtherTenants(tx: Queryable, tenantId: string, transactions: readonly LedgerTransaction[]): Promise<void> {
  const ids = (pick: (l: LedgerTransaction['legs'][number]) => string | undefined) => [...new Set(transactions.flatMap((t) => t.legs.flatMap((l) => pick(l) ?? [])))];
  const [row] = await tx.query<{ other_tenant: string | null }>(
    `SELECT coalesce(
       (SELECT 'claim ' || id FROM claims WHERE id = ANY($2::uuid[]) AND tenant_id <> $1 LIMIT 1),
       (SELECT 'claim line ' || id FROM claim_lines WHERE id = ANY($3::uuid[]) AND tenant_id <> $1 LIMIT 1),
       (SELECT 'patient ' || id FROM patients WHERE id = ANY($4::uuid[]) AND tenant_id <> $1 LIMIT 1),
       (SELECT 'payer ' || id FROM payers WHERE id = ANY($5::uuid[]) AND tenant_id <> $1 LIMIT 1)) AS other_tenant`,
    [tenantId, ids((l) => l.claimId), ids((l) => l.claimLineId), ids((l) => l.patientId), ids((l) => l.payerId)],
  );
  if (row?.other_tenant) throw new AppError('forbidden', 'ledger.cross_tenant', `refused: the postings name ${row.other_tenant}, which belongs to another practice`);
}

function firstPatient(t: LedgerTransaction): string | undefined {
  return t.legs.find((l) => l.patientId)?.patientId;
}

async function ensureAccounts(tx: Queryable, tenantId: string, refs: readonly AccountRef[]): Promise<Map<string, string>> {
  const unique = new Map(refs.map((r) => [accountKey(r), r]));
  const list = [...unique.values()];
  await tx.query(
    `INSERT INTO ledger_accounts (id, tenant_id, kind, reference_type, reference_id, name)
     SELECT gen_random_uuid(), $1::uuid, u.kind, u.reference_type, u.reference_id::uuid, u.name
     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS u(kind, reference_type, reference_id, name)
     ON CONFLICT DO NOTHING`,
    [tenantId, list.map((r) => r.kind), list.map((r) => r.referenceType ?? null), list.map((r) => r.referenceId ?? null), list.map(accountName)],
  );
  // Only the accounts this batch touches: a tenant has one receivable account per claim line ever billed.
  const rows = await tx.query<{ id: string; kind: string; reference_id: string | null }>(
    `SELECT a.id, a.kind, a.reference_id FROM ledger_accounts a
     JOIN unnest($2::text[], $3::text[]) AS u(kind, reference_id)
       ON a.kind = u.kind AND coalesce(a.reference_id, '00000000-0000-0000-0000-000000000000'::uuid) = coalesce(u.reference_id::uuid, '00000000-0000-0000-0000-000000000000'::uuid)
     WHERE a.tenant_id = $1`,
    [tenantId, list.map((r) => r.kind), list.map((r) => r.referenceId ?? null)],
  );
  return new Map(rows.map((r) => [r.reference_id ? `${r.kind}:${r.reference_id}` : r.kind, r.id]));
}

function accountName(r: AccountRef): string {
  const label = r.kind.replaceAll('_', ' ');
  return r.referenceId ? `${label} (${r.referenceType ?? 'ref'} ${r.referenceId})` : label;
}

async function insertTransactions(
  tx: Queryable, tenantId: string, transactions: readonly LedgerTransaction[],
): Promise<{ fresh: { id: string; t: LedgerTransaction }[]; skipped: string[] }> {
  const seen = new Set<string>();
  const batch = transactions.filter((t) => !seen.has(t.idempotencyKey) && seen.add(t.idempotencyKey));
  const ids = new Map(batch.map((t) => [t.idempotencyKey, randomUUID()]));
  const referenced = batch.flatMap((t) => (t.reversesKey ? [t.reversesKey] : []));
  const existing = await tx.query<{ id: string; idempotency_key: string }>(
    'SELECT id, idempotency_key FROM ledger_transactions WHERE tenant_id = $1 AND idempotency_key = ANY($2::text[])',
    [tenantId, [...ids.keys(), ...referenced]],
  );
  const stored = new Map(existing.map((r) => [r.idempotency_key, r.id]));
  const fresh = batch.filter((t) => !stored.has(t.idempotencyKey));
  const freshKeys = new Set(fresh.map((t) => t.idempotencyKey));
  const idOf = (key: string | undefined) => (key ? (stored.get(key) ?? (freshKeys.has(key) ? ids.get(key)! : null)) : null);
  const inserted = await tx.query<{ idempotency_key: string }>(
    `INSERT INTO ledger_transactions (id, tenant_id, idempotency_key, kind, effective_date, reverses_transaction_id, reverses_key, remittance_id, claim_id, memo, source)
     SELECT u.id::uuid, $1::uuid, u.key, u.kind, u.effective_date::date, u.reverses_id::uuid, u.reverses_key, u.remittance_id::uuid, u.claim_id::uuid, u.memo, u.source::jsonb
     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])
       AS u(id, key, kind, effective_date, reverses_id, reverses_key, remittance_id, claim_id, memo, source)
     ON CONFLICT (tenant_id, idempotency_key) DO NOTHING
     RETURNING idempotency_key`,
    [
      tenantId,
      fresh.map((t) => ids.get(t.idempotencyKey)!),
      fresh.map((t) => t.idempotencyKey),
      fresh.map((t) => t.kind),
      fresh.map((t) => t.effectiveDate),
      fresh.map((t) => idOf(t.reversesKey)),
      fresh.map((t) => t.reversesKey ?? null),
      fresh.map((t) => t.source?.remittanceId ?? null),
      fresh.map((t) => t.claimId ?? null),
      fresh.map((t) => t.memo ?? null),
      fresh.map((t) => (t.source ? JSON.stringify(t.source) : null)),
    ],
  );
  const done = new Set(inserted.map((r) => r.idempotency_key));
  const counted = new Set<string>();
  const skipped = transactions.filter((t) => {
    const first = !counted.has(t.idempotencyKey);
    counted.add(t.idempotencyKey);
    return !first || !done.has(t.idempotencyKey);
  });
  return {
    fresh: fresh.filter((t) => done.has(t.idempotencyKey)).map((t) => ({ id: ids.get(t.idempotencyKey)!, t })),
    skipped: skipped.map((t) => t.idempotencyKey),
  };
}

async function insertEntries(tx: Queryable, tenantId: string, fresh: readonly { id: string; t: LedgerTransaction }[], accounts: Map<string, string>): Promise<void> {
  const legs = fresh.flatMap(({ id, t }) => t.legs.map((leg) => ({ id, leg })));
  if (legs.length === 0) return;
  await tx.query(
    `INSERT INTO ledger_entries (tenant_id, transaction_id, account_id, amount_cents, claim_line_id, claim_id, patient_id, payer_id)
     SELECT $1::uuid, u.transaction_id::uuid, u.account_id::uuid, u.amount::bigint, u.claim_line_id::uuid, u.claim_id::uuid, u.patient_id::uuid, u.payer_id::uuid
     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
       AS u(transaction_id, account_id, amount, claim_line_id, claim_id, patient_id, payer_id)`,
    [
      tenantId,
      legs.map((l) => l.id),
      legs.map((l) => accounts.get(accountKey(l.leg.account))!),
      legs.map((l) => String(l.leg.amount)),
      legs.map((l) => l.leg.claimLineId ?? null),
      legs.map((l) => l.leg.claimId ?? null),
      legs.map((l) => l.leg.patientId ?? null),
      legs.map((l) => l.leg.payerId ?? null),
    ],
  );
}
