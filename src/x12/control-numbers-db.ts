// Control numbers persisted in x12_control_numbers (migration 0001). One atomic upsert per number, so
// two processes sharing the database never get the same one.
import type { ControlNumberScope, ControlNumberSource } from './control-numbers';

/** The part of the store's Db this adapter needs. */
export interface ControlNumberDb {
  query<T extends Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

const NEXT_SQL = `INSERT INTO x12_control_numbers (scope, last_value) VALUES ($1, 1)
ON CONFLICT (scope) DO UPDATE SET last_value = x12_control_numbers.last_value + 1
RETURNING last_value`;

export class DbControlNumbers implements ControlNumberSource {
  constructor(private readonly db: ControlNumberDb) {}

  async next(scope: ControlNumberScope, senderId: string): Promise<number> {
    const rows = await this.db.query<{ last_value: number | string }>(NEXT_SQL, [`${scope}:${senderId}`]);
    const value = Number(rows[0]?.last_value);
    if (!Number.isSafeInteger(value) || value < 1) throw new Error(`x12_control_numbers returned no usable value for ${scope}:${senderId}`);
    return value;
  }
}
