// openrcm statements show ACCOUNT [--out DIR] [--json]: the statements sent to a patient, newest first, as they
// were printed; --out prints them again (a patient who lost theirs).
import { formatUsd } from '../../money/index';
import { loadPatientStatements } from '../../workflows/index';
import { ACTOR_OPTIONS, resolveActor } from '../actor';
import { DB_OPTIONS, writeJson, writeLine, type Command } from '../command';
import { withDb } from '../context';
import { stringOption } from '../parse';
import { printStatements } from './statement-files';

export const statementsShow: Command = {
  path: ['statements', 'show'],
  summary: 'List the statements sent to a patient, as printed (--out DIR prints them again)',
  usage: 'ACCOUNT [--out DIR] [--json]',
  positionals: { min: 1, max: 1 },
  options: { ...DB_OPTIONS, ...ACTOR_OPTIONS, out: { type: 'string', valueName: 'DIR', description: 'print each statement again as DIR/<account>-<date>.pdf' } },
  async run(args, io) {
    const account = args.positionals[0]!;
    const statements = await withDb(args, io, async (db) => loadPatientStatements(db, await resolveActor(db, args, io, 'biller'), account));
    const dir = stringOption(args, 'out');
    if (dir) await printStatements(dir, statements);
    if (args.values.json) writeJson(io, statements);
    else if (statements.length === 0) writeLine(io, `${account}: no statement sent`);
    else {
      for (const { statement: s } of statements) {
        writeLine(io, `${s.statementDate} ${s.noticeKind.replace('_', ' ')} (notice ${s.notice}): ${formatUsd(s.amountDue)} due by ${s.dueDate}${s.plan ? `, payment plan ${formatUsd(s.plan.installment)}/month` : ''}`);
      }
      if (dir) writeLine(io, `printed to ${dir}/`);
    }
    return 0;
  },
};
