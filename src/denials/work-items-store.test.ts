import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemActor } from '../auth/index';
import { calendarDate } from '../dates/index';
import { cents } from '../money/index';
import { openTestDb, testEngines, type Db } from '../store/index';
import { openDenialWorkItems, workItemsForDenials } from './index';

const engines = await testEngines();
const TENANT = '10000000-0000-4000-8000-0000000000d1';
const CLAIM = '30000000-0000-4000-8000-0000000000d1';

describe.each(engines)('denial work items on %s', (engine) => {
  let db: Db & { dispose(): Promise<void> };
  beforeEach(async () => {
    db = await openTestDb(engine);
    await db.query("INSERT INTO tenants (id, name, kind) VALUES ($1, 'Lakeside Orthopedics', 'practice')", [TENANT]);
    await db.query(
      `INSERT INTO patients (id, tenant_id, account_number, last_name, first_name, birth_date, sex, address_line1, city, state, postal_code)
       VALUES ('40000000-0000-4000-8000-0000000000d1', $1, 'B200', 'Okafor', 'Chidi', '1961-11-30', 'M', '9 Elm St', 'Dayton', 'OH', '45402')`,
      [TENANT],
    );
    await db.query(
      `INSERT INTO claims (id, tenant_id, kind, patient_id, patient_control_number, payer_sequence, frequency_code, status, total_charge_cents, statement_from, statement_to, document)
       VALUES ($1, $2, 'professional', '40000000-0000-4000-8000-0000000000d1', 'PCN-D1', 'P', '1', 'denied', 33000, '2024-02-12', '2024-02-12', '{}')`,
      [CLAIM, TENANT],
    );
  });
  afterEach(async () => {
    await db.dispose();
  });

  it('opens each denial work item once, however often the 835 is posted', async () => {
    const drafts = workItemsForDenials(
      [
        { key: 'k1', claimId: CLAIM, procedureCode: '99214', group: 'CO', reason: '236', amount: cents(25000), remarkCodes: ['M80'], serviceDate: calendarDate('2024-02-12') },
        { key: 'k2', claimId: CLAIM, procedureCode: '36415', group: 'CO', reason: '197', amount: cents(2000), remarkCodes: [] },
      ],
      { remittanceDate: calendarDate('2024-03-05'), payer: { timelyFilingDays: 90, appealDays: 60 } },
    );
    const actor = systemActor(TENANT);
    expect(await openDenialWorkItems(db, actor, drafts)).toHaveLength(2);
    expect(await openDenialWorkItems(db, actor, drafts)).toEqual([]);
    const rows = await db.query<{ queue: string; root_cause: string; due_date: string; priority: number; detail: { lines: { carc: string }[] } }>(
      'SELECT queue, root_cause, due_date, priority, detail FROM work_items ORDER BY queue DESC',
    );
    expect(rows.map((r) => [r.queue, r.root_cause, r.due_date, r.priority, r.detail.lines.map((l) => l.carc)])).toEqual([
      ['coder', 'coding', '2024-05-12', 2, ['236']],
      ['biller', 'authorization', '2024-05-04', 3, ['197']],
    ]);
    await expect(openDenialWorkItems(db, { tenantId: TENANT, userId: null, role: 'coder' }, drafts)).rejects.toMatchObject({ code: 'auth.forbidden' });
  });
});
