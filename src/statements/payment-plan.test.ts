import { describe, expect, it } from 'vitest';
import { calendarDate } from '../dates/index';
import { cents } from '../money/index';
import { installments, planStanding, planTermsProblem, type PaymentPlanTerms } from './index';

const d = calendarDate;
// $350 at $100 a month from January 31: three of $100 and a last of $50, each on the month's 31st or its last day.
const terms: PaymentPlanTerms = { total: cents(35_000), installment: cents(10_000), firstDueOn: d('2024-01-31') };

describe('payment plans', () => {
  it('schedules monthly installments, the last taking what is left', () => {
    expect(installments(terms).map((i) => [i.number, i.dueOn, i.amount])).toEqual([
      [1, '2024-01-31', 10_000], [2, '2024-02-29', 10_000], [3, '2024-03-31', 10_000], [4, '2024-04-30', 5_000],
    ]);
  });

  it('is current while the payments keep up, past due when one is short, and completed when paid off', () => {
    expect(planStanding(terms, cents(0), d('2024-01-15'))).toMatchObject({ state: 'current', pastDue: 0, missed: 0, remaining: 35_000, next: { number: 1, dueOn: '2024-01-31' } });
    expect(planStanding(terms, cents(10_000), d('2024-02-10'))).toMatchObject({ state: 'current', next: { number: 2 } });
    expect(planStanding(terms, cents(15_000), d('2024-03-05'))).toMatchObject({ state: 'past_due', pastDue: 5_000, missed: 1, next: { number: 2 } });
    const paidOff = planStanding(terms, cents(35_000), d('2024-03-05'));
    expect(paidOff).toMatchObject({ state: 'completed', remaining: 0, pastDue: 0 });
    expect(paidOff.next).toBeUndefined();
  });

  it('defaults after two missed installments', () => {
    expect(planStanding(terms, cents(10_000), d('2024-03-31'))).toMatchObject({ state: 'defaulted', missed: 2, pastDue: 20_000 });
  });

  it('refuses terms that are no plan', () => {
    expect(planTermsProblem(terms)).toBeUndefined();
    expect(planTermsProblem({ ...terms, total: cents(0) })).toContain('owes nothing');
    expect(planTermsProblem({ ...terms, installment: cents(0) })).toContain('more than zero');
    expect(planTermsProblem({ ...terms, installment: cents(35_000) })).toContain('payment in full');
    expect(planTermsProblem({ ...terms, total: cents(500_000), installment: cents(10_000) })).toBe('the plan would take 50 installments; the most is 24, so the installment must be at least $208.34');
  });
});
