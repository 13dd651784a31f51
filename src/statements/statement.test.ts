import { describe, expect, it } from 'vitest';
import { calendarDate, type CalendarDate } from '../dates/index';
import { cents } from '../money/index';
import { zipCode } from '../forms/index';
import { decideStatement, formatPhone, type StatementAccount, type StatementClaimInput } from './index';

const d = calendarDate;
// An office visit of $180: the payer allowed $140, paid $100 and left a $40 copay and coinsurance to the patient.
const visit = (pcn: string, serviceDate: string, more: Partial<StatementClaimInput> = {}): StatementClaimInput => ({
  claimId: `id-${pcn}`, patientControlNumber: pcn, payerName: 'ACME HEALTH', serviceDate: d(serviceDate),
  lines: [{ serviceDate: d(serviceDate), procedureCode: '99214', modifiers: [], charge: cents(18_000) }],
  charges: cents(18_000), insurancePaid: cents(10_000), adjustments: cents(4_000), patientPaid: cents(0),
  payerBalance: cents(0), patientBalance: cents(4_000), patientShareSince: d(serviceDate), ...more,
});
const account = (claims: StatementClaimInput[], more: Partial<StatementAccount> = {}): StatementAccount => ({
  patientId: 'p1', accountNumber: 'A100', name: 'ALEX RIVERA', address: { line1: '12 ELM ST', city: 'HARTFORD', state: 'CT', postalCode: '06101' },
  claims, onAccount: cents(0), ...more,
});
const on = (date: string): CalendarDate => d(date);

describe('decideStatement', () => {
  it("bills the patient's share of claims insurance has settled, aged from when the share was posted", () => {
    const r = decideStatement(account([visit('A100-1', '2023-01-10'), visit('A100-2', '2023-03-02', { patientShareSince: d('2023-03-20') })]), on('2023-04-01'));
    expect(r.send).toBe(true);
    if (!r.send) return;
    expect(r.statement).toMatchObject({ amountDue: 8_000, notice: 1, noticeKind: 'statement', dueDate: '2023-04-22', credit: 0, pendingInsurance: 0 });
    expect(r.statement.aging).toEqual({ '0-30': 4_000, '31-60': 0, '61-90': 4_000, '91-120': 0, '120+': 0 });
    expect(r.statement.claims.map((c) => [c.patientControlNumber, c.due, c.lines[0]!.procedureCode])).toEqual([['A100-1', 4_000, '99214'], ['A100-2', 4_000, '99214']]);
  });

  it('shows the share of a claim still with insurance as not yet due, and sends nothing when that is all there is', () => {
    const pending = visit('A100-3', '2023-03-15', { payerBalance: cents(2_500), patientBalance: cents(1_000) });
    const both = decideStatement(account([visit('A100-1', '2023-01-10'), pending]), on('2023-04-01'));
    expect(both.send && [both.statement.amountDue, both.statement.pendingInsurance, both.statement.claims.length]).toEqual([4_000, 1_000, 1]);
    expect(decideStatement(account([pending]), on('2023-04-01'))).toEqual({ send: false, reason: 'nothing_due', amountDue: 0 });
  });

  it('takes a credit on the account or an overpaid claim off what is due', () => {
    const overpaid = visit('A100-4', '2023-02-01', { patientPaid: cents(5_000), patientBalance: cents(-1_000) });
    const r = decideStatement(account([visit('A100-1', '2023-01-10'), overpaid], { onAccount: cents(-500) }), on('2023-04-01'));
    expect(r.send && [r.statement.credit, r.statement.amountDue, r.statement.claims.map((c) => c.patientControlNumber)]).toEqual([-1_500, 2_500, ['A100-1']]);
    expect(decideStatement(account([visit('A100-1', '2023-01-10')], { onAccount: cents(-4_000) }), on('2023-04-01'))).toMatchObject({ send: false, reason: 'nothing_due' });
  });

  it('sends nothing below the minimum or within the cycle of the last statement', () => {
    const small = visit('A100-5', '2023-01-10', { patientBalance: cents(499) });
    expect(decideStatement(account([small]), on('2023-04-01'))).toEqual({ send: false, reason: 'below_minimum', amountDue: 499 });
    const sent = { statementDate: d('2023-03-10'), notice: 1 };
    expect(decideStatement(account([visit('A100-1', '2023-01-10')], { lastStatement: sent }), on('2023-04-06'))).toMatchObject({ send: false, reason: 'too_soon' });
    expect(decideStatement(account([visit('A100-1', '2023-01-10')], { lastStatement: sent }), on('2023-04-07')).send).toBe(true);
  });

  it('raises the notice each cycle without a payment, and starts again after one', () => {
    const claims = [visit('A100-1', '2023-01-10', { patientBalance: cents(2_000) })];
    const second = decideStatement(account(claims, { lastStatement: { statementDate: d('2023-03-01'), notice: 1 } }), on('2023-04-01'));
    expect(second.send && [second.statement.notice, second.statement.noticeKind]).toEqual([2, 'past_due']);
    const third = decideStatement(account(claims, { lastStatement: { statementDate: d('2023-04-01'), notice: 2 }, lastPaymentOn: d('2023-03-20') }), on('2023-05-01'));
    expect(third.send && [third.statement.notice, third.statement.noticeKind]).toEqual([3, 'final_notice']);
    const paid = decideStatement(account(claims, { lastStatement: { statementDate: d('2023-04-01'), notice: 2 }, lastPaymentOn: d('2023-04-15') }), on('2023-05-01'));
    expect(paid.send && [paid.statement.notice, paid.statement.noticeKind]).toEqual([1, 'statement']);
  });
});

