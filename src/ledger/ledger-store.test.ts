import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemActor, type Actor } from '../auth/index';
import { openTestDb, testEngines, type Db } from '../store/index';
import {
  chargeTransaction, claimBalances, deriveBalances, lineBalances, loadClaimsForPosting, loadClaimTransactions, patientBalances,
  AccountIds, excludeStored, openClaimBalances, patientPayment, postPrepared, prepareTransactions, postClaimCharges, payerBalances, periodTotals, planPosting, postRemittance, postTransactions, reconcile, refund, reverse, type LedgerTransaction, type StoredClaim,
} from './index';
import { DOS, officeVisitClaim, PAYER, paidClaim, payment, svc, TENANT } from './testing';
import { cents } from '../money/index';

const engines = await testEngines();
const claim = officeVisitClaim();

async function seed(db: Db, c: StoredClaim): Promise<void> {
  await db.query("INSERT INTO tenants (id, name, kind) VALUES ($1, 'Riverside Family Practice', 'practice')", [TENANT]);
  await db.query(
    `INSERT INTO payers (id, tenant_id, name, category, payer_id, claim_filing_indicator, timely_filing_days)
     VALUES ($1, $2, 'Acme Health', 'commercial', '12345', 'CI', 180)`,
    [PAYER, TENANT],
  );
  await insertClaim(db, c);
}

async function insertClaim(db: Db, c: StoredClaim): Promise<void> {
  await db.query(
    `INSERT INTO patients (id, tenant_id, account_number, last_name, first_name, birth_date, sex, address_line1, city, state, postal_code)
     VALUES ($1, $2, 'A-' || $3, 'Rivera', 'Ana', '1970-05-01', 'F', '1 Main St', 'Springfield', 'IL', '62701')`,
    [c.patientId, TENANT, c.patientControlNumber],
  );
  await db.query(
    `INSERT INTO claims (id, tenant_id, kind, patient_id, patient_control_number, payer_id, payer_sequence, frequency_code,
       payer_claim_control_number, status, total_charge_cents, statement_from, statement_to, document)
     VALUES ($1, $2, 'professional', $3, $4, $5, 'P', '1', $6, 'submitted', 30000, $7, $7, '{}')`,
    [c.id, TENANT, c.patientId, c.patientControlNumber, PAYER, c.payerClaimControlNumber, DOS],
  );
  for (const l of c.lines) {
    await db.query(
      `INSERT INTO claim_lines (id, tenant_id, claim_id, line_number, line_item_control_number, code_system, procedure_code, modifiers, units, charge_cents, service_date)
       VALUES ($1, $2, $3, $4, $5, 'CPT', $6, $7::text[], $8, $9, $10)`,
      [l.id, TENANT, c.id, l.lineNumber, l.lineItemControlNumber, l.procedureCode, `{${l.modifiers.join(',')}}`, l.units, l.charge, l.serviceDate],
    );
  }
}

function chargesFor(c: StoredClaim): LedgerTransaction[] {
  return c.lines.map((l) =>
    chargeTransaction({
      idempotencyKey: `charge:${l.id}`, effectiveDate: DOS, amount: l.charge,
      line: { claimId: c.id, claimLineId: l.id, patientId: c.patientId, payerId: PAYER },
    }),
  );
}

