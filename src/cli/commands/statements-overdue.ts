// openrcm statements overdue [--date D] [--grace DAYS] [--json]: patients whose final notice went unanswered
// (no payment since, a balance still owed): the collections worklist.
import { formatUsd } from '../../money/index';
import { daysBetween } from '../../dates/index';
import { overdueAccounts } from '../../workflows/index';
import { ACTOR_OPTIONS, resolveActor } from '../actor';
import { DB_OPTIONS, writeJson, writeLine, type Command } from '../command';
import { withDb } from '../context';
import { dateOption, intOption } from '../parse';

export const statementsOverdue: Command = {
  path: ['statements', 'overdue'],
  summary: 'List the patients whose final notice went unanswered: the accounts to call or send to collections',
  usage: '[--date YYYY-MM-DD] [--grace DAYS] [--json]',
  positionals: { min: 0, max: 0 },
  options: {
    ...DB_OPTIONS, ...ACTOR_OPTIONS,
    date: { type: 'string', valueName: 'YYYY-MM-DD', description: 'as of this day (default today)' },
    grace: { type: 'string', valueName: 'DAYS', description: 'days the final notice gives before the account is overdue (default 10)' },
  },
  async run(args, io) {
    const on = dateOption(args, 'date');
    const grace = intOption(args, 'grace', 10, [0, 365]);
    const accounts = await withDb(args, io, async (db) => overdueAccounts(db, await resolveActor(db, args, io, 'biller'), on, grace));
    if (args.values.json) writeJson(io, accounts);
    else if (accounts.length === 0) writeLine(io, `${on}: no final notice has gone unanswered`);
    else {
      for (const a of accounts) {
        writeLine(io, `${a.accountNumber} ${a.name}${a.phone ? ` ${a.phone}` : ''}: owes ${formatUsd(a.balance)}; final notice ${a.finalNoticeOn} (${daysBetween(a.finalNoticeOn, on)} days, asked ${formatUsd(a.amountDue)}), nothing paid since`);
      }
    }
    return 0;
  },
};