describe('zipCode (as statements print it)', () => {
  it('prints nine-digit ZIP codes with their hyphen and leaves others as they are', () => {
    expect([zipCode('623383863'), zipCode('06101'), zipCode('K1A 0B1')]).toEqual(['62338-3863', '06101', 'K1A 0B1']);
  });
});

describe('formatPhone', () => {
  it('prints ten-digit US numbers the usual way and leaves others as they are', () => {
    expect([formatPhone('2175550100'), formatPhone('1-217-555-0100'), formatPhone('+44 20 7946 0958')]).toEqual(['(217) 555-0100', '(217) 555-0100', '+44 20 7946 0958']);
  });
});

describe('decideStatement on a payment plan', () => {
  // $400 owed, on a plan of $100 a month from 2023-04-15.
  const claims = [visit('A100-1', '2023-01-10', { patientBalance: cents(40_000) })];
  const plan = (paid: number) => ({ terms: { total: cents(40_000), installment: cents(10_000), firstDueOn: d('2023-04-15') }, paidSinceStart: cents(paid) });

  it("asks for the installment due next, by its date, and keeps the notice at a statement while the plan holds", () => {
    const r = decideStatement(account(claims, { plan: plan(0), lastStatement: { statementDate: d('2023-03-01'), notice: 2 } }), on('2023-04-01'));
    expect(r.send && r.statement).toMatchObject({ amountDue: 10_000, balance: 40_000, dueDate: '2023-04-15', notice: 1, noticeKind: 'statement', plan: { state: 'current', installment: 10_000, remaining: 40_000 } });
  });

  it('asks for the installments missed as well, as past due', () => {
    const r = decideStatement(account([visit('A100-1', '2023-01-10', { patientBalance: cents(35_000) })], { plan: plan(5_000) }), on('2023-05-01'));
    expect(r.send && r.statement).toMatchObject({ amountDue: 15_000, dueDate: '2023-05-15', noticeKind: 'past_due', plan: { state: 'past_due', pastDue: 5_000, remaining: 35_000 } });
  });

  it('adds what the plan does not cover, and bills the whole balance with rising notices once the plan is in default', () => {
    const newVisit = visit('A100-2', '2023-04-20', { patientBalance: cents(2_500) });
    const extra = decideStatement(account([...claims, newVisit], { plan: plan(0) }), on('2023-04-01'));
    expect(extra.send && extra.statement.amountDue).toBe(12_500);
    const defaulted = decideStatement(account(claims, { plan: plan(0), lastStatement: { statementDate: d('2023-05-01'), notice: 1 } }), on('2023-06-01'));
    expect(defaulted.send && defaulted.statement).toMatchObject({ amountDue: 40_000, notice: 2, noticeKind: 'past_due', dueDate: '2023-06-22' });
    expect(defaulted.send && defaulted.statement.plan).toBeUndefined();
  });
});
