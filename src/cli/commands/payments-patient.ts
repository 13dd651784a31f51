// openrcm payments patient ACCOUNT --amount D --reference R [--method M] [--claim PCN] [--date D] [--json]:
// a patient's payment, applied to their claims oldest first; the same reference again changes nothing.
import { usageError } from '../../errors/index';
import { cents, formatUsd, parseDollars } from '../../money/index';
import { postPatientPayment, type PatientPaymentMethod } from '../../workflows/index';
import { ACTOR_OPTIONS, resolveActor } from '../actor';
import { DB_OPTIONS, writeJson, writeLine, type Command } from '../command';
import { withDb } from '../context';
import { dateOption, stringOption } from '../parse';

const METHODS: readonly PatientPaymentMethod[] = ['cash', 'check', 'card', 'eft', 'other'];

export const paymentsPatient: Command = {
  path: ['payments', 'patient'],
  summary: "Post a patient's payment to their claims, oldest first (the rest stays on the account as a credit)",
  usage: 'ACCOUNT --amount DOLLARS --reference REF [--method cash|check|card|eft|other] [--claim PCN] [--date YYYY-MM-DD] [--json]',
  positionals: { min: 1, max: 1 },
  options: {
    ...DB_OPTIONS, ...ACTOR_OPTIONS,
    amount: { type: 'string', valueName: 'DOLLARS', description: 'the amount paid, e.g. 25.00' },
    reference: { type: 'string', valueName: 'REF', description: 'receipt number, card authorization or check number: unique per practice' },
    method: { type: 'string', valueName: 'METHOD', description: 'cash, check, card (default), eft or other' },
    claim: { type: 'string', valueName: 'PCN', description: 'apply to this claim only' },
    date: { type: 'string', valueName: 'YYYY-MM-DD', description: 'when it was received (default today)' },
  },
  async run(args, io) {
    const amountText = stringOption(args, 'amount');
    const amount = amountText === undefined ? undefined : parseDollars(amountText);
    if (amount === undefined || amount <= 0) throw usageError('cli.bad_amount', `--amount must be a positive dollar amount such as 25.00, not '${amountText ?? ''}'`);
    const reference = stringOption(args, 'reference')?.trim();
    if (!reference) throw usageError('cli.missing_reference', '--reference is required: the receipt number, card authorization or check number, so the payment posts once');
    const method = (stringOption(args, 'method') ?? 'card') as PatientPaymentMethod;
    if (!METHODS.includes(method)) throw usageError('cli.bad_method', `--method must be one of ${METHODS.join(', ')}, not '${method}'`);
    const receivedOn = dateOption(args, 'date');
    const claim = stringOption(args, 'claim');
    const r = await withDb(args, io, async (db) => postPatientPayment(db, await resolveActor(db, args, io, 'biller'), {
      patient: { accountNumber: args.positionals[0]! }, amount, method, reference, receivedOn, ...(claim ? { claim } : {}),
    }));
    const owes = r.balanceAfter < 0 ? `has a credit of ${formatUsd(cents(0 - r.balanceAfter))}` : `owes ${formatUsd(r.balanceAfter)}`;
    if (args.values.json) writeJson(io, r);
    else if (r.alreadyPosted) writeLine(io, `${reference}: already posted; nothing changed (${r.accountNumber} ${owes})`);
    else {
      const applied = r.applied.map((a) => `${formatUsd(a.amount)} to ${a.patientControlNumber}`);
      if (r.onAccount > 0) applied.push(`${formatUsd(r.onAccount)} left on the account as a credit`);
      writeLine(io, `${r.accountNumber} paid ${formatUsd(r.amount)} (${method} ${reference}): ${applied.join(', ')}; now ${owes}`);
    }
    return 0;
  },
};
