import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calendarDate } from '../dates/index';
import { cents } from '../money/index';
import { openTestDb, testEngines, type Db } from '../store/index';
import { actor, PATIENT, postDeductible, seedSelfResponsible } from './fixtures/cob-testkit';
import { postPatientPayment, reversePatientPayment } from './patient-payment';
import { loadPatientStatements, overdueAccounts, runPatientStatements } from './patient-statements';

const engines = await testEngines();
const run = (date: string) => runPatientStatements(db, actor, { statementDate: calendarDate(date) });
let db: Db & { dispose(): Promise<void> };

describe.each(engines)('patient statements on %s', (engine) => {
  beforeEach(async () => {
    db = await openTestDb(engine);
    await seedSelfResponsible(db);
  });
  afterEach(async () => {
    await db.dispose();
  });

  it("bills nobody before the payer has adjudicated, then the patient's share once it has", async () => {
    expect(await run('2024-11-15')).toMatchObject({ statements: [], skipped: [], totalDue: 0 });
    await postDeductible(db);
    const r = await run('2024-12-01');
    expect(r.totalDue).toBe(6000);
    expect(r.statements).toHaveLength(1);
    const [s] = r.statements;
    expect(s!.alreadySent).toBe(false);
    expect(s!.statement).toMatchObject({
      patientId: PATIENT, accountNumber: 'NAK0001', name: 'Ken Nakamura', statementDate: '2024-12-01', dueDate: '2024-12-22', notice: 1, noticeKind: 'statement',
      amountDue: 6000, credit: 0, pendingInsurance: 0, address: { line1: '12 Alder St', city: 'Portland', state: 'OR', postalCode: '97202' },
    });
    expect(s!.statement.claims).toEqual([expect.objectContaining({ patientControlNumber: 'NAK0001-1', charges: 20000, insurancePaid: 10000, adjustments: 4000, patientPaid: 0, due: 6000 })]);
    expect(s!.statement.claims[0]!.lines.map((l) => [l.procedureCode, l.charge])).toEqual([['99214', 20000]]);
    expect(s!.practice).toEqual({ name: 'RIVERSIDE FAMILY MEDICINE', address: ['12 ALDER ST', 'PORTLAND, OR 97202'] });
    // Aged from the day the payer's adjudication posted the patient's share.
    expect(s!.statement.aging['0-30']).toBe(6000);
  });

  it('stores each statement once per day, audited; the same run again sends nothing new', async () => {
    await postDeductible(db);
    const first = await run('2024-12-01');
    const again = await run('2024-12-01');
    expect(again.statements.map((s) => [s.id, s.alreadySent])).toEqual([[first.statements[0]!.id, true]]);
    expect(again.statements[0]!.statement).toEqual(first.statements[0]!.statement);
    const stored = await db.query<{ amount_due_cents: number; notice: number }>('SELECT amount_due_cents, notice FROM patient_statements');
    expect(stored.map((s) => [s.amount_due_cents, s.notice])).toEqual([[6000, 1]]);
    const audit = await db.query<{ patient_id: string }>("SELECT patient_id FROM audit_log WHERE entity = 'patient_statement' AND action = 'create'");
    expect(audit.map((a) => a.patient_id)).toEqual([PATIENT]);
    expect((await loadPatientStatements(db, actor, 'NAK0001')).map((s) => s.id)).toEqual([first.statements[0]!.id]);
  });

  it('waits a cycle between statements and raises the notice while nothing is paid', async () => {
    await postDeductible(db);
    await run('2024-12-01');
    expect((await run('2024-12-15')).skipped).toEqual([{ patientId: PATIENT, accountNumber: 'NAK0001', reason: 'too_soon', amountDue: 6000 }]);
    expect((await run('2024-12-29')).statements[0]!.statement).toMatchObject({ notice: 2, noticeKind: 'past_due', amountDue: 6000 });
    expect((await run('2025-01-26')).statements[0]!.statement).toMatchObject({ notice: 3, noticeKind: 'final_notice' });
    // The final notice gives ten days; then the account is on the collections worklist until the patient pays.
    expect(await overdueAccounts(db, actor, calendarDate('2025-02-04'))).toEqual([]);
    expect(await overdueAccounts(db, actor, calendarDate('2025-02-05'))).toEqual([
      { patientId: PATIENT, accountNumber: 'NAK0001', name: 'Ken Nakamura', finalNoticeOn: '2025-01-26', amountDue: 6000, balance: 6000 },
    ]);
    await postPatientPayment(db, actor, { patient: { accountNumber: 'NAK0001' }, method: 'cash', amount: cents(1000), reference: 'RCPT-9', receivedOn: calendarDate('2025-02-06') });
    expect(await overdueAccounts(db, actor, calendarDate('2025-02-07'))).toEqual([]);
  });

  it('shows what the patient paid, and starts the notices again after a payment; a reversed payment counts for nothing', async () => {
    await postDeductible(db);
    await run('2024-12-01');
    const pay = { patient: { accountNumber: 'NAK0001' }, method: 'card' as const, receivedOn: calendarDate('2024-12-10') };
    await postPatientPayment(db, actor, { ...pay, amount: cents(2500), reference: 'RCPT-1' });
    const after = (await run('2024-12-29')).statements[0]!.statement;
    expect([after.notice, after.amountDue, after.claims[0]!.patientPaid, after.claims[0]!.insurancePaid]).toEqual([1, 3500, 2500, 10000]);
    await postPatientPayment(db, actor, { ...pay, amount: cents(1000), reference: 'RCPT-2', receivedOn: calendarDate('2025-01-02') });
    await reversePatientPayment(db, actor, { reference: 'RCPT-2', reason: 'check returned unpaid', reversedOn: calendarDate('2025-01-09') });
    const next = (await run('2025-01-26')).statements[0]!.statement;
    expect([next.amountDue, next.claims[0]!.patientPaid, next.notice]).toEqual([3500, 2500, 2]);
  });

  it('refuses a coder', async () => {
    await expect(runPatientStatements(db, { ...actor, role: 'coder' }, { statementDate: calendarDate('2024-12-01') })).rejects.toMatchObject({ kind: 'forbidden' });
  });
});
