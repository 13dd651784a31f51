import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calendarDate } from '../dates/index';
import { cents } from '../money/index';
import { claimBalances, patientBalances } from '../ledger/index';
import { openTestDb, testEngines, type Db } from '../store/index';
import { actor, CLAIM, PATIENT, postDeductible, seedSelfResponsible } from './fixtures/cob-testkit';
import { postPatientPayment, reversePatientPayment, type PatientPaymentRequest } from './patient-payment';

const engines = await testEngines();
const pay = (reference: string, dollars: number, more: Partial<PatientPaymentRequest> = {}): PatientPaymentRequest => ({
  patient: { accountNumber: 'NAK0001' }, amount: cents(dollars * 100), method: 'card', reference, receivedOn: calendarDate('2024-12-02'), ...more,
});

describe.each(engines)('a patient pays on %s', (engine) => {
  let db: Db & { dispose(): Promise<void> };
  beforeEach(async () => {
    db = await openTestDb(engine);
    await seedSelfResponsible(db);
    await postDeductible(db);
  });
  afterEach(async () => {
    await db.dispose();
  });

  it('pays what they owe on the claim, and the same receipt entered again changes nothing', async () => {
    const first = await postPatientPayment(db, actor, pay('RCPT-1001', 25));
    expect(first).toMatchObject({ alreadyPosted: false, applied: [{ claimId: CLAIM, patientControlNumber: 'NAK0001-1', amount: 2500 }], onAccount: 0, balanceAfter: 3500 });
    const again = await postPatientPayment(db, actor, pay('RCPT-1001', 25));
    expect(again).toMatchObject({ alreadyPosted: true, receiptId: first.receiptId, balanceAfter: 3500 });
    const [claim] = await claimBalances(db, actor, [CLAIM]);
    expect([claim!.patientBalance, claim!.payments]).toEqual([3500, 12500]);
  });

  it('leaves what no claim owes on the account as a credit', async () => {
    const r = await postPatientPayment(db, actor, pay('RCPT-1002', 75, { method: 'check', patient: { id: PATIENT } }));
    expect(r.accountNumber).toBe('NAK0001');
    expect([r.applied.map((a) => a.amount), r.onAccount, r.balanceAfter]).toEqual([[6000], 1500, -1500]);
    expect((await patientBalances(db, actor, [PATIENT])).get(PATIENT)).toBe(-1500);
    expect((await claimBalances(db, actor, [CLAIM]))[0]!.patientBalance).toBe(0);
  });

  it('refuses a reference already used for another payment, a claim the patient does not have, and a coder', async () => {
    await postPatientPayment(db, actor, pay('RCPT-1003', 10));
    await expect(postPatientPayment(db, actor, pay('RCPT-1003', 12))).rejects.toMatchObject({ code: 'patient_payment.reference_taken' });
    await expect(postPatientPayment(db, actor, pay('RCPT-1004', 10, { claim: 'NOPE-1' }))).rejects.toMatchObject({ code: 'patient_payment.no_claim' });
    await expect(postPatientPayment(db, actor, pay('RCPT-1005', 10, { patient: { accountNumber: 'NOBODY' } }))).rejects.toMatchObject({ code: 'patient_payment.no_patient' });
    await expect(postPatientPayment(db, { ...actor, role: 'coder' }, pay('RCPT-1006', 10))).rejects.toMatchObject({ kind: 'forbidden' });
    // Nothing of the refused payments was stored.
    const receipts = await db.query<{ reference: string }>('SELECT reference FROM patient_payments ORDER BY reference');
    expect(receipts.map((r) => r.reference)).toEqual(['RCPT-1003']);
  });

  it('reverses a payment whole (a returned check); the reference stays taken', async () => {
    await postPatientPayment(db, actor, pay('CHK-2001', 75, { method: 'check' }));
    const reversal = { reference: 'CHK-2001', reversedOn: calendarDate('2024-12-09'), reason: 'returned unpaid' };
    const r = await reversePatientPayment(db, actor, reversal);
    expect([r.alreadyReversed, r.amount, r.balanceAfter]).toEqual([false, 7500, 6000]);
    const [claim] = await claimBalances(db, actor, [CLAIM]);
    expect([claim!.patientBalance, claim!.payments]).toEqual([6000, 10000]);
    expect(await reversePatientPayment(db, actor, reversal)).toMatchObject({ alreadyReversed: true, balanceAfter: 6000 });
    await expect(postPatientPayment(db, actor, pay('CHK-2001', 75, { method: 'check' }))).rejects.toMatchObject({ code: 'patient_payment.reference_reversed' });
    await expect(reversePatientPayment(db, actor, { ...reversal, reference: 'CHK-9999' })).rejects.toMatchObject({ code: 'patient_payment.no_receipt' });
  });

  it('writes the payment to the audit log with the patient', async () => {
    const r = await postPatientPayment(db, actor, pay('RCPT-1007', 20));
    const [row] = await db.query<{ action: string; patient_id: string; entity_id: string }>("SELECT action, patient_id, entity_id FROM audit_log WHERE entity = 'patient_payment'");
    expect(row).toEqual({ action: 'create', patient_id: PATIENT, entity_id: r.receiptId });
  });
});
