import type { DatabaseConfig } from '../config/index';
import type { Db } from './db';
import { migrate, type Migration } from './migrations';
import { openPglite } from './pglite-engine';
import { openPostgres } from './postgres-engine';

export interface OpenOptions {
  /** Apply pending migrations (default true). `db status` opens without migrating. */
  migrate?: boolean;
  migrations?: Migration[];
}

/** Opens the configured engine and brings its schema up to date. */
export async function openDb(config: DatabaseConfig, options: OpenOptions = {}): Promise<Db> {
  const db =
    config.engine === 'postgres'
      ? await openPostgres(config.url, config.schema)
      : await openPglite(config.dataDir, config.schema);
  if (options.migrate !== false) {
    try {
      await migrate(db, options.migrations);
    } catch (error) {
      await db.close();
      throw error;
    }
  }
  return db;
}
