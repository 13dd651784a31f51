// openrcm statements run [--date D] [--minimum DOLLARS] [--cycle DAYS] [--out DIR] [--json]: a statement to every
// patient who owes after insurance (once per cycle), each printed to DIR/<account>-<date>.pdf.
import { usageError } from '../../errors/index';
import { formatUsd, parseDollars } from '../../money/index';
import { DEFAULT_STATEMENT_POLICY } from '../../statements/index';
import { runPatientStatements } from '../../workflows/index';
import { ACTOR_OPTIONS, resolveActor } from '../actor';
import { DB_OPTIONS, writeJson, writeLine, type Command } from '../command';
import { withDb } from '../context';
import { dateOption, intOption, stringOption } from '../parse';
import { printStatements } from './statement-files';

export const statementsRun: Command = {
  path: ['statements', 'run'],
  summary: 'Send a statement to every patient who owes after insurance (once per billing cycle), printed to PDF',
  usage: '[--date YYYY-MM-DD] [--minimum DOLLARS] [--cycle DAYS] [--out DIR] [--json]',
  positionals: { min: 0, max: 0 },
  options: {
    ...DB_OPTIONS, ...ACTOR_OPTIONS,
    date: { type: 'string', valueName: 'YYYY-MM-DD', description: 'the statement date (default today)' },
    minimum: { type: 'string', valueName: 'DOLLARS', description: `send nothing below this amount due (default ${formatUsd(DEFAULT_STATEMENT_POLICY.minimumDue)})` },
    cycle: { type: 'string', valueName: 'DAYS', description: `days between two statements to a patient (default ${DEFAULT_STATEMENT_POLICY.cycleDays})` },
    out: { type: 'string', valueName: 'DIR', description: 'write the PDFs here (default statements-<date>)' },
  },
  async run(args, io) {
    const statementDate = dateOption(args, 'date');
    const minimumText = stringOption(args, 'minimum');
    const minimumDue = minimumText === undefined ? DEFAULT_STATEMENT_POLICY.minimumDue : parseDollars(minimumText);
    if (minimumDue === undefined || minimumDue < 0) throw usageError('cli.bad_amount', `--minimum must be a dollar amount such as 5.00, not '${minimumText ?? ''}'`);
    const cycleDays = intOption(args, 'cycle', DEFAULT_STATEMENT_POLICY.cycleDays, [1, 365]);
    const r = await withDb(args, io, async (db) => runPatientStatements(db, await resolveActor(db, args, io, 'biller'), { statementDate, policy: { minimumDue, cycleDays } }));
    const dir = stringOption(args, 'out') ?? `statements-${statementDate}`;
    const files = await printStatements(dir, r.statements);
    if (args.values.json) {
      writeJson(io, { ...r, files });
      return 0;
    }
    const sent = r.statements.filter((s) => !s.alreadySent);
    const notices = (kind: string) => r.statements.filter((s) => s.statement.noticeKind === kind).length;
    writeLine(io, `${statementDate}: ${r.statements.length} statements, ${formatUsd(r.totalDue)} due (${sent.length} new, ${r.statements.length - sent.length} already sent today; ${notices('past_due')} past due, ${notices('final_notice')} final notices)`);
    const reasons = new Map<string, number>();
    for (const s of r.skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
    if (reasons.size > 0) writeLine(io, `no statement: ${[...reasons].map(([reason, n]) => `${n} ${reason.replace('_', ' ')}`).join(', ')}`);
    if (files.length > 0) writeLine(io, `printed to ${dir}/`);
    return 0;
  },
};
