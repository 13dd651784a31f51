import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb } from './open';
import { bundledMigrations, migrate, migrationStatus, type Migration } from './migrations';
import { openTestDb, testConfig, testEngines } from './testing';
import type { Db, Queryable } from './db';

const engines = await testEngines();

describe.each(engines)('storage on %s', (engine) => {
  let db: Db & { dispose(): Promise<void> };
  beforeEach(async () => {
    db = await openTestDb(engine);
  });
  afterEach(async () => {
    await db.dispose();
  });

  it('applies every bundled migration on open and records it', async () => {
    const status = await migrationStatus(db);
    expect(status.current).toBe(bundledMigrations().at(-1)!.version);
    expect(status.pending).toEqual([]);
    expect(await migrate(db)).toEqual([]);
  });

  it('returns money as integer numbers and dates as calendar strings', async () => {
    const [row] = await db.query<{ amount: number; dos: string }>("SELECT 12345678901::bigint AS amount, '2023-03-15'::date AS dos");
    expect(row).toEqual({ amount: 12345678901, dos: '2023-03-15' });
  });

  it('keeps the audit log append-only', async () => {
    await db.query("INSERT INTO audit_log (actor_role, action, entity) VALUES ('system', 'read', 'patient')");
    await expect(db.query("UPDATE audit_log SET entity = 'x'")).rejects.toThrow(/append-only/);
    await expect(db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
  });

  it('refuses a ledger transaction whose entries do not balance, and keeps one that does', async () => {
    const tenant = '00000000-0000-4000-8000-000000000001';
    const txId = '00000000-0000-4000-8000-0000000000aa';
    await db.query("INSERT INTO tenants (id, name, kind) VALUES ($1, 'Test', 'practice')", [tenant]);
    await db.query(
      `INSERT INTO ledger_accounts (id, tenant_id, kind, name) VALUES
       ('00000000-0000-4000-8000-000000000011', $1, 'cash', 'Cash'),
       ('00000000-0000-4000-8000-000000000012', $1, 'revenue', 'Revenue')`,
      [tenant],
    );
    const post = (amounts: [number, number]) =>
      db.transaction(async (tx) => {
        await tx.query(
          "INSERT INTO ledger_transactions (id, tenant_id, idempotency_key, kind, effective_date) VALUES ($1, $2, $3, 'charge', '2023-01-01')",
          [txId, tenant, `k${amounts.join('/')}`],
        );
        await tx.query(
          `INSERT INTO ledger_entries (tenant_id, transaction_id, account_id, amount_cents) VALUES
           ($1, $2, '00000000-0000-4000-8000-000000000011', $3), ($1, $2, '00000000-0000-4000-8000-000000000012', $4)`,
          [tenant, txId, amounts[0], amounts[1]],
        );
      });
    await expect(post([1000, -999])).rejects.toThrow(/does not balance/);
    expect(await db.query('SELECT * FROM ledger_transactions')).toHaveLength(0);
    await post([1000, -1000]);
    expect(await db.query('SELECT * FROM ledger_entries')).toHaveLength(2);
    // every statement must balance what it adds: a lone leg is refused even when a later one would offset it
    const lone = (tx: Queryable, amount: number) => tx.query(
      "INSERT INTO ledger_entries (tenant_id, transaction_id, account_id, amount_cents) VALUES ($1, $2, '00000000-0000-4000-8000-000000000011', $3)",
      [tenant, txId, amount],
    );
    await expect(db.transaction(async (tx) => { await lone(tx, 500); await lone(tx, -500); })).rejects.toThrow(/does not balance: entries sum to 500 cents/);
    expect(await db.query('SELECT * FROM ledger_entries')).toHaveLength(2);
  });
});

describe.each(engines)('migrations on %s', (engine) => {
  const first = bundledMigrations().slice(0, 1);
  const extra: Migration = { version: 9001, name: 'add_note', sql: 'ALTER TABLE tenants ADD COLUMN note text;' };
  const broken: Migration = {
    version: 9002,
    name: 'broken',
    sql: 'ALTER TABLE tenants ADD COLUMN half_done text; SELECT * FROM no_such_table;',
  };

  it('upgrades an older database to the current schema', async () => {
    const config = testConfig(engine);
    const db = await openDb(config, { migrations: first });
    try {
      const applied = await migrate(db, [...first, extra]);
      expect(applied.map((m) => m.version)).toEqual([9001]);
      await db.query("INSERT INTO tenants (id, name, kind, note) VALUES ('00000000-0000-4000-8000-000000000002', 'x', 'practice', 'hello')");
    } finally {
      if (config.engine === 'postgres') await db.exec(`DROP SCHEMA "${config.schema}" CASCADE`);
      await db.close();
    }
  });

  it('rolls a failed migration back whole and leaves the database as it was', async () => {
    const config = testConfig(engine);
    const db = await openDb(config, { migrations: first });
    try {
      await expect(migrate(db, [...first, broken])).rejects.toThrow(/0*9002_broken failed and was rolled back.*no_such_table/);
      const cols = await db.query("SELECT column_name FROM information_schema.columns WHERE table_name = 'tenants' AND column_name = 'half_done'");
      expect(cols).toEqual([]);
      expect((await migrationStatus(db, first)).current).toBe(first[0]!.version);
    } finally {
      if (config.engine === 'postgres') await db.exec(`DROP SCHEMA "${config.schema}" CASCADE`);
      await db.close();
    }
  });

  it("refuses to upgrade a ledger whose entry is for another claim than its transaction's (0070 reads a claim's entries through its transactions)", async () => {
    const config = testConfig(engine);
    const before = bundledMigrations().filter((m) => m.version < 70);
    const db = await openDb(config, { migrations: before });
    try {
      const tenant = '00000000-0000-4000-8000-0000000000a1';
      await db.query("INSERT INTO tenants (id, name, kind) VALUES ($1, 'x', 'practice')", [tenant]);
      await db.query("INSERT INTO ledger_accounts (id, tenant_id, kind, name) VALUES ('00000000-0000-4000-8000-0000000000a2', $1, 'cash', 'Cash'), ('00000000-0000-4000-8000-0000000000a3', $1, 'revenue', 'Revenue')", [tenant]);
      await db.query("INSERT INTO ledger_transactions (id, tenant_id, idempotency_key, kind, effective_date) VALUES ('00000000-0000-4000-8000-0000000000a4', $1, 'k', 'charge', '2023-01-01')", [tenant]);
      // written as an older or outside writer might have: the per-statement checks are bypassed
      await db.transaction(async (tx) => {
        await tx.exec('SET LOCAL session_replication_role = replica');
        await tx.query(
          `INSERT INTO ledger_entries (tenant_id, transaction_id, account_id, amount_cents, claim_id) VALUES
             ($1, '00000000-0000-4000-8000-0000000000a4', '00000000-0000-4000-8000-0000000000a2', 100, '00000000-0000-4000-8000-0000000000a5'),
             ($1, '00000000-0000-4000-8000-0000000000a4', '00000000-0000-4000-8000-0000000000a3', -100, '00000000-0000-4000-8000-0000000000a5')`,
          [tenant],
        );
      });
      await expect(migrate(db)).rejects.toThrow(/has an entry for claim 00000000-0000-4000-8000-0000000000a5, not its own/);
      expect((await migrationStatus(db)).current).toBe(before.at(-1)!.version);
    } finally {
      if (config.engine === 'postgres') await db.exec(`DROP SCHEMA "${config.schema}" CASCADE`);
      await db.close();
    }
  });

  it('refuses a database written by a newer OpenRCM', async () => {
    const config = testConfig(engine);
    const db = await openDb(config, { migrations: [...first, extra] });
    try {
      await expect(migrate(db, first)).rejects.toThrow(/schema version 9001, newer than this OpenRCM/);
    } finally {
      if (config.engine === 'postgres') await db.exec(`DROP SCHEMA "${config.schema}" CASCADE`);
      await db.close();
    }
  });
});
