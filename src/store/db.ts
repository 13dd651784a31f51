// One query layer over two engines: embedded PGlite and a PostgreSQL server. Same SQL, same results:
// int8 as number (cents fit easily in 2^53), date as 'YYYY-MM-DD' string, jsonb as values.

export type Row = Record<string, unknown>;
export type Engine = 'pglite' | 'postgres';

export interface Queryable {
  /** Runs one parameterised statement ($1, $2 ...) and returns its rows. */
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters. */
  exec(sql: string): Promise<void>;
  /**
   * Writes rows given in binary COPY format (binaryCopyRows) into the table's columns: on a PostgreSQL
   * server only, where it is the cheapest way in; without it, rows go as one JSON parameter (store/bulk.ts).
   */
  copyIn?(table: string, columns: readonly string[], data: Buffer): Promise<void>;
}

export interface Db extends Queryable {
  readonly engine: Engine;
  /** Where it lives, for messages: a directory, 'memory', or host:port/database. */
  readonly description: string;
  /** Runs fn in one database transaction: all of it commits, or none of it. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}


export function parseInt8(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new RangeError(`bigint out of safe range: ${text}`);
  return n;
}
