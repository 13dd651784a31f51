import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { inputError } from '../errors/index';
import { parseInt8, type Db, type Queryable, type Row } from './db';

const getTypeParser: pg.CustomTypesConfig['getTypeParser'] = (oid, format) => {
  if (oid === pg.types.builtins.INT8) return parseInt8;
  if (oid === pg.types.builtins.DATE) return (text: string) => text;
  // pg declares its built-in parsers as returning `any`; they return what pg has always returned.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-return
  return pg.types.getTypeParser(oid, format);
};
const typeParsers: pg.CustomTypesConfig = { getTypeParser };

async function copyIn(client: pg.PoolClient, table: string, columns: readonly string[], data: Buffer): Promise<void> {
  await pipeline(Readable.from([data]), client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN (FORMAT binary)`)));
}

function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async copyIn(table: string, columns: readonly string[], data: Buffer) {
      if (!(client instanceof pg.Pool)) return copyIn(client, table, columns, data);
      const own = await client.connect();
      try {
        await copyIn(own, table, columns, data);
      } finally {
        own.release();
      }
    },
    async query<T extends Row>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query<T>(sql, params as unknown[]);
      return result.rows;
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  };
}

function where(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}

export async function openPostgres(url: string, schema?: string): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: url,
    types: typeParsers,
    max: 8,
    connectionTimeoutMillis: 5000,
    // No JIT: OpenRCM's queries are short lookups and set-based writes, and JIT compiled each large one
    // for longer (over 100 ms) than it ran, notably while statistics lag behind a bulk posting.
    options: ['-c jit=off', ...(schema ? [`-c search_path="${schema}"`] : [])].join(' '),
  });
  pool.on('error', () => {
    /* an idle client lost its connection: the next query reports it */
  });
  const description = where(url);
  try {
    if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    else await pool.query('SELECT 1');
  } catch (cause) {
    await pool.end().catch(() => undefined);
    throw inputError(
      'store.unreachable',
      `cannot connect to PostgreSQL at ${description}: ${(cause as Error).message || String(cause)}`,
      {},
      cause,
    );
  }
  return {
    engine: 'postgres',
    description,
    ...wrap(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
