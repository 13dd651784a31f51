import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemActor } from '../auth/index';
import { calendarDate } from '../dates/index';
import type { AppError } from '../errors/index';
import { claimBalances, loadClaimTransactions, patientBalances } from '../ledger/index';
import { openTestDb, testEngines, type Db } from '../store/index';
import { listDenialWorkItems } from '../denials/index';
import { postEraFile } from './post-era';
import { arReport, denialsReport, kpiReport } from './reports';

const engines = await testEngines();
const TENANT = '10000000-0000-4000-8000-000000000001';
const PAYER = '20000000-0000-4000-8000-000000000001';
const actor = systemActor(TENANT);
const FILE = readFileSync(new URL('./fixtures/two-payments.835', import.meta.url));
const RECEIVED = calendarDate('2024-03-06');

interface SeedClaim { id: string; patientId: string; pcn: string; icn: string; lines: [code: string, modifiers: string[], charge: number][] }
const VISIT: SeedClaim = {
  id: '30000000-0000-4000-8000-000000000001', patientId: '40000000-0000-4000-8000-000000000001', pcn: 'PCN1001', icn: 'ICN-77001',
  lines: [['99214', ['25'], 20000], ['93000', [], 8000], ['36415', [], 2000]],
};
const DENIED: SeedClaim = {
  id: '30000000-0000-4000-8000-000000000002', patientId: '40000000-0000-4000-8000-000000000002', pcn: 'PCN2002', icn: 'ICN-88002',
  lines: [['99213', [], 15000]],
};

async function seed(db: Db): Promise<void> {
  await db.query("INSERT INTO tenants (id, name, kind) VALUES ($1, 'Riverside Family Practice', 'practice')", [TENANT]);
  await db.query(
    `INSERT INTO payers (id, tenant_id, name, category, payer_id, claim_filing_indicator, timely_filing_days, appeal_days)
     VALUES ($1, $2, 'Acme Health', 'commercial', '12345', 'CI', 180, 120)`,
    [PAYER, TENANT],
  );
  for (const c of [VISIT, DENIED]) await seedClaim(db, c);
}

async function seedClaim(db: Db, c: SeedClaim): Promise<void> {
  await db.query(
    `INSERT INTO patients (id, tenant_id, account_number, last_name, first_name, birth_date, sex, address_line1, city, state, postal_code)
     VALUES ($1, $2, 'A-' || $3, 'Rivera', 'Ana', '1970-05-01', 'F', '1 Main St', 'Springfield', 'IL', '62701')`,
    [c.patientId, TENANT, c.pcn],
  );
  const total = c.lines.reduce((a, l) => a + l[2], 0);
  await db.query(
    `INSERT INTO claims (id, tenant_id, kind, patient_id, patient_control_number, payer_id, payer_sequence, frequency_code,
       payer_claim_control_number, status, total_charge_cents, statement_from, statement_to, document)
     VALUES ($1, $2, 'professional', $3, $4, $5, 'P', '1', $6, 'submitted', $7, '2024-02-12', '2024-02-12', '{}')`,
    [c.id, TENANT, c.patientId, c.pcn, PAYER, c.icn, total],
  );
  for (const [i, [code, modifiers, charge]] of c.lines.entries()) {
    await db.query(
      `INSERT INTO claim_lines (id, tenant_id, claim_id, line_number, line_item_control_number, code_system, procedure_code, modifiers, units, charge_cents, service_date)
       VALUES ($1, $2, $3, $4, $5, 'CPT', $6, $7::text[], 1, $8, '2024-02-12')`,
      [`${c.id.slice(0, 24)}${(i + 1).toString(16).padStart(4, '0')}${c.id.slice(28)}`, TENANT, c.id, i + 1, `${c.pcn}-${i + 1}`, code, `{${modifiers.join(',')}}`, charge],
    );
  }
}

async function counts(db: Db): Promise<Record<string, number>> {
  const [row] = await db.query<{ tx: number; rem: number; rc: number; wi: number }>(
    `SELECT (SELECT count(*)::int FROM ledger_transactions) AS tx, (SELECT count(*)::int FROM remittances) AS rem,
            (SELECT count(*)::int FROM remittance_claims) AS rc, (SELECT count(*)::int FROM work_items) AS wi`,
  );
  return { ...row! };
}

