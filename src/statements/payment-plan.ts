// A payment plan: the patient pays what they owe in monthly installments. Its standing on a day is read
// from the schedule and what the patient has paid since the plan began: current, past due, defaulted (too
// many installments missed: the whole balance is due again and the notices resume) or completed.
import { addMonths, type CalendarDate } from '../dates/index';
import { cents, formatUsd, type Cents } from '../money/index';

export interface PaymentPlanTerms {
  /** What the plan pays off: the patient's balance when it was set up. */
  total: Cents;
  /** Each month's installment (the last one may be smaller). */
  installment: Cents;
  firstDueOn: CalendarDate;
}

export interface Installment {
  number: number;
  dueOn: CalendarDate;
  amount: Cents;
}

export type PlanState = 'current' | 'past_due' | 'defaulted' | 'completed';

export interface PlanStanding {
  state: PlanState;
  /** Paid since the plan began. */
  paid: Cents;
  /** Still to pay on the plan. */
  remaining: Cents;
  /** Installments due by then, less what was paid (zero when ahead). */
  pastDue: Cents;
  /** Installments due by then and not covered by what was paid. */
  missed: number;
  /** The first installment not yet covered (undefined when completed). */
  next?: Installment;
}

/** Installments missed before the plan is in default. */
export const PLAN_DEFAULT_AFTER_MISSED = 2;
/** The longest plan the practice offers. */
export const PLAN_MAX_INSTALLMENTS = 24;

/** The plan's installments, monthly from the first due date; the last one takes what is left. */
export function installments(terms: PaymentPlanTerms): Installment[] {
  const out: Installment[] = [];
  let left: number = terms.total;
  for (let n = 1; left > 0; n++) {
    const amount = cents(Math.min(left, terms.installment));
    out.push({ number: n, dueOn: addMonths(terms.firstDueOn, n - 1), amount });
    left -= amount;
  }
  return out;
}

/** Why terms cannot be a plan, or undefined when they can. */
export function planTermsProblem(terms: PaymentPlanTerms): string | undefined {
  if (terms.total <= 0) return 'the patient owes nothing to put on a plan';
  if (terms.installment <= 0) return 'the installment must be more than zero';
  if (terms.installment >= terms.total) return 'the installment is the whole balance: ask for payment in full instead of a plan';
  const n = Math.ceil(terms.total / terms.installment);
  if (n > PLAN_MAX_INSTALLMENTS) return `the plan would take ${n} installments; the most is ${PLAN_MAX_INSTALLMENTS}, so the installment must be at least ${formatUsd(cents(Math.ceil(terms.total / PLAN_MAX_INSTALLMENTS)))}`;
  return undefined;
}

/** Where the plan stands on `on`, given what the patient paid since it began. */
export function planStanding(terms: PaymentPlanTerms, paid: Cents, on: CalendarDate): PlanStanding {
  const schedule = installments(terms);
  const remaining = cents(Math.max(0, terms.total - paid));
  let covered: number = paid;
  let dueByNow = 0;
  let missed = 0;
  let next: Installment | undefined;
  for (const i of schedule) {
    const coveredHere = covered >= i.amount;
    covered = Math.max(0, covered - i.amount);
    if (i.dueOn <= on) {
      dueByNow += i.amount;
      if (!coveredHere) missed++;
    }
    if (!coveredHere && !next) next = i;
  }
  const pastDue = cents(Math.max(0, dueByNow - paid));
  const state: PlanState = remaining === 0 ? 'completed' : missed >= PLAN_DEFAULT_AFTER_MISSED ? 'defaulted' : pastDue > 0 ? 'past_due' : 'current';
  return { state, paid, remaining, pastDue, missed, ...(next && remaining > 0 ? { next } : {}) };
}
