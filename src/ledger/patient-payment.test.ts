import { describe, expect, it } from 'vitest';
import { calendarDate } from '../dates/index';
import { cents } from '../money/index';
import { deriveBalances } from './balances';
import { patientResponsibilityTransfer } from './builders';
import { planPatientPayment } from './patient-payment';

const PATIENT = 'pat-1';
const receivedOn = calendarDate('2023-10-20');
const owedOn = (claimId: string, amount: number) =>
  patientResponsibilityTransfer({ idempotencyKey: `pr:${claimId}`, effectiveDate: calendarDate('2023-10-01'), line: { claimId, claimLineId: `${claimId}-1`, patientId: PATIENT }, amount: cents(amount) });

describe('planPatientPayment', () => {
  it('pays the oldest claim first, each up to what the patient owes on it', () => {
    const plan = planPatientPayment({ receiptId: 'r1', patientId: PATIENT, amount: cents(7000), receivedOn }, [
      { claimId: 'older', owed: cents(4000) }, { claimId: 'newer', owed: cents(6000) },
    ]);
    expect(plan.applied).toEqual([{ claimId: 'older', amount: 4000 }, { claimId: 'newer', amount: 3000 }]);
    expect(plan.onAccount).toBe(0);
    expect(plan.transactions.map((t) => [t.kind, t.idempotencyKey, t.claimId])).toEqual([
      ['patient_payment', 'patient-payment:r1:claim:older', 'older'],
      ['patient_payment', 'patient-payment:r1:claim:newer', 'newer'],
    ]);
  });

  it('leaves what no claim owes on the account as a credit, and the books balance', () => {
    const owed = [owedOn('c1', 2500)];
    const plan = planPatientPayment({ receiptId: 'r2', patientId: PATIENT, amount: cents(4000), receivedOn }, [{ claimId: 'c1', owed: cents(2500) }]);
    expect(plan.onAccount).toBe(1500);
    const credit = plan.transactions.at(-1)!;
    expect([credit.idempotencyKey, credit.claimId]).toEqual(['patient-payment:r2:account', undefined]);
    const b = deriveBalances([...owed, ...plan.transactions]);
    expect(b.totalDebits).toBe(b.totalCredits);
    expect(b.byClaim.get('c1')?.patientBalance).toBe(0);
    // The patient's account now holds a credit of $15.00.
    expect(b.byPatient.get(PATIENT)).toBe(-1500);
  });

  it('skips claims the patient owes nothing on', () => {
    const plan = planPatientPayment({ receiptId: 'r3', patientId: PATIENT, amount: cents(1000), receivedOn }, [
      { claimId: 'paid', owed: cents(0) }, { claimId: 'open', owed: cents(5000) },
    ]);
    expect(plan.applied).toEqual([{ claimId: 'open', amount: 1000 }]);
  });
});
