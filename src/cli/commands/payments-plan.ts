// openrcm payments plan ACCOUNT --installment DOLLARS [--first D] [--date D] [--note TEXT]: monthly installments of
// what the patient owes after insurance; openrcm payments plans: every open plan and where it stands;
// openrcm payments plan-cancel ACCOUNT --reason TEXT: the whole balance is due again.
import { usageError } from '../../errors/index';
import { addMonths, type CalendarDate } from '../../dates/index';
import { formatUsd, parseDollars } from '../../money/index';
import { cancelPaymentPlan, paymentPlans, setUpPaymentPlan, type PaymentPlanView } from '../../workflows/index';
import { ACTOR_OPTIONS, resolveActor } from '../actor';
import { DB_OPTIONS, writeJson, writeLine, type Command } from '../command';
import { withDb } from '../context';
import { dateOption, stringOption } from '../parse';

export const paymentsPlan: Command = {
  path: ['payments', 'plan'],
  summary: 'Put what a patient owes after insurance on a monthly payment plan',
  usage: 'ACCOUNT --installment DOLLARS [--first YYYY-MM-DD] [--date YYYY-MM-DD] [--note TEXT] [--json]',
  positionals: { min: 1, max: 1 },
  options: {
    ...DB_OPTIONS, ...ACTOR_OPTIONS,
    installment: { type: 'string', valueName: 'DOLLARS', description: 'the monthly installment, e.g. 50.00' },
    first: { type: 'string', valueName: 'YYYY-MM-DD', description: 'when the first installment is due (default a month after --date)' },
    date: { type: 'string', valueName: 'YYYY-MM-DD', description: 'when the plan is agreed (default today)' },
    note: { type: 'string', valueName: 'TEXT', description: 'what was agreed, for whoever reads the account next' },
  },
  async run(args, io) {
    const text = stringOption(args, 'installment');
    const installment = text === undefined ? undefined : parseDollars(text);
    if (installment === undefined || installment <= 0) throw usageError('cli.bad_amount', `--installment must be a positive dollar amount such as 50.00, not '${text ?? ''}'`);
    const agreedOn = dateOption(args, 'date');
    const firstDueOn = stringOption(args, 'first') === undefined ? addMonths(agreedOn, 1) : dateOption(args, 'first');
    const note = stringOption(args, 'note');
    const plan = await withDb(args, io, async (db) => setUpPaymentPlan(db, await resolveActor(db, args, io, 'biller'), {
      accountNumber: args.positionals[0]!, installment, firstDueOn, agreedOn, ...(note ? { note } : {}),
    }));
    if (args.values.json) writeJson(io, plan);
    else writeLine(io, `${plan.accountNumber} (${plan.name}): ${formatUsd(plan.terms.total)} at ${formatUsd(plan.terms.installment)} a month from ${plan.terms.firstDueOn}`);
    return 0;
  },
};

export const paymentsPlans: Command = {
  path: ['payments', 'plans'],
  summary: 'List the open payment plans and where each stands (--behind: only those past due or in default)',
  usage: '[--date YYYY-MM-DD] [--behind] [--json]',
  positionals: { min: 0, max: 0 },
  options: {
    ...DB_OPTIONS, ...ACTOR_OPTIONS,
    date: { type: 'string', valueName: 'YYYY-MM-DD', description: 'where the plans stand on this day (default today)' },
    behind: { type: 'boolean', description: 'only plans past due or in default: the ones to call about' },
  },
  async run(args, io) {
    const on = dateOption(args, 'date');
    const all = await withDb(args, io, async (db) => paymentPlans(db, await resolveActor(db, args, io, 'biller'), on));
    const plans = args.values.behind ? all.filter((p) => p.standing.state === 'past_due' || p.standing.state === 'defaulted') : all;
    if (args.values.json) writeJson(io, plans);
    else if (plans.length === 0) writeLine(io, `${on}: no ${args.values.behind ? 'payment plan is behind' : 'open payment plans'}`);
    else for (const p of plans) writeLine(io, planLine(p, on));
    return 0;
  },
};

export const paymentsPlanCancel: Command = {
  path: ['payments', 'plan-cancel'],
  summary: "End a patient's payment plan: the whole balance is due again",
  usage: 'ACCOUNT --reason TEXT [--date YYYY-MM-DD] [--json]',
  positionals: { min: 1, max: 1 },
  options: {
    ...DB_OPTIONS, ...ACTOR_OPTIONS,
    reason: { type: 'string', valueName: 'TEXT', description: 'why the plan ends' },
    date: { type: 'string', valueName: 'YYYY-MM-DD', description: 'when it ends (default today)' },
  },
  async run(args, io) {
    const reason = stringOption(args, 'reason')?.trim();
    if (!reason) throw usageError('cli.missing_reason', '--reason is required: why the plan ends, for whoever reads the account next');
    const on = dateOption(args, 'date');
    const plan = await withDb(args, io, async (db) => cancelPaymentPlan(db, await resolveActor(db, args, io, 'biller'), args.positionals[0]!, on, reason));
    if (args.values.json) writeJson(io, plan);
    else writeLine(io, `${plan.accountNumber}: payment plan ended on ${on}; ${formatUsd(plan.standing.remaining)} of it was still to pay`);
    return 0;
  },
};

function planLine(p: PaymentPlanView, on: CalendarDate): string {
  const s = p.standing;
  // The first installment not paid: still to come, or unpaid since its date.
  const next = !s.next ? '' : s.next.dueOn > on ? `, next ${formatUsd(s.next.amount)} due ${s.next.dueOn}` : `, unpaid since ${s.next.dueOn}`;
  const behind = s.pastDue > 0 ? `, ${formatUsd(s.pastDue)} past due (${s.missed} missed)` : '';
  return `${p.accountNumber} ${p.name}: ${formatUsd(p.terms.installment)}/month, ${s.state.replace('_', ' ')}, paid ${formatUsd(s.paid)}, ${formatUsd(s.remaining)} left${behind}${next}`;
}
