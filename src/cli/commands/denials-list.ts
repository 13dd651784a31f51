// openrcm denials list [--queue coder|biller] [--json]: the open denial work, soonest deadline first.
import { usageError } from '../../errors/index';
import { ACTOR_OPTIONS, resolveActor } from '../actor';
import { DB_OPTIONS, writeJson, writeLine, type Command } from '../command';
import { withDb } from '../context';
import { listDenialWorkItems } from '../denials-module';
import { stringOption } from '../parse';

export const denialsList: Command = {
  path: ['denials', 'list'],
  summary: 'List open denial work items (coder or biller queue) with root cause, action and the payer deadlines',
  usage: '[--queue coder|biller] [--json]',
  options: { ...DB_OPTIONS, ...ACTOR_OPTIONS, queue: { type: 'string', valueName: 'Q', description: 'coder or biller' } },
  async run(args, io) {
    const queue = stringOption(args, 'queue');
    if (queue !== undefined && queue !== 'coder' && queue !== 'biller') throw usageError('denials.queue', `--queue must be coder or biller, got '${queue}'`);
    const items = await withDb(args, io, async (db) => listDenialWorkItems(db, await resolveActor(db, args, io, queue === 'coder' ? 'coder' : 'biller'), queue ? { queue } : {}));
    if (args.values.json) {
      writeJson(io, items);
      return 0;
    }
    for (const w of items) {
      writeLine(io, `${(w.dueDate ?? 'no deadline').padEnd(11)} P${w.priority} ${w.queue.padEnd(6)} ${w.patientControlNumber.padEnd(16)} ${w.claimStatus.padEnd(14)} ${w.rootCause.padEnd(24)} ${w.payer ?? ''} (file within ${w.timelyFilingDays ?? '?'} days of service, appeal within ${w.appealDays ?? '?'} days of the remittance)`);
      writeLine(io, `            → ${w.recommendedAction}`);
    }
    writeLine(io, `${items.length} open denial work items`);
    return 0;
  },
};
