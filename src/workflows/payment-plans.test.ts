import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calendarDate } from '../dates/index';
import { cents } from '../money/index';
import { openTestDb, testEngines, type Db } from '../store/index';
import { actor, postDeductible, seedSelfResponsible } from './fixtures/cob-testkit';
import { postPatientPayment } from './patient-payment';
import { runPatientStatements } from './patient-statements';
import { cancelPaymentPlan, paymentPlans, setUpPaymentPlan, type PaymentPlanRequest } from './payment-plans';

const engines = await testEngines();
// The payer leaves $60 of deductible to the patient, who agrees to pay it at $20 a month from December 15.
const terms = (more: Partial<PaymentPlanRequest> = {}): PaymentPlanRequest => ({
  accountNumber: 'NAK0001', installment: cents(2000), firstDueOn: calendarDate('2024-12-15'), agreedOn: calendarDate('2024-12-01'), ...more,
});
const statementOn = async (date: string) => (await runPatientStatements(db, actor, { statementDate: calendarDate(date) })).statements[0]?.statement;
const pay = (reference: string, dollars: number, on: string) =>
  postPatientPayment(db, actor, { patient: { accountNumber: 'NAK0001' }, amount: cents(dollars * 100), method: 'card', reference, receivedOn: calendarDate(on) });
let db: Db & { dispose(): Promise<void> };

describe.each(engines)('payment plans on %s', (engine) => {
  beforeEach(async () => {
    db = await openTestDb(engine);
    await seedSelfResponsible(db);
    await postDeductible(db);
  });
  afterEach(async () => {
    await db.dispose();
  });

  it('puts what the patient owes after insurance on a plan, and the statement asks for the installment', async () => {
    const plan = await setUpPaymentPlan(db, actor, terms());
    expect(plan).toMatchObject({ accountNumber: 'NAK0001', terms: { total: 6000, installment: 2000 }, standing: { state: 'current', remaining: 6000 } });
    expect(await statementOn('2024-12-01')).toMatchObject({ amountDue: 2000, balance: 6000, dueDate: '2024-12-15', plan: { state: 'current', installment: 2000, remaining: 6000 } });
    const audit = await db.query<{ action: string }>("SELECT action FROM audit_log WHERE entity = 'payment_plan'");
    expect(audit.map((a) => a.action)).toEqual(['create']);
  });

  it('refuses a second plan while one is kept, terms that are no plan, and a coder', async () => {
    await setUpPaymentPlan(db, actor, terms());
    await expect(setUpPaymentPlan(db, actor, terms({ installment: cents(3000) }))).rejects.toMatchObject({ code: 'payment_plan.open' });
    await cancelPaymentPlan(db, actor, 'NAK0001', calendarDate('2024-12-02'), 'patient paying in full');
    await expect(setUpPaymentPlan(db, actor, terms({ installment: cents(6000) }))).rejects.toMatchObject({ code: 'payment_plan.bad_terms' });
    await expect(setUpPaymentPlan(db, actor, terms({ firstDueOn: calendarDate('2024-11-30') }))).rejects.toMatchObject({ code: 'payment_plan.bad_terms' });
    await expect(setUpPaymentPlan(db, actor, terms({ accountNumber: 'NOBODY' }))).rejects.toMatchObject({ code: 'payment_plan.no_patient' });
    await expect(setUpPaymentPlan(db, { ...actor, role: 'coder' }, terms())).rejects.toMatchObject({ kind: 'forbidden' });
    expect(await paymentPlans(db, actor, calendarDate('2024-12-02'))).toEqual([]);
  });

  it('stays current while the installments are paid, and in default after two are missed bills the whole balance', async () => {
    await setUpPaymentPlan(db, actor, terms());
    await pay('RCPT-1', 20, '2024-12-14');
    expect((await paymentPlans(db, actor, calendarDate('2024-12-31')))[0]!.standing).toMatchObject({ state: 'current', paid: 2000, remaining: 4000, next: { dueOn: '2025-01-15' } });
    expect(await statementOn('2024-12-31')).toMatchObject({ amountDue: 2000, dueDate: '2025-01-15', noticeKind: 'statement' });
    const behind = (await paymentPlans(db, actor, calendarDate('2025-02-20')))[0]!.standing;
    expect(behind).toMatchObject({ state: 'defaulted', missed: 2, pastDue: 4000 });
    expect(await statementOn('2025-02-20')).toMatchObject({ amountDue: 4000, noticeKind: 'past_due', notice: 2 });
    // A new plan may replace one in default; the old one ends as defaulted.
    await setUpPaymentPlan(db, actor, terms({ installment: cents(1000), firstDueOn: calendarDate('2025-03-01'), agreedOn: calendarDate('2025-02-21') }));
    const ended = await db.query<{ end_reason: string | null }>('SELECT end_reason FROM payment_plans ORDER BY created_at');
    expect(ended.map((r) => r.end_reason)).toEqual(['defaulted', null]);
  });

  it('once cancelled, the whole balance is due again', async () => {
    await setUpPaymentPlan(db, actor, terms());
    await cancelPaymentPlan(db, actor, 'NAK0001', calendarDate('2024-12-05'), 'patient asked');
    expect(await statementOn('2024-12-05')).toMatchObject({ amountDue: 6000, noticeKind: 'statement' });
    await expect(cancelPaymentPlan(db, actor, 'NAK0001', calendarDate('2024-12-06'), 'again')).rejects.toMatchObject({ code: 'payment_plan.none' });
  });
});
