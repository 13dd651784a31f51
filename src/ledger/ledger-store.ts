// Storage adapter: posts checked transactions into ledger_* in one database transaction. Idempotent by
// (tenant, idempotency key): a key already stored is skipped and reported, never posted twice, also
// when two posts of the same 835 race (a per-tenant advisory lock serialises posting; the unique key is
// the backstop). Accounts are created on first use, unique per tenant, kind and reference.
import { authorize, type Actor } from '../auth/index';
import { AppError } from '../errors/index';
import {
  insertPrepared, insertRows, prepareAudit, prepareRows, recordAudit, recordPreparedAudit, rowsParam, rowsTable, timeOrderedUuid, type AuditEvent, type PreparedRows, type Queryable,
} from '../store/index';
import { accountKey, type AccountKind, type AccountRef } from './accounts';
import { checkTransaction, type LedgerTransaction, type PostingSource } from './transaction';

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
  return postPrepared(tx, actor, prepareTransactions(actor, transactions));
}

/**
 * The ids of the ledger accounts one posting creates, by accountKey. A posting written in parts on one
 * connection and read ahead on another needs them: the reading connection cannot see the accounts that
 * earlier parts created and have not committed. (Stored accounts it reads again: they need no memory.)
 */
export class AccountIds {
  private readonly created = new Map<string, string>();

  get(key: string): string | undefined {
    return this.created.get(key);
  }

  set(key: string, id: string): void {
    this.created.set(key, id);
  }
}

/**
 * Checked transactions made ready to store, before the database is touched, so that a caller posting in
 * parts can make the next part ready while this one is written.
 */
export interface PreparedPosting {
  transactions: readonly LedgerTransaction[];
  /** Each key once, with the id it gets if stored now. */
  batch: readonly { id: string; t: LedgerTransaction }[];
  /** The accounts the batch's legs name, each once. */
  accounts: readonly AccountRef[];
  /** The accountKey of every leg of the batch, in order. */
  legAccounts: readonly string[];
  /** Set by resolveAccounts: every account named has its id. */
  resolved?: ResolvedAccounts;
  /** Set by excludeStored: no key of the batch is stored, so writing it needs no check per row. */
  absentChecked?: boolean;
  /**
   * Set by excludeStored for a batch checked whole: its transaction, entry and audit rows made ready
   * (prepareRows: COPY on a server), so that writing is only statements, back to back.
   */
  ready?: { transactions: PreparedRows; entries: PreparedRows; audit: PreparedRows };
}

interface ResolvedAccounts {
  /** Every account the batch names, by accountKey. */
  ids: ReadonlyMap<string, string>;
  /** The accounts to create with the ids they get (accountRows), '[]' when none. */
  create: string;
  created: number;
}

export function prepareTransactions(actor: Actor, transactions: readonly LedgerTransaction[]): PreparedPosting {
  authorize(actor, 'ledger.post');
  transactions.forEach(checkTransaction);
  const seen = new Set<string>();
  const batch = transactions.filter((t) => !seen.has(t.idempotencyKey) && seen.add(t.idempotencyKey)).map((t) => ({ id: timeOrderedUuid(), t }));
  return { transactions, batch, ...accountsOf(batch) };
}

function accountsOf(batch: readonly { t: LedgerTransaction }[]): Pick<PreparedPosting, 'accounts' | 'legAccounts'> {
  const accounts = new Map<string, AccountRef>();
  const legAccounts: string[] = [];
  for (const { t } of batch) {
    for (const leg of t.legs) {
      const key = accountKey(leg.account);
      legAccounts.push(key);
      accounts.set(key, leg.account);
    }
  }
  return { accounts: [...accounts.values()], legAccounts };
}

/**
 * The batch's transaction rows (TRANSACTION_COLUMNS): a reversal names the transaction it reverses by id
 * when the batch holds it or `storedIds` (by key) knows it; the JSON insert looks the stored one up itself.
 */
function transactionRows(tenantId: string, batch: PreparedPosting['batch'], storedIds: ReadonlyMap<string, string> = new Map()): unknown[][] {
  const ids = batch.some(({ t }) => t.reversesKey) ? new Map(batch.map(({ id, t }) => [t.idempotencyKey, id])) : new Map<string, string>();
  return batch.map(({ id, t }) => [
    id, tenantId, t.idempotencyKey, t.kind, t.effectiveDate, t.reversesKey ? ids.get(t.reversesKey) ?? storedIds.get(t.reversesKey) : null, t.reversesKey, t.claimId, t.memo,
    ...sourceColumns(t.source),
  ]);
}

