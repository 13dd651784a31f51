import type { Queryable } from './db';

export type ColumnType = 'uuid' | 'text' | 'text[]' | 'smallint[]' | 'date' | 'bigint' | 'integer' | 'smallint' | 'boolean' | 'jsonb' | 'real' | 'char';

/**
 * Inserts many rows in one statement on both engines: every column travels as a text[] parameter and
 * is cast in SQL, which avoids the 65,535-parameter limit and per-row round trips.
 */
export async function insertRows(
  q: Queryable,
  table: string,
  columns: readonly (readonly [name: string, type: ColumnType])[],
  rows: readonly (readonly unknown[])[],
): Promise<void> {
  if (rows.length === 0) return;
  const params = columns.map((_, i) => rows.map((r) => toText(r[i], columns[i]![1])));
  const names = columns.map(([n]) => n);
  const casts = columns.map(([n, t]) => `${n}::${t === 'char' ? 'text' : t}`);
  const unnest = columns.map((_, i) => `$${i + 1}::text[]`);
  await q.query(
    `INSERT INTO ${table} (${names.join(', ')}) SELECT ${casts.join(', ')} FROM unnest(${unnest.join(', ')}) AS u(${names.join(', ')})`,
    params,
  );
}

function toText(value: unknown, type: ColumnType): string | null {
  if (value === null || value === undefined) return null;
  if (type === 'jsonb') return JSON.stringify(value);
  if (type === 'text[]' || type === 'smallint[]') return toArrayLiteral(value as unknown[]);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

function toArrayLiteral(items: readonly unknown[]): string {
  return `{${items.map((i) => `"${String(i).replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
}
