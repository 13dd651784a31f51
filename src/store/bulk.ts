import type { Queryable } from './db';

export type ColumnType = 'uuid' | 'text' | 'text[]' | 'smallint[]' | 'date' | 'bigint' | 'integer' | 'smallint' | 'boolean' | 'jsonb' | 'real' | 'char';

export type Columns = readonly (readonly [name: string, type: ColumnType])[];

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
  if (rows.length === 0) return;
  await insertRowsParam(q, table, columns, rowsParam(columns, rows));
}

/** insertRows with the rows made beforehand (`rowsParam`), e.g. while the connection was busy with other work. */
export async function insertRowsParam(q: Queryable, table: string, columns: Columns, rows: string): Promise<void> {
  if (rows === '[]') return;
  const names = columns.map(([n]) => n).join(', ');
  await q.query(`INSERT INTO ${table} (${names}) SELECT ${names} FROM ${rowsTable(columns, 1)}`, [rows]);
}

function toArrayLiteral(items: readonly unknown[]): string {
  return `{${items.map((i) => `"${String(i).replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
}
