// Which storage engine to open, from flags and environment, validated at the boundary.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { usageError } from '../errors/index';

export type DatabaseConfig =
  | { engine: 'pglite'; dataDir: string | null /* null: in memory */; schema?: string }
  | { engine: 'postgres'; url: string; schema?: string };

const postgresUrl = z
  .string()
  .refine((s) => /^postgres(ql)?:\/\//.test(s), 'must start with postgres:// or postgresql://');

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.OPENRCM_DATA_DIR ? resolve(env.OPENRCM_DATA_DIR) : join(homedir(), '.openrcm', 'data');
}

/** DATABASE_URL picks the PostgreSQL server; otherwise embedded PGlite in --data-dir / OPENRCM_DATA_DIR / ~/.openrcm/data. */
export function databaseConfig(flags: { dataDir?: string | undefined }, env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env.DATABASE_URL;
  if (url) {
    const parsed = postgresUrl.safeParse(url);
    if (!parsed.success) throw usageError('config.database_url', `DATABASE_URL ${parsed.error.issues[0]?.message ?? 'is invalid'}`);
    return { engine: 'postgres', url };
  }
  return { engine: 'pglite', dataDir: flags.dataDir ? resolve(flags.dataDir) : defaultDataDir(env) };
}