describe.each(engines)('ledger storage on %s', (engine) => {
  let db: Db & { dispose(): Promise<void> };
  const actor: Actor = systemActor(TENANT);
  beforeEach(async () => {
    db = await openTestDb(engine);
    await seed(db, claim);
  });
  afterEach(async () => {
    await db.dispose();
  });

  it('posts charges and an 835, and reads back the balances the pure fold computes', async () => {
    const stored = await loadClaimsForPosting(db, actor, ['pcn1001']);
    expect(stored).toEqual([claim]);
    const plan = planPosting(payment([paidClaim()]), stored);
    const all = [...chargesFor(claim), ...plan.transactions];
    const result = await postTransactions(db, actor, all);
    expect(result).toEqual({ posted: all.map((t) => t.idempotencyKey), skipped: [] });
    const expected = deriveBalances(all);
    expect(await claimBalances(db, actor, [claim.id])).toEqual([expected.byClaim.get(claim.id)]);
    expect(await lineBalances(db, actor, claim.lines.map((l) => l.id))).toEqual(expected.byLine);
    expect(await patientBalances(db, actor, [claim.patientId])).toEqual(new Map([[claim.patientId, cents(3000)]]));
    expect((await payerBalances(db, actor)).get(PAYER)).toBe(2000);
    const reloaded = await loadClaimTransactions(db, actor, [claim.id]);
    expect(reloaded).toHaveLength(all.length);
    expect(reconcile(deriveBalances(reloaded))).toEqual([]);
    expect(deriveBalances(reloaded).byClaim).toEqual(expected.byClaim);
    // one audit row for the claim's postings, naming each transaction stored
    const audit = await db.query<{ entity_id: string; patient_id: string; detail: { transactionIds: string[] } }>(
      "SELECT entity_id, patient_id, detail FROM audit_log WHERE entity = 'ledger_transaction' AND action = 'create'",
    );
    expect(audit.map((a) => [a.entity_id, a.patient_id])).toEqual([[claim.id, claim.patientId]]);
    const transactionIds = await db.query<{ id: string }>('SELECT id FROM ledger_transactions ORDER BY id');
    expect([...audit[0]!.detail.transactionIds].sort()).toEqual(transactionIds.map((r) => r.id));
  });

  it('skips and reports keys already stored: posting the same 835 twice posts it once', async () => {
    const plan = planPosting(payment([paidClaim()]), [claim]);
    await postTransactions(db, actor, chargesFor(claim));
    await postTransactions(db, actor, plan.transactions);
    const again = await postTransactions(db, actor, planPosting(payment([paidClaim()]), [claim]).transactions);
    expect(again).toEqual({ posted: [], skipped: plan.transactions.map((t) => t.idempotencyKey) });
    const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM ledger_transactions');
    expect(row!.n).toBe(3 + plan.transactions.length);
  });

  it('a posting read ahead names the accounts it creates by the ids it gave them; one created meanwhile fails it whole', async () => {
    const created = new AccountIds();
    // read ahead, as era post reads the next part on another connection: the line receivables are new
    const charges = await excludeStored(db, actor, prepareTransactions(actor, chargesFor(claim)), created);
    const next = await excludeStored(db, actor, prepareTransactions(actor, planPosting(payment([paidClaim()]), [claim]).transactions), created);
    await postPrepared(db, actor, charges);
    await postPrepared(db, actor, next);
    expect((await claimBalances(db, actor, [claim.id]))[0]).toMatchObject({ charges: 30000, payments: 18000 });
    // audited as any posting: one row per claim and posting, naming its transactions
    const audited = await db.query<{ n: number }>(
      "SELECT jsonb_array_length(detail->'transactionIds') AS n FROM audit_log WHERE entity = 'ledger_transaction' AND action = 'create' AND entity_id = $1 ORDER BY id", [claim.id],
    );
    expect(audited.map((r) => r.n)).toEqual([charges.batch.length, next.batch.length]);
    // prepared before the accounts existed, posted after another posting created them under other ids
    const other = { ...claim, id: '30000000-0000-4000-8000-0000000000c2', patientId: '40000000-0000-4000-8000-0000000000c2', patientControlNumber: 'PCNC2',
      lines: claim.lines.map((l, i) => ({ ...l, id: `50000000-0000-4000-8000-0000000000c${i}`, lineItemControlNumber: `PCNC2-${i + 1}` })) };
    await insertClaim(db, other);
    const stale = await excludeStored(db, actor, prepareTransactions(actor, chargesFor(other)), new AccountIds());
    await postTransactions(db, actor, chargesFor(other).slice(0, 1).map((t) => ({ ...t, idempotencyKey: `${t.idempotencyKey}:first` })));
    await expect(postPrepared(db, actor, stale)).rejects.toMatchObject({ code: 'ledger.account_race' });
    const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM ledger_transactions WHERE claim_id = $1', [other.id]);
    expect(row!.n).toBe(1);
  });

  it('stores a reversal with a link to what it reverses, from the postings it reads back', async () => {
    await postTransactions(db, actor, [...chargesFor(claim), ...planPosting(payment([paidClaim()]), [claim]).transactions]);
    const reversal = paidClaim({
      claimStatusCode: '22', paidAmount: cents(-18000), patientResponsibility: cents(-3000),
      serviceLines: paidClaim().serviceLines.map((s) => ({ ...s, charge: cents(0 - s.charge), paid: cents(0 - s.paid), adjustments: s.adjustments.map((a) => ({ ...a, amount: cents(0 - a.amount) })) })),
    });
    const prior = await loadClaimTransactions(db, actor, [claim.id]);
    const plan = planPosting(payment([reversal], { traceNumber: 'EFT0099' }), [claim], { priorTransactions: prior });
    expect(plan.warnings).toEqual([]);
    // as era post writes it: read ahead (on a server, streamed with COPY, the reversed ids looked up beforehand)
    await postPrepared(db, actor, await excludeStored(db, actor, prepareTransactions(actor, plan.transactions), new AccountIds()));
    const links = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ledger_transactions r JOIN ledger_transactions o ON o.id = r.reverses_transaction_id WHERE r.kind = 'reversal' AND o.idempotency_key = r.reverses_key`,
    );
    expect(links[0]!.n).toBe(plan.transactions.length);
    expect(await claimBalances(db, actor, [claim.id])).toEqual([expect.objectContaining({ balance: 30000, payments: 0, adjustments: 0 })]);
  });

  it('refuses a reader without ledger rights and a coder posting', async () => {
    const coder: Actor = { tenantId: TENANT, userId: null, role: 'coder' };
    await expect(postTransactions(db, coder, chargesFor(claim))).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(claimBalances(db, coder, [claim.id])).rejects.toMatchObject({ code: 'auth.forbidden' });
  });

  it('does not see another tenant’s claims, nor post to them', async () => {
    const other = '10000000-0000-4000-8000-000000000009';
    await db.query("INSERT INTO tenants (id, name, kind) VALUES ($1, 'Elsewhere Clinic', 'practice')", [other]);
    expect(await loadClaimsForPosting(db, systemActor(other), ['PCN1001'])).toEqual([]);
    await expect(postTransactions(db, systemActor(other), chargesFor(claim))).rejects.toMatchObject({ code: 'ledger.cross_tenant' });
    const readAhead = await excludeStored(db, systemActor(other), prepareTransactions(systemActor(other), chargesFor(claim)), new AccountIds());
    await expect(db.transaction((tx) => postPrepared(tx, systemActor(other), readAhead))).rejects.toMatchObject({ code: 'ledger.cross_tenant' });
    const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM ledger_transactions');
    expect(row!.n).toBe(0);
  });

  it('the database itself refuses an entry naming another practice’s claim, and deleting what the ledger names', async () => {
    await postTransactions(db, actor, chargesFor(claim));
    const other = '10000000-0000-4000-8000-000000000009';
    await db.query("INSERT INTO tenants (id, name, kind) VALUES ($1, 'Elsewhere Clinic', 'practice')", [other]);
    const [account] = await db.query<{ id: string }>("INSERT INTO ledger_accounts (id, tenant_id, kind, name) VALUES (gen_random_uuid(), $1, 'cash', 'Cash') RETURNING id", [other]);
    const [revenue] = await db.query<{ id: string }>("INSERT INTO ledger_accounts (id, tenant_id, kind, name) VALUES (gen_random_uuid(), $1, 'revenue', 'Revenue') RETURNING id", [other]);
    const post = (claimId: string, transactionClaimId: string | null) => db.transaction(async (tx) => {
      const [t] = await tx.query<{ id: string }>(
        "INSERT INTO ledger_transactions (id, tenant_id, idempotency_key, kind, effective_date, claim_id) VALUES (gen_random_uuid(), $1, 'k1', 'charge', '2023-01-01', $2) RETURNING id",
        [other, transactionClaimId],
      );
      await tx.query(
        'INSERT INTO ledger_entries (tenant_id, transaction_id, account_id, amount_cents, claim_id) VALUES ($1, $2, $3, 100, $5), ($1, $2, $4, -100, $5)',
        [other, t!.id, account!.id, revenue!.id, claimId],
      );
    });
    await expect(post(claim.id, claim.id)).rejects.toThrow(`ledger transaction refers to claim ${claim.id} that is not in its practice`);
    // an entry for a claim its transaction is not for is refused too: a claim's entries are read through its transactions
    await expect(post(claim.id, null)).rejects.toThrow(new RegExp(`ledger entry refers to transaction \\S+ for claim ${claim.id} that is not in its practice`));
    await expect(db.query('DELETE FROM claim_lines WHERE id = $1', [claim.lines[0]!.id])).rejects.toThrow(/has ledger postings and cannot be deleted/);
    await expect(db.query('DELETE FROM ledger_accounts WHERE tenant_id = $1', [TENANT])).rejects.toThrow(/has ledger postings and cannot be deleted/);
  });

  it.runIf(engine === 'postgres')('two concurrent posts of the same transactions post once', async () => {
    const all = [...chargesFor(claim), ...planPosting(payment([paidClaim()]), [claim]).transactions];
    const [a, b] = await Promise.all([postTransactions(db, actor, all), postTransactions(db, actor, all)]);
    expect([a.posted.length + b.posted.length, a.skipped.length + b.skipped.length]).toEqual([all.length, all.length]);
    const [row] = await db.query<{ n: number; total: number }>('SELECT count(*)::int AS n, coalesce(sum(abs(amount_cents)), 0)::bigint AS total FROM ledger_entries');
    expect(row!.n).toBe(all.reduce((n, t) => n + t.legs.length, 0));
    expect(await claimBalances(db, actor, [claim.id])).toEqual([deriveBalances(all).byClaim.get(claim.id)]);
  });

  it('posts a remittance end to end from what is stored, once, and a later reversal from the stored history', async () => {
    await postTransactions(db, actor, chargesFor(claim));
    const first = await postRemittance(db, actor, payment([paidClaim()]));
    expect(first.posted).toHaveLength(5);
    expect((await postRemittance(db, actor, payment([paidClaim()]))).posted).toEqual([]);
    const reversal = paidClaim({
      claimStatusCode: '22', paidAmount: cents(-18000), patientResponsibility: cents(-3000),
      serviceLines: paidClaim().serviceLines.map((s) => ({ ...s, charge: cents(0 - s.charge), paid: cents(0 - s.paid), adjustments: s.adjustments.map((a) => ({ ...a, amount: cents(0 - a.amount) })) })),
    });
    const later = await postRemittance(db, actor, payment([reversal], { traceNumber: 'EFT0099' }));
    expect(later.plan.warnings).toEqual([]);
    expect(later.posted).toHaveLength(5);
    expect(await claimBalances(db, actor, [claim.id])).toEqual([expect.objectContaining({ balance: 30000, payments: 0, patientBalance: 0 })]);
    await expect(postRemittance(db, actor, { ...payment([]), tenantId: '10000000-0000-4000-8000-000000000009' })).rejects.toMatchObject({ code: 'ledger.tenant_mismatch' });
  });

  it.runIf(engine === 'postgres')('two concurrent postings of the same 835 post it once', async () => {
    await postTransactions(db, actor, chargesFor(claim));
    const results = await Promise.all([postRemittance(db, actor, payment([paidClaim()])), postRemittance(db, actor, payment([paidClaim()]))]);
    expect(results.map((r) => r.posted.length).sort()).toEqual([0, 5]);
  });

  it('feeds the reports: open claims for aging and period totals with reversals netted', async () => {
    await db.query("UPDATE claims SET submitted_at = '2024-03-20T15:00:00Z' WHERE id = $1", [claim.id]);
    await db.query(
      `INSERT INTO claim_status_history (tenant_id, claim_id, from_status, to_status, source, at) VALUES
       ($1, $2, 'ready', 'submitted', 'test', '2024-02-14T15:00:00Z'), ($1, $2, 'rejected', 'submitted', 'test', '2024-03-20T15:00:00Z')`,
      [TENANT, claim.id],
    );
    const plan = planPosting(payment([paidClaim()]), [claim]);
    const pay = patientPayment({ idempotencyKey: 'pp1', effectiveDate: DOS, patientId: claim.patientId, claimId: claim.id, amount: cents(1000) });
    const back = refund({ idempotencyKey: 'rf1', effectiveDate: DOS, to: 'patient', patientId: claim.patientId, claimId: claim.id, amount: cents(200) });
    const firstPayment = plan.transactions[0]!;
    await postTransactions(db, actor, [...chargesFor(claim), ...plan.transactions, pay, back, reverse(firstPayment, { idempotencyKey: 'rev1', effectiveDate: DOS })]);
    expect(await openClaimBalances(db, actor)).toEqual([{
      claimId: claim.id, payerId: PAYER, patientId: claim.patientId, serviceDate: DOS, firstSubmittedOn: '2024-02-14', payerBalance: 2000 + 12000, patientBalance: 3000 - 1000 + 200,
    }]);
    expect(await periodTotals(db, actor, DOS, payment([]).paymentDate)).toEqual({
      charges: 30000, payments: 18000 - 12000 + 1000, refunds: 200, contractualAdjustments: 7000, writeOffs: 0,
    });
  });

  it('reposting an 835 after its claim was entered releases the unapplied cash instead of counting it twice', async () => {
    const late = officeVisitClaim({
      id: '30000000-0000-4000-8000-0000000000f2', patientId: '40000000-0000-4000-8000-0000000000f2', patientControlNumber: 'PCN2002', payerClaimControlNumber: 'ICN-2002',
      lines: claim.lines.map((l, i) => ({ ...l, id: `50000000-0000-4000-8000-0000000000f${i}`, lineItemControlNumber: `PCN2002-${i + 1}` })),
    });
    const clp = paidClaim({ patientControlNumber: 'PCN2002', payerClaimControlNumber: 'ICN-2002', serviceLines: paidClaim().serviceLines.map((s, i) => ({ ...s, lineItemControlNumber: `PCN2002-${i + 1}` })) });
    const p = payment([clp], { traceNumber: 'EFT_50%' });
    const first = await postRemittance(db, actor, p);
    expect(first.plan.unapplied).toHaveLength(1);
    await insertClaim(db, late);
    await postTransactions(db, actor, chargesFor(late));
    const second = await postRemittance(db, actor, p);
    expect(second.plan.warnings.map((w) => w.code)).toEqual(['unapplied_released']);
    const [cash] = await db.query<{ total: number }>(
      "SELECT sum(e.amount_cents)::bigint AS total FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id WHERE a.kind = 'cash'",
    );
    expect(cash!.total).toBe(18000);
    expect((await payerBalances(db, actor)).get(PAYER)).toBe(2000);
    expect((await postRemittance(db, actor, p)).posted).toEqual([]);
  });

  it('charges stored claims once per line, and never a secondary or replacement claim', async () => {
    const secondary = officeVisitClaim({
      id: '30000000-0000-4000-8000-0000000000e2', patientId: '40000000-0000-4000-8000-0000000000e2', patientControlNumber: 'PCN3003',
      lines: claim.lines.map((l, i) => ({ ...l, id: `50000000-0000-4000-8000-0000000000e${i}`, lineItemControlNumber: `PCN3003-${i + 1}` })),
    });
    await insertClaim(db, secondary);
    await db.query("UPDATE claims SET payer_sequence = 'S' WHERE id = $1", [secondary.id]);
    const first = await postClaimCharges(db, actor, [claim.id, secondary.id]);
    expect(first).toEqual({ posted: claim.lines.map((l) => `charge:${l.id}`), skipped: [], ignoredClaims: [secondary.id] });
    expect((await postClaimCharges(db, actor, [claim.id])).posted).toEqual([]);
    expect(await claimBalances(db, actor, [claim.id])).toEqual([expect.objectContaining({ charges: 30000, balance: 30000 })]);
  });

  it('keeps a plan with a service line that matches nothing in unapplied cash per payer', async () => {
    const plan = planPosting(payment([paidClaim({ serviceLines: [svc('71046', [], 9900, 5000)], patientResponsibility: undefined, paidAmount: cents(5000) })]), [claim]);
    await postTransactions(db, actor, plan.transactions);
    const rows = await db.query<{ kind: string; balance: number }>(
      `SELECT a.kind, sum(e.amount_cents)::bigint AS balance FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id WHERE a.reference_id = $1 GROUP BY a.kind`,
      [PAYER],
    );
    expect(rows).toEqual([{ kind: 'unapplied', balance: -5000 }]);
  });
});
