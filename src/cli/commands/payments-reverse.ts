// openrcm payments reverse REFERENCE --reason TEXT [--date D] [--json]: a patient payment entered in error,
// or a check returned unpaid, reversed whole; the reference stays taken.
import { usageError } from '../../errors/index';
import { formatUsd } from '../../money/index';
import { reversePatientPayment } from '../../workflows/index';
import { ACTOR_OPTIONS, resolveActor } from '../actor';
import { DB_OPTIONS, writeJson, writeLine, type Command } from '../command';
import { withDb } from '../context';
import { dateOption, stringOption } from '../parse';

export const paymentsReverse: Command = {
  path: ['payments', 'reverse'],
  summary: 'Reverse a posted patient payment whole (entered in error, or a check returned unpaid)',
  usage: 'REFERENCE --reason TEXT [--date YYYY-MM-DD] [--json]',
  positionals: { min: 1, max: 1 },
  options: {
    ...DB_OPTIONS, ...ACTOR_OPTIONS,
    reason: { type: 'string', valueName: 'TEXT', description: 'why, kept with the reversal (e.g. "check returned unpaid")' },
    date: { type: 'string', valueName: 'YYYY-MM-DD', description: 'the reversal\'s effective date (default today)' },
  },
  async run(args, io) {
    const reason = stringOption(args, 'reason')?.trim();
    if (!reason) throw usageError('cli.missing_reason', '--reason is required: say why the payment is reversed');
    const reversedOn = dateOption(args, 'date');
    const reference = args.positionals[0]!;
    const r = await withDb(args, io, async (db) => reversePatientPayment(db, await resolveActor(db, args, io, 'biller'), { reference, reversedOn, reason }));
    if (args.values.json) writeJson(io, r);
    else writeLine(io, r.alreadyReversed ? `${reference}: already reversed; nothing changed` : `${reference}: ${formatUsd(r.amount)} reversed on ${reversedOn}; the patient now owes ${formatUsd(r.balanceAfter)}`);
    return 0;
  },
};
