import type { Columns } from './columns';
import { binaryCopyRows, copyable } from './copy';
import type { Queryable } from './db';

export type { ColumnType, Columns } from './columns';

/**
 * Many rows as one parameter: a JSON array of row arrays, made by JSON.stringify and read back by
 * PostgreSQL's JSON parser, both native. (Arrays of text parameters cost more: the driver escapes
 * every element in JavaScript and the server parses each array.) A jsonb column takes the value as is;
 * numbers must be JS numbers (cents are), not BigInts, which JSON cannot carry.
 */
export function rowsParam(columns: Columns, rows: readonly (readonly unknown[])[]): string {
  // JSON.stringify writes undefined array items as null; only array columns need rewriting (to literals).
  const arrays = columns.flatMap(([, t], i) => (t === 'text[]' || t === 'smallint[]' ? [i] : []));
  if (arrays.length === 0) return JSON.stringify(rows);
  return JSON.stringify(rows.map((r) => {
    const row = [...r];
    for (const i of arrays) row[i] = row[i] === null || row[i] === undefined ? null : toArrayLiteral(row[i] as unknown[]);
    return row;
  }));
}

/** The rows of `rowsParam` as a typed table: `FROM ${rowsTable(columns, 1)}` with the columns' names. */
export function rowsTable(columns: Columns, param: number, alias = 'u'): string {
  // A JSON null is SQL NULL in every column, jsonb ones too (r->i would keep it as the jsonb value null).
  const select = columns.map(([n, t], i) => (t === 'jsonb' ? `nullif(r->${i}, 'null'::jsonb) AS ${n}` : `(r->>${i})::${t === 'char' ? 'text' : t} AS ${n}`));
  return `(SELECT ${select.join(', ')} FROM jsonb_array_elements($${param}::jsonb) AS r) AS ${alias}`;
}

/** Inserts many rows in one statement on both engines, whatever their number. */
export async function insertRows(q: Queryable, table: string, columns: Columns, rows: readonly (readonly unknown[])[]): Promise<void> {
  await insertPrepared(q, table, columns, prepareRows(q, columns, rows));
}

/** Rows made ready to write (prepareRows), e.g. while the connection was busy with other work. */
export interface PreparedRows {
  count: number;
  /** Binary COPY rows, on an engine that can COPY. */
  copy?: Buffer;
  /** Otherwise the rowsParam JSON. */
  json?: string;
}

// Below this many rows one INSERT is quicker than COPY's extra round trip.
const COPY_FROM_ROWS = 100;

/**
 * The rows as `q`'s engine takes them best: binary COPY on a server, for enough rows of types it
 * encodes; otherwise (PGlite, a few rows, a value COPY cannot encode) one JSON parameter, whose casts
 * in the INSERT report a value that is wrong.
 */
export function prepareRows(q: Pick<Queryable, 'copyIn'>, columns: Columns, rows: readonly (readonly unknown[])[]): PreparedRows {
  if (q.copyIn && rows.length >= COPY_FROM_ROWS && columns.every(([, t]) => copyable(t))) {
    try {
      return { count: rows.length, copy: binaryCopyRows(columns, rows) };
    } catch (e) {
      if (!(e instanceof TypeError)) throw e;
    }
  }
  return { count: rows.length, json: rowsParam(columns, rows) };
}

/** Inserts rows made ready by prepareRows on a connection of the same engine. */
export async function insertPrepared(q: Queryable, table: string, columns: Columns, rows: PreparedRows): Promise<void> {
  if (rows.count === 0) return;
  const names = columns.map(([n]) => n);
  if (rows.copy) {
    if (!q.copyIn) throw new Error(`${table}: rows prepared for COPY, on a connection that cannot COPY`);
    return q.copyIn(table, names, rows.copy);
  }
  await q.query(`INSERT INTO ${table} (${names.join(', ')}) SELECT ${names.join(', ')} FROM ${rowsTable(columns, 1)}`, [rows.json]);
}

function toArrayLiteral(items: readonly unknown[]): string {
  return `{${items.map((i) => `"${String(i).replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
}
