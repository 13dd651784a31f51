import { createHash } from 'node:crypto';
import type { Queryable } from './db';

/** Tables whose content makes up a practice, and the column that orders them stably. */
const DOMAIN_TABLES: readonly [table: string, orderBy: string][] = [
  ['tenants', 'id'],
  ['users', 'id'],
  ['user_roles', 'user_id, role'],
  ['providers', 'id'],
  ['service_facilities', 'id'],
  ['payers', 'id'],
  ['fee_schedules', 'id'],
  ['fee_schedule_items', 'fee_schedule_id, code_system, code, modifier'],
  ['patients', 'id'],
  ['coverages', 'id'],
  ['encounters', 'id'],
  ['clinical_documents', 'id'],
];

const VOLATILE = new Set(['created_at', 'at', 'posted_at', 'coded_at', 'received_at']);

/**
 * A SHA-256 over the practice's content, leaving out timestamps that record when rows were written:
 * two seeds with the same options give the same digest.
 */
export async function contentDigest(q: Queryable): Promise<string> {
  const hash = createHash('sha256');
  for (const [table, orderBy] of DOMAIN_TABLES) {
    const rows = await q.query(`SELECT * FROM ${table} ORDER BY ${orderBy}`);
    hash.update(`#${table}:${rows.length}\n`);
    for (const row of rows) {
      const kept = Object.entries(row).filter(([k]) => !VOLATILE.has(k));
      hash.update(JSON.stringify(kept));
      hash.update('\n');
    }
  }
  return hash.digest('hex');
}