describe.each(engines)('era post on %s', (engine) => {
  let db: Db & { dispose(): Promise<void> };
  beforeEach(async () => {
    db = await openTestDb(engine);
    await seed(db);
  });
  afterEach(async () => {
    await db.dispose();
  });

  // A payment of any size posts in parts of a few thousand CLPs; parts of one CLP must post the same.
  it.each([[undefined], [1]])('posts both payments of a file: charges first, payments, patient share, claim status, denial work, unapplied cash (parts of %s CLPs)', async (partSize) => {
    const result = await postEraFile(db, actor, { fileName: 'two-payments.835', bytes: FILE, receivedOn: RECEIVED, ...(partSize ? { partSize } : {}) });
    expect(result.payments.map((p) => [p.traceNumber, p.claims, p.alreadyPosted])).toEqual([['EFT0042', 1, undefined], ['EFT0043', 2, undefined]]);
    const [visit, denied] = await claimBalances(db, actor, [VISIT.id, DENIED.id]).then((b) => [VISIT.id, DENIED.id].map((id) => b.find((x) => x.claimId === id)));
    // 300 charged − 180 paid − 70 CO-45 = 50: 30 coinsurance owed by the patient, 20 denied (CO-97) left open on the line
    expect(visit).toMatchObject({ charges: 30000, payments: 18000, balance: 5000, patientBalance: 3000, payerBalance: 2000, adjustments: 7000 });
    expect(denied).toMatchObject({ charges: 15000, payments: 0, balance: 15000 });
    expect((await patientBalances(db, actor, [VISIT.patientId])).get(VISIT.patientId)).toBe(3000);
    const statuses = await db.query<{ patient_control_number: string; status: string }>('SELECT patient_control_number, status FROM claims ORDER BY 1');
    expect(statuses).toEqual([{ patient_control_number: 'PCN1001', status: 'partially_paid' }, { patient_control_number: 'PCN2002', status: 'denied' }]);
    const [history] = await db.query<{ source: string; reason: string }>("SELECT source, reason FROM claim_status_history WHERE claim_id = $1 AND to_status = 'partially_paid'", [VISIT.id]);
    expect(history?.source).toBe('835');
    expect(history?.reason).toContain('CO-97');
    const items = await db.query<{ queue: string; root_cause: string; claim_id: string }>('SELECT queue, root_cause, claim_id FROM work_items ORDER BY claim_id');
    expect(items.map((i) => i.claim_id)).toEqual([VISIT.id, DENIED.id]);
    const unknown = await db.query<{ claim_id: string | null; unapplied_reason: string }>("SELECT claim_id, unapplied_reason FROM remittance_claims WHERE patient_control_number = 'PCN9999'");
    expect(unknown).toEqual([{ claim_id: null, unapplied_reason: 'no claim with this patient control number' }]);
    expect(result.payments[1]!.unapplied.map((u) => [u.patientControlNumber, u.amount])).toEqual([['PCN9999', 4000]]);
    const [rem] = await db.query<{ trace_number: string; payment_amount_cents: number; file_sha256: string; payment_method: string }>(
      "SELECT trace_number, payment_amount_cents, file_sha256, payment_method FROM remittances WHERE trace_number = 'EFT0042'",
    );
    expect(rem).toEqual({ trace_number: 'EFT0042', payment_amount_cents: 18000, file_sha256: result.sha256, payment_method: 'ACH' });
  });

  it('a posting names its claim payment and keeps only its own CAS: its source reads back whole', async () => {
    await postEraFile(db, actor, { fileName: 'two-payments.835', bytes: FILE, receivedOn: RECEIVED });
    const [rc] = await db.query<{ id: string; remittance_id: string }>("SELECT id, remittance_id FROM remittance_claims WHERE patient_control_number = 'PCN1001'");
    const co45 = (await loadClaimTransactions(db, actor, [VISIT.id])).find((t) => t.source?.adjustment?.reason === '45');
    expect(co45?.source).toEqual({
      payerId: PAYER, traceNumber: 'EFT0042', remittanceId: rc!.remittance_id, remittanceClaimId: rc!.id,
      patientControlNumber: 'PCN1001', payerClaimControlNumber: 'ICN-77001', claimStatusCode: '1', adjustment: { group: 'CO', reason: '45' },
    });
    const [stored] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM ledger_transactions WHERE remittance_claim_id IS NOT NULL AND source IS NULL');
    expect(stored!.n).toBeGreaterThan(0);
    // what the source is read from stays as the payer sent it
    await expect(db.query('DELETE FROM remittance_claims WHERE id = $1', [rc!.id])).rejects.toThrow(/cannot be deleted/);
    await expect(db.query("UPDATE remittance_claims SET claim_status_code = '4' WHERE id = $1", [rc!.id])).rejects.toThrow(/cannot be changed/);
    await expect(db.query("UPDATE remittances SET trace_number = 'X' WHERE id = $1", [rc!.remittance_id])).rejects.toThrow(/cannot be changed/);
  });

  it('a claim paid twice in one payment, parts apart, is charged once', async () => {
    const text = FILE.toString('latin1');
    const visit = text.slice(text.indexOf('CLP*PCN1001'), text.indexOf('SE*28*0001'));
    const denied = text.slice(text.indexOf('CLP*PCN2002'), text.indexOf('CLP*PCN9999'));
    const head = text.slice(text.indexOf('ST*835*0001'), text.indexOf('CLP*PCN1001')).replace('BPR*I*180*', 'BPR*I*360*');
    const body = `${head}${visit}${denied}${visit.replace('ICN-77001', 'ICN-77001B')}`;
    const count = body.split('~').filter((x) => x.trim()).length + 1;
    const envelope = text.slice(0, text.indexOf('ST*835*0001'));
    const file = Buffer.from(`${envelope}${body}SE*${count}*0001~\nGE*1*201~\nIEA*1*000000201~\n`, 'latin1');
    const result = await postEraFile(db, actor, { fileName: 'twice.835', bytes: file, receivedOn: RECEIVED, partSize: 1 });
    expect(result.payments[0]!.claims).toBe(3);
    const [charges] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM ledger_transactions WHERE kind = 'charge' AND claim_id = $1", [VISIT.id]);
    expect(charges!.n).toBe(VISIT.lines.length);
  });

  it('posting the same file again changes nothing and says which trace was already posted from which file', async () => {
    await postEraFile(db, actor, { fileName: 'two-payments.835', bytes: FILE, receivedOn: RECEIVED });
    const before = await counts(db);
    const again = await postEraFile(db, actor, { fileName: 'renamed.835', bytes: FILE, receivedOn: RECEIVED });
    expect(again.payments.map((p) => p.alreadyPosted?.fileName)).toEqual(['two-payments.835', 'two-payments.835']);
    expect(await counts(db)).toEqual(before);
  });

  it('a file that breaks part-way posts nothing, not even its good first payment, and says where it broke', async () => {
    const broken = Buffer.from(FILE.toString('latin1').replace('CLP*PCN2002*4*150*0*0*', 'CLP*PCN2002*4*ABC*0*0*'), 'latin1');
    const error = await postEraFile(db, actor, { fileName: 'broken.835', bytes: broken, receivedOn: RECEIVED }).then(() => undefined, (e: unknown) => e as AppError);
    expect(error).toMatchObject({ kind: 'input', code: 'era.malformed' });
    expect(error?.message).toMatch(/segment \d+ \(CLP/);
    expect(await counts(db)).toEqual({ tx: 0, rem: 0, rc: 0, wi: 0 });
  });

  it('an unbalanced file posts, with a warning naming the imbalance', async () => {
    const unbalanced = Buffer.from(FILE.toString('latin1').replace('CAS*CO*45*20~', 'CAS*CO*45*25~'), 'latin1');
    const result = await postEraFile(db, actor, { fileName: 'unbalanced.835', bytes: unbalanced, receivedOn: RECEIVED });
    expect(result.payments[0]!.postedTransactions).toBeGreaterThan(0);
    expect(result.payments[0]!.warnings.join('\n')).toMatch(/balance|add up/i);
  });

  it('two posts of the same file at the same moment post it once', async () => {
    const [a, b] = await Promise.all([
      postEraFile(db, actor, { fileName: 'first.835', bytes: FILE, receivedOn: RECEIVED }),
      postEraFile(db, actor, { fileName: 'second.835', bytes: FILE, receivedOn: RECEIVED }),
    ]);
    const posted = [a, b].filter((r) => r.payments.every((p) => !p.alreadyPosted));
    expect(posted).toHaveLength(1);
    expect([a, b].filter((r) => r.payments.every((p) => p.alreadyPosted))).toHaveLength(1);
    expect((await counts(db)).rem).toBe(2);
  });

  it('feeds the denial queues and the reports', async () => {
    await postEraFile(db, actor, { fileName: 'two-payments.835', bytes: FILE, receivedOn: RECEIVED });
    const coder = await listDenialWorkItems(db, actor, { queue: 'coder' });
    const biller = await listDenialWorkItems(db, actor, { queue: 'biller' });
    expect(coder.map((w) => [w.patientControlNumber, w.rootCause])).toEqual([['PCN1001', 'coding']]);
    expect(biller.map((w) => w.patientControlNumber)).toEqual(['PCN2002']);
    expect(biller[0]).toMatchObject({ payer: 'Acme Health', timelyFilingDays: 180, appealDays: 120 });
    const asOf = calendarDate('2024-03-31');
    const ar = await arReport(db, actor, asOf);
    // owed by the payer: PCN1001 20 denied, PCN2002 150 denied (service 2024-02-12, 48 days before); the 30 coinsurance ages under the patient
    expect(ar.total.buckets['31-60']).toBe(17000);
    expect(ar.total.total).toBe(17000);
    expect(ar.byPatient.find((r) => r.key === VISIT.patientId)?.total).toBe(3000);
    const denials = await denialsReport(db, actor);
    expect(denials.initial.byCount).toEqual({ numerator: 2, denominator: 2, rate: 1 });
    const kpi = await kpiReport(db, actor, asOf);
    // cash 220 (180 applied + 40 held unapplied) of 450 charged less 70 contractual
    expect(kpi.netCollectionRate).toEqual({ numerator: 22000, denominator: 38000, rate: 22000 / 38000 });
    expect(kpi.firstPassResolutionRate.numerator).toBe(0);
  });
});
