// Helpers shared by commands that open the database or the code sets.
import { databaseConfig, resolveCodeSetDir, type CodeSetLocation } from '../config/index';
import { openDb, type Db, type OpenOptions } from '../store/index';
import type { CommandIo, ParsedArgs } from './command';
import { stringOption } from './parse';

export async function openDbFromArgs(args: ParsedArgs, io: CommandIo, options: OpenOptions = {}): Promise<Db> {
  return openDb(databaseConfig({ dataDir: stringOption(args, 'data-dir') }, io.env), options);
}

export function codeSetDirFromArgs(args: ParsedArgs, io: CommandIo): CodeSetLocation {
  return resolveCodeSetDir(stringOption(args, 'codes'), io.env);
}

/** Runs fn with the database open and closes it whatever happens. */
export async function withDb<T>(args: ParsedArgs, io: CommandIo, fn: (db: Db) => Promise<T>, options?: OpenOptions): Promise<T> {
  const db = await openDbFromArgs(args, io, options);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}
