// PostgreSQL pg_trgm over the same entries (title, inclusion terms, index paths, one row each), in a schema
// of its own that is dropped afterwards. word_similarity suits short queries against longer texts.
import pg from 'pg';
import type { SearchDocument } from '../src/codesets/search/index';

export const PG_URL = process.env.OPENRCM_TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

export interface PgTrgm {
  search(query: string): Promise<string[]>;
  buildMs: number;
  close(): Promise<void>;
}

export async function openPgTrgm(documents: readonly SearchDocument[]): Promise<PgTrgm | string> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
  } catch (e) {
    return `PostgreSQL not reachable at ${PG_URL} (${(e as Error).message}): pg_trgm comparison skipped`;
  }
  const schema = `bench_codes_${process.pid}_${Date.now().toString(36)}`;
  const t0 = performance.now();
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA ${schema}`);
  const ext = await client.query<{ nspname: string }>(
    `SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'`,
  );
  await client.query(`SET search_path = ${schema}, ${ext.rows[0]?.nspname ?? 'public'}`);
  await client.query('CREATE TABLE entry (code text NOT NULL, text text NOT NULL)');
  const rows: [string, string][] = [];
  for (const d of documents) for (const t of [d.title, ...d.inclusionTerms, ...d.indexTerms]) rows.push([d.code, t]);
  for (let i = 0; i < rows.length; i += 2000) {
    const chunk = rows.slice(i, i + 2000);
    await client.query(
      `INSERT INTO entry (code, text) SELECT * FROM unnest($1::text[], $2::text[])`,
      [chunk.map((r) => r[0]), chunk.map((r) => r[1])],
    );
  }
  await client.query('CREATE INDEX entry_trgm ON entry USING gin (text gin_trgm_ops)');
  await client.query('ANALYZE entry');
  const buildMs = performance.now() - t0;
  const sql =
    'SELECT code FROM (SELECT code, word_similarity($1, text) AS s FROM entry WHERE $1 <% text) m ' +
    'GROUP BY code ORDER BY max(s) DESC, code LIMIT 5';
  return {
    buildMs,
    async search(query: string) {
      return (await client.query<{ code: string }>(sql, [query])).rows.map((r) => r.code);
    },
    async close() {
      await client.query(`DROP SCHEMA ${schema} CASCADE`).catch(() => undefined);
      await client.end();
    },
  };
}
