import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, types } from '@electric-sql/pglite';
import { inputError } from '../errors/index';
import { parseInt8, type Db, type Queryable, type Row } from './db';

const parsers = {
  [types.INT8]: parseInt8,
  [types.DATE]: (text: string) => text,
};

function wrap(q: Pick<PGlite, 'query' | 'exec'>): Queryable {
  return {
    async query<T extends Row>(sql: string, params: readonly unknown[] = []) {
      const result = await q.query<T>(sql, params as unknown[]);
      return result.rows;
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  };
}

/** A data directory must be empty, absent, or a PGlite cluster: anything else is refused, never overwritten. */
function checkDataDir(dir: string): void {
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true });
    return;
  }
  const entries = readdirSync(dir);
  if (entries.length > 0 && !existsSync(join(dir, 'PG_VERSION'))) {
    throw inputError(
      'store.foreign_data_dir',
      `data directory ${dir} is not empty and is not an OpenRCM database (no PG_VERSION); choose another --data-dir`,
      { file: dir },
    );
  }
}

export async function openPglite(dataDir: string | null, schema?: string): Promise<Db> {
  if (dataDir) checkDataDir(dataDir);
  let pg: PGlite;
  try {
    pg = await PGlite.create(dataDir ?? undefined, { parsers });
    await pg.query('SELECT 1');
  } catch (cause) {
    throw inputError(
      'store.corrupt_data_dir',
      `cannot open the database in ${dataDir ?? 'memory'}: ${(cause as Error).message || 'corrupt or unreadable'}`,
      dataDir ? { file: dataDir } : {},
      cause,
    );
  }
  if (schema) await pg.exec(`CREATE SCHEMA IF NOT EXISTS "${schema}"; SET search_path TO "${schema}"`);
  const base = wrap(pg);
  return {
    engine: 'pglite',
    description: dataDir ?? 'memory',
    ...base,
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    close: () => pg.close(),
  };
}
