// Migration 0060: remittance_claims and claim_status_history are checked per statement, not by foreign
// keys, and the check is stricter: what a row names must be in the row's own practice. Migration 0070
// keeps what ledger postings read their source from (remittances, claim payments) as the payer sent it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDb, testEngines } from './testing';
import type { Db } from './db';

const engines = await testEngines();
const OURS = '10000000-0000-4000-8000-0000000000a1';
const THEIRS = '10000000-0000-4000-8000-0000000000b2';
const THEIR_CLAIM = '30000000-0000-4000-8000-0000000000b2';
const OUR_REMITTANCE = '60000000-0000-4000-8000-0000000000a1';

async function seed(db: Db): Promise<void> {
  await db.query("INSERT INTO tenants (id, name, kind) VALUES ($1, 'Ours', 'practice'), ($2, 'Theirs', 'practice')", [OURS, THEIRS]);
  await db.query(
    `INSERT INTO patients (id, tenant_id, account_number, last_name, first_name, birth_date, sex, address_line1, city, state, postal_code)
     VALUES ('40000000-0000-4000-8000-0000000000b2', $1, 'B-1', 'Rivera', 'Ana', '1970-05-01', 'F', '1 Main St', 'Springfield', 'IL', '62701')`,
    [THEIRS],
  );
  await db.query(
    `INSERT INTO claims (id, tenant_id, kind, patient_id, patient_control_number, payer_sequence, frequency_code, status, total_charge_cents, statement_from, statement_to, document)
     VALUES ($1, $2, 'professional', '40000000-0000-4000-8000-0000000000b2', 'PCN-B', 'P', '1', 'submitted', 10000, '2023-02-12', '2023-02-12', '{}')`,
    [THEIR_CLAIM, THEIRS],
  );
  await db.query(
    `INSERT INTO remittances (id, tenant_id, trace_number, payer_identifier, payment_amount_cents, file_sha256) VALUES ($1, $2, 'EFT1', '1999999999', 0, 'x')`,
    [OUR_REMITTANCE, OURS],
  );
}

const remittanceClaim = (tenant: string, remittance: string, claim: string | null) => [
  `INSERT INTO remittance_claims (id, tenant_id, remittance_id, claim_id, patient_control_number, claim_status_code, charge_cents, paid_cents, detail)
   VALUES (gen_random_uuid(), $1, $2, $3, 'PCN-B', '1', 10000, 0, '{}')`,
  [tenant, remittance, claim],
] as const;

const history = (tenant: string, claim: string) => [
  "INSERT INTO claim_status_history (tenant_id, claim_id, from_status, to_status, source) VALUES ($1, $2, 'submitted', 'paid', '835')",
  [tenant, claim],
] as const;

describe.each(engines)('rows an 835 writes, on %s', (engine) => {
  let db: Db & { dispose(): Promise<void> };
  beforeEach(async () => {
    db = await openTestDb(engine);
    await seed(db);
  });
  afterEach(async () => {
    await db.dispose();
  });

  it("a claim payment naming another practice's claim is refused", async () => {
    await expect(db.query(...remittanceClaim(OURS, OUR_REMITTANCE, THEIR_CLAIM))).rejects.toThrow(`remittance claim refers to claim ${THEIR_CLAIM} that is not in its practice`);
    await expect(db.query(...remittanceClaim(THEIRS, OUR_REMITTANCE, THEIR_CLAIM))).rejects.toThrow(`refers to remittance ${OUR_REMITTANCE}`);
    await db.query(...remittanceClaim(OURS, OUR_REMITTANCE, null));
    await expect(db.query("UPDATE remittance_claims SET claim_id = $1", [THEIR_CLAIM])).rejects.toThrow(/not in its practice/);
  });

  it("a status move of another practice's claim is refused; its own is kept, and the claim cannot be deleted under it", async () => {
    await expect(db.query(...history(OURS, THEIR_CLAIM))).rejects.toThrow(`claim status history refers to claim ${THEIR_CLAIM} that is not in its practice`);
    await db.query(...history(THEIRS, THEIR_CLAIM));
    await expect(db.query('DELETE FROM claims WHERE id = $1', [THEIR_CLAIM])).rejects.toThrow(/has remittance or status history rows and cannot be deleted/);
    await db.query(...remittanceClaim(OURS, OUR_REMITTANCE, null));
    await expect(db.query('DELETE FROM remittances WHERE id = $1', [OUR_REMITTANCE])).rejects.toThrow(/cannot be deleted/);
  });

  it("a remittance a posting names as its source (a PLB's) cannot be deleted, nor its payer or trace changed (0070)", async () => {
    await db.query(
      `INSERT INTO ledger_transactions (id, tenant_id, idempotency_key, kind, effective_date, remittance_id)
       VALUES (gen_random_uuid(), $1, '835:plb', 'provider_adjustment', '2023-03-01', $2)`,
      [OURS, OUR_REMITTANCE],
    );
    await expect(db.query("UPDATE remittances SET trace_number = 'EFT2' WHERE id = $1", [OUR_REMITTANCE])).rejects.toThrow(/payer and trace number cannot be changed/);
    await expect(db.query('DELETE FROM remittances WHERE id = $1', [OUR_REMITTANCE])).rejects.toThrow(/has ledger postings and cannot be deleted/);
  });
});