/**
 * A source the stored remittance (and claim payment) holds is stored as a reference to them, with only
 * the CAS group and reason of its own (migration 0070): remittance_id, remittance_claim_id,
 * adjustment_group, adjustment_reason, source. Any other source is stored whole.
 */
function sourceColumns(s: PostingSource | undefined): unknown[] {
  if (!s) return [null, null, null, null, null];
  const clpFields = s.patientControlNumber !== undefined || s.payerClaimControlNumber !== undefined || s.claimStatusCode !== undefined;
  if (!s.remittanceId || (clpFields && !s.remittanceClaimId)) return [s.remittanceId, null, null, null, s];
  return [s.remittanceId, s.remittanceClaimId, s.adjustment?.group, s.adjustment?.reason, null];
}

/**
 * Leaves out of a prepared batch the transactions stored already, and resolves its accounts, read on `q`:
 * any connection will do while the tenant's ledger lock is held (no other posting can add keys or
 * accounts), so a caller posting in parts reads this for the next part while it writes the current one,
 * and the writing needs no check per row. What earlier parts of the same posting wrote is not visible to
 * another connection: the accounts they create come from `created`, shared by the parts, and their keys
 * are checked again when written when `keysMayBeWrittenMeanwhile` (a claim's charges, when the claim
 * comes back in a later part). Keys under `noneStoredUnder`, a prefix known to have none stored
 * (anyStoredUnder), are not looked up. A batch checked whole also has its rows (and audit rows) made ready
 * here, so that postPrepared only writes them.
 */
export async function excludeStored(
  q: Queryable, actor: Actor, p: PreparedPosting, created: AccountIds, options: { keysMayBeWrittenMeanwhile?: boolean; noneStoredUnder?: string } = {},
): Promise<PreparedPosting> {
  const absentChecked = !options.keysMayBeWrittenMeanwhile;
  if (p.batch.length === 0) return { ...p, absentChecked };
  const under = options.noneStoredUnder;
  const keys = p.batch.map(({ t }) => t.idempotencyKey).filter((k) => under === undefined || !k.startsWith(under));
  const stored = new Set((await storedTransactionIds(q, actor.tenantId, keys)).map((r) => r.idempotency_key));
  const batch = stored.size === 0 ? p.batch : p.batch.filter(({ t }) => !stored.has(t.idempotencyKey));
  const kept = batch.length === p.batch.length ? p : { ...p, batch, ...accountsOf(batch) };
  const resolved = await resolveAccounts(q, actor.tenantId, kept, created);
  if (!absentChecked) return { ...kept, resolved, absentChecked };
  return { ...kept, resolved, absentChecked, ready: await readyRows(q, actor, kept, resolved.ids) };
}

/** The batch's rows ready to write; the transactions it reverses that are stored already are looked up here, by key. */
async function readyRows(
  q: Queryable, actor: Actor, { batch, legAccounts }: PreparedPosting, accounts: ReadonlyMap<string, string>,
): Promise<PreparedPosting['ready']> {
  const { tenantId } = actor;
  const reverses = batch.filter(({ t }) => t.reversesKey);
  const inBatch = new Set(reverses.length ? batch.map(({ t }) => t.idempotencyKey) : []);
  const reversed = reverses.flatMap(({ t }) => (inBatch.has(t.reversesKey!) ? [] : [t.reversesKey!]));
  const storedIds = new Map((await storedTransactionIds(q, tenantId, reversed)).map((r) => [r.idempotency_key, r.id]));
  return {
    transactions: prepareRows(q, TRANSACTION_COLUMNS, transactionRows(tenantId, batch, storedIds)),
    entries: prepareRows(q, ENTRY_COLUMNS, entryRows(tenantId, batch, legAccounts, accounts)),
    audit: prepareAudit(q, actor, auditEvents(batch)),
  };
}

/**
 * Gives every account the batch names its id: created earlier in this posting (`created`), stored (each
 * looked up by the accounts' unique index), or new (an id made here, added to `created`; postPrepared
 * creates the account). Entries then carry their account's id, and writing them needs no lookup per entry.
 */
