// Versioned SQL migrations, applied on open, each in its own transaction, recorded in openrcm_migrations.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../errors/index';
import type { Db } from './db';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');
const FILE_NAME = /^(\d{4})_([a-z0-9_]+)\.sql$/;

/** The migrations shipped with this version of OpenRCM, in order. */
export function bundledMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .flatMap((file) => {
      const m = FILE_NAME.exec(file);
      return m ? [{ version: Number(m[1]), name: m[2]!, sql: readFileSync(join(dir, file), 'utf8') }] : [];
    })
    .sort((a, b) => a.version - b.version);
}

export interface MigrationStatus {
  current: number;
  latest: number;
  pending: Migration[];
  applied: { version: number; name: string; appliedAt: string }[];
}

const LEDGER_TABLE = `CREATE TABLE IF NOT EXISTS openrcm_migrations (
  version integer PRIMARY KEY,
  name text NOT NULL,
  checksum text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;

function checksum(sql: string): string {
  return createHash('sha256').update(sql).digest('hex').slice(0, 16);
}

export async function migrationStatus(db: Db, migrations = bundledMigrations()): Promise<MigrationStatus> {
  await db.exec(LEDGER_TABLE);
  const rows = await db.query<{ version: number; name: string; applied_at: Date }>(
    'SELECT version, name, applied_at FROM openrcm_migrations ORDER BY version',
  );
  const done = new Set(rows.map((r) => r.version));
  const latest = migrations.at(-1)?.version ?? 0;
  return {
    current: rows.at(-1)?.version ?? 0,
    latest,
    pending: migrations.filter((m) => !done.has(m.version)),
    applied: rows.map((r) => ({ version: r.version, name: r.name, appliedAt: new Date(r.applied_at).toISOString() })),
  };
}

/**
 * Brings the database up to this code's schema. A database written by a newer OpenRCM is refused:
 * running old code on it could corrupt what the newer code wrote.
 */
export async function migrate(db: Db, migrations = bundledMigrations()): Promise<Migration[]> {
  const status = await migrationStatus(db, migrations);
  if (status.current > status.latest) {
    throw new AppError(
      'input',
      'store.newer_schema',
      `the database at ${db.description} has schema version ${status.current}, newer than this OpenRCM (which knows up to ${status.latest}); upgrade OpenRCM`,
    );
  }
  const applied: Migration[] = [];
  for (const migration of status.pending) {
    try {
      await db.transaction(async (tx) => {
        // Two processes opening the same database at once: the second waits, then finds nothing to do.
        await tx.query('SELECT pg_advisory_xact_lock(hashtext(current_schema()))');
        const already = await tx.query('SELECT 1 FROM openrcm_migrations WHERE version = $1', [migration.version]);
        if (already.length > 0) return;
        await tx.exec(migration.sql);
        await tx.query('INSERT INTO openrcm_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
          migration.version,
          migration.name,
          checksum(migration.sql),
        ]);
      });
    } catch (cause) {
      const message = cause instanceof Error ? cause.message : String(cause);
      throw new AppError(
        'input',
        'store.migration_failed',
        `migration ${String(migration.version).padStart(4, '0')}_${migration.name} failed and was rolled back (database left at version ${status.current + applied.length}): ${message}`,
        {},
        { cause },
      );
    }
    applied.push(migration);
  }
  return applied;
}
