// Test support: every storage test runs on both engines, each test in its own schema so runs never collide.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseConfig } from '../config/index';
import type { Db } from './db';
import { openDb, type OpenOptions } from './open';

export const TEST_POSTGRES_URL =
  process.env.OPENRCM_TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The engines to test on. PostgreSQL is required in CI (CI=true); elsewhere a missing server is
 * reported loudly and its half of the suite skipped.
 */
export async function testEngines(): Promise<('pglite' | 'postgres')[]> {
  if (await postgresReachable()) return ['pglite', 'postgres'];
  if (process.env.CI) throw new Error(`PostgreSQL is not reachable at ${TEST_POSTGRES_URL}; CI runs every storage test on it`);
  console.warn(`\n!! PostgreSQL not reachable at ${TEST_POSTGRES_URL}: storage tests run on PGlite only\n`);
  return ['pglite'];
}

export function uniqueSchema(): string {
  return `t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}

export function testConfig(engine: 'pglite' | 'postgres', schema = uniqueSchema()): DatabaseConfig {
  return engine === 'postgres' ? { engine, url: TEST_POSTGRES_URL, schema } : { engine, dataDir: null };
}

/** Opens a fresh, migrated database for a test; dispose() drops the schema on PostgreSQL. */
export async function openTestDb(
  engine: 'pglite' | 'postgres',
  options: OpenOptions = {},
): Promise<Db & { dispose(): Promise<void> }> {
  const config = testConfig(engine);
  const db = await openDb(config, options);
  return Object.assign(db, {
    async dispose() {
      if (config.engine === 'postgres' && config.schema) await db.exec(`DROP SCHEMA IF EXISTS "${config.schema}" CASCADE`);
      await db.close();
    },
  });
}