async function resolveAccounts(q: Queryable, tenantId: string, p: PreparedPosting, created: AccountIds): Promise<ResolvedAccounts> {
  const ids = new Map<string, string>();
  for (const r of p.accounts) {
    const id = created.get(accountKey(r));
    if (id) ids.set(accountKey(r), id);
  }
  const unknown = p.accounts.filter((r) => !ids.has(accountKey(r)));
  const stored = unknown.length === 0 ? [] : await q.query<{ kind: AccountKind; reference_id: string | null; id: string | null }>(
    `SELECT u.kind, u.reference_id, (SELECT a.id FROM ledger_accounts a WHERE ${ACCOUNT_BY_NAME('a', 'u')} OFFSET 0) AS id FROM ${rowsTable(ACCOUNT_NAME_COLUMNS, 2)}`,
    [tenantId, rowsParam(ACCOUNT_NAME_COLUMNS, unknown.map((r) => [r.kind, r.referenceId]))],
  );
  for (const r of stored) if (r.id) ids.set(accountKey({ kind: r.kind, ...(r.reference_id ? { referenceId: r.reference_id } : {}) }), r.id);
  const create = unknown.filter((r) => !ids.has(accountKey(r))).map((r) => {
    const id = timeOrderedUuid();
    ids.set(accountKey(r), id);
    created.set(accountKey(r), id);
    return { id, r };
  });
  return { ids, create: accountRows(create), created: create.length };
}

function accountRows(accounts: readonly { id: string; r: AccountRef }[]): string {
  return rowsParam(ACCOUNT_COLUMNS, accounts.map(({ id, r }) => [id, r.kind, r.referenceType, r.referenceId, accountName(r)]));
}

/** The batch's entry rows (ENTRY_COLUMNS); `legAccounts` is the batch's (accountsOf). */
function entryRows(tenantId: string, batch: PreparedPosting['batch'], legAccounts: readonly string[], accounts: ReadonlyMap<string, string>): unknown[][] {
  const rows: unknown[][] = [];
  for (const { id, t } of batch) {
    for (const leg of t.legs) {
      rows.push([tenantId, id, accounts.get(legAccounts[rows.length]!), leg.amount, leg.claimLineId, leg.claimId, leg.patientId, leg.payerId]);
    }
  }
  return rows;
}

/** Stores a prepared batch: the accounts it lacks, the transactions not stored yet, their entries and the audit rows. */
export async function postPrepared(tx: Queryable, actor: Actor, p: PreparedPosting): Promise<PostResult> {
  authorize(actor, 'ledger.post');
  if (p.batch.length === 0) return { posted: [], skipped: p.transactions.map((t) => t.idempotencyKey) };
  // on the writing connection itself every account is visible: nothing need be remembered across calls
  const resolved = p.resolved ?? await resolveAccounts(tx, actor.tenantId, p, new AccountIds());
  if (resolved.created > 0) await insertAccounts(tx, actor.tenantId, resolved.create, resolved.created);
  let fresh = p.batch;
  if (p.ready) {
    await insertPrepared(tx, 'ledger_transactions', TRANSACTION_COLUMNS, p.ready.transactions).catch(refusedByDatabase);
    await insertPrepared(tx, 'ledger_entries', ENTRY_COLUMNS, p.ready.entries).catch(refusedByDatabase);
    await recordPreparedAudit(tx, p.ready.audit);
  } else {
    fresh = await insertTransactions(tx, actor.tenantId, p).catch(refusedByDatabase);
    const legAccounts = fresh.length === p.batch.length ? p.legAccounts : accountsOf(fresh).legAccounts;
    await insertRows(tx, 'ledger_entries', ENTRY_COLUMNS, entryRows(actor.tenantId, fresh, legAccounts, resolved.ids)).catch(refusedByDatabase);
    await recordAudit(tx, actor, auditEvents(fresh));
  }
  const posted = fresh.map((f) => f.t.idempotencyKey);
  // the usual case: every transaction given was stored now, once
  if (fresh.length === p.transactions.length) return { posted, skipped: [] };
  const freshKeys = new Set(posted);
  const counted = new Set<string>();
  const skipped = p.transactions.filter((t) => {
    const first = !counted.has(t.idempotencyKey);
    counted.add(t.idempotencyKey);
    return !first || !freshKeys.has(t.idempotencyKey);
  });
  return { posted, skipped: skipped.map((t) => t.idempotencyKey) };
}

/**
 * The ledger tables check every reference per statement, including that it is the row's own practice
 * (migration 0050): a posting naming another practice's claim, line, patient or payer is refused there.
 */
function refusedByDatabase(e: unknown): never {
  const message = e instanceof Error ? e.message : String(e);
  const other = /refers to (.+) that is not in its practice/.exec(message);
  if (other) throw new AppError('forbidden', 'ledger.cross_tenant', `refused: the postings name ${other[1]}, which does not belong to this practice`);
  throw e;
}

function firstPatient(t: LedgerTransaction): string | undefined {
  return t.legs.find((l) => l.patientId)?.patientId;
}

/**
 * One audit row per claim (or per patient, or for the payer's own accounts) and posting, naming every
 * transaction posted: an 835 of 100,000 claims writes 100,000 rows, not one per ledger transaction.
 */
function auditEvents(fresh: readonly { id: string; t: LedgerTransaction }[]): AuditEvent[] {
  const groups = new Map<string, { claimId?: string; patientId?: string; ids: string[]; kinds: Record<string, number> }>();
  for (const { id, t } of fresh) {
    const patientId = firstPatient(t);
    const group = `${t.claimId ?? ''}|${patientId ?? ''}`;
    let g = groups.get(group);
    if (!g) groups.set(group, (g = { ...(t.claimId ? { claimId: t.claimId } : {}), ...(patientId ? { patientId } : {}), ids: [], kinds: {} }));
    g.ids.push(id);
    g.kinds[t.kind] = (g.kinds[t.kind] ?? 0) + 1;
  }
  return [...groups.values()].map((g) => ({
    action: 'create' as const,
    entity: 'ledger_transaction',
    ...(g.claimId ? { entityId: g.claimId } : {}),
    ...(g.patientId ? { patientId: g.patientId } : {}),
    detail: { claimId: g.claimId ?? null, kinds: g.kinds, transactionIds: g.ids },
  }));
}

const ACCOUNT_COLUMNS = [['id', 'uuid'], ['kind', 'text'], ['reference_type', 'text'], ['reference_id', 'uuid'], ['name', 'text']] as const;
const ACCOUNT_NAME_COLUMNS = [['kind', 'text'], ['reference_id', 'uuid']] as const;
// An account is named by its tenant, kind and reference; the unique index is on this very expression.
const ACCOUNT_BY_NAME = (a: string, u: string) =>
  `${a}.tenant_id = $1 AND ${a}.kind = ${u}.kind AND coalesce(${a}.reference_id, '00000000-0000-0000-0000-000000000000'::uuid) = coalesce(${u}.reference_id, '00000000-0000-0000-0000-000000000000'::uuid)`;

/**
 * Creates the accounts resolveAccounts found missing (a tenant has one receivable account per claim line
 * ever billed). Its entries already carry the ids given here: an account created meanwhile under another
 * id (which the ledger lock rules out) would make them wrong, so it fails the posting instead.
 */
async function insertAccounts(tx: Queryable, tenantId: string, accounts: string, count: number): Promise<void> {
  const [{ n } = { n: 0 }] = await tx.query<{ n: number }>(
    `WITH created AS (
       INSERT INTO ledger_accounts (id, tenant_id, kind, reference_type, reference_id, name)
       SELECT u.id, $1::uuid, u.kind, u.reference_type, u.reference_id, u.name FROM ${rowsTable(ACCOUNT_COLUMNS, 2)}
       WHERE NOT EXISTS (SELECT 1 FROM ledger_accounts a WHERE ${ACCOUNT_BY_NAME('a', 'u')} OFFSET 0)
       RETURNING 1)
     SELECT count(*)::int AS n FROM created`,
    [tenantId, accounts],
  );
  if (n !== count) throw new AppError('conflict', 'ledger.account_race', `${count - n} of ${count} ledger accounts were created by another posting meanwhile; nothing was posted, post again`);
}

function accountName(r: AccountRef): string {
  const label = r.kind.replaceAll('_', ' ');
  return r.referenceId ? `${label} (${r.referenceType ?? 'ref'} ${r.referenceId})` : label;
}

/**
 * The ids of the stored transactions among these keys, each looked up by the unique key index (OFFSET 0
 * keeps it a lookup per key: a join could read a ledger of millions of rows for a few thousand keys).
 */
export async function storedTransactionIds(q: Queryable, tenantId: string, keys: readonly string[]): Promise<{ id: string; idempotency_key: string }[]> {
  if (keys.length === 0) return [];
  return q.query<{ id: string; idempotency_key: string }>(
    `SELECT s.id, s.idempotency_key FROM (
       SELECT k.key AS idempotency_key, (SELECT t.id FROM ledger_transactions t WHERE t.tenant_id = $1 AND t.idempotency_key = k.key OFFSET 0) AS id
       FROM jsonb_array_elements_text($2::jsonb) AS k(key)) s
     WHERE s.id IS NOT NULL`,
    [tenantId, JSON.stringify(keys)],
  );
}

/**
 * Whether any transaction is stored with a key starting with `prefix`: one probe of the key index. Keys
 * compare byte by byte (migration 0090), so the keys with a prefix are one range of the index, and the
 * first key at or after the prefix has it if any key does.
 */
export async function anyStoredUnder(q: Queryable, tenantId: string, prefix: string): Promise<boolean> {
  const [first] = await q.query<{ idempotency_key: string }>(
    'SELECT idempotency_key FROM ledger_transactions WHERE tenant_id = $1 AND idempotency_key >= $2 ORDER BY idempotency_key LIMIT 1',
    [tenantId, prefix],
  );
  return first?.idempotency_key.startsWith(prefix) ?? false;
}

const TRANSACTION_COLUMNS = [
  ['id', 'uuid'], ['tenant_id', 'uuid'], ['idempotency_key', 'text'], ['kind', 'text'], ['effective_date', 'date'], ['reverses_transaction_id', 'uuid'], ['reverses_key', 'text'],
  ['claim_id', 'uuid'], ['memo', 'text'], ['remittance_id', 'uuid'], ['remittance_claim_id', 'uuid'], ['adjustment_group', 'text'], ['adjustment_reason', 'text'], ['source', 'jsonb'],
] as const;

const ENTRY_COLUMNS = [
  ['tenant_id', 'uuid'], ['transaction_id', 'uuid'], ['account_id', 'uuid'], ['amount_cents', 'bigint'],
  ['claim_line_id', 'uuid'], ['claim_id', 'uuid'], ['patient_id', 'uuid'], ['payer_id', 'uuid'],
] as const;

/**
 * One statement stores the keys not stored yet (each looked up by the unique key index; OFFSET 0 keeps it
 * a lookup) and says which. Under the tenant's ledger lock no other posting can add a key meanwhile, so
 * no ON CONFLICT (a costly speculative insert per row); the unique index stays the backstop. A reversal
 * points at the stored transaction of its key, else at the one this batch adds.
 */
async function insertTransactions(tx: Queryable, tenantId: string, p: PreparedPosting): Promise<{ id: string; t: LedgerTransaction }[]> {
  const names = TRANSACTION_COLUMNS.map(([n]) => n);
  const inserted = await tx.query<{ idempotency_key: string }>(
    `INSERT INTO ledger_transactions (${names.join(', ')})
     SELECT ${names.map((n) => (n === 'reverses_transaction_id'
      ? `CASE WHEN u.reverses_key IS NOT NULL
           THEN coalesce((SELECT o.id FROM ledger_transactions o WHERE o.tenant_id = $1 AND o.idempotency_key = u.reverses_key OFFSET 0), u.reverses_transaction_id) END`
      : `u.${n}`)).join(', ')}
     FROM ${rowsTable(TRANSACTION_COLUMNS, 2)}
     ${p.absentChecked ? '' : 'WHERE NOT EXISTS (SELECT 1 FROM ledger_transactions x WHERE x.tenant_id = $1 AND x.idempotency_key = u.idempotency_key OFFSET 0)\n     RETURNING idempotency_key'}`,
    [tenantId, rowsParam(TRANSACTION_COLUMNS, transactionRows(tenantId, p.batch))],
  );
  // Checked absent beforehand: every row is inserted (or the statement fails), so nothing need come back.
  if (p.absentChecked || inserted.length === p.batch.length) return [...p.batch];
  const fresh = new Set(inserted.map((r) => r.idempotency_key));
  return p.batch.filter(({ t }) => fresh.has(t.idempotencyKey));
}
