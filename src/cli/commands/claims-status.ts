import { claimStatus, claimsOverdue, inquiryTransport, tradingPartnerFor } from '../../submission/index';
import { usageError } from '../../errors/index';
import { ACTOR_OPTIONS, resolveActor } from '../actor';
import { DB_OPTIONS, writeJson, writeLine, type Command } from '../command';
import { withDb } from '../context';
import { intOption, stringOption } from '../parse';

export const claimsStatus: Command = {
  path: ['claims', 'status'],
  summary: 'Ask the payer for the status of a claim (276 → 277), or of every claim overdue for an answer',
  usage: 'ID|PATIENT-CONTROL-NUMBER | --overdue DAYS',
  positionals: { min: 0, max: 1 },
  options: {
    ...DB_OPTIONS,
    ...ACTOR_OPTIONS,
    overdue: { type: 'string', valueName: 'DAYS', description: 'ask about every claim submitted more than DAYS ago without a final answer' },
    endpoint: { type: 'string', valueName: 'URL', description: 'payer API (default $OPENRCM_PAYER_URL or http://127.0.0.1:5959)' },
  },
  async run(args, io) {
    const key = args.positionals[0];
    const overdue = stringOption(args, 'overdue') === undefined ? undefined : intOption(args, 'overdue', 30, [0, 3650]);
    if (!key && overdue === undefined) throw usageError('cli.arguments', 'claims status needs a claim id or --overdue DAYS');
    const transport = inquiryTransport(stringOption(args, 'endpoint'), io.env);
    const reports = await withDb(args, io, async (db) => {
      const actor = await resolveActor(db, args, io, 'biller');
      const partner = await tradingPartnerFor(db, actor);
      const keys = key ? [key] : (await claimsOverdue(db, actor, overdue!, new Date())).map((c) => c.id);
      const out = [];
      for (const k of keys) out.push(await claimStatus(db, actor, transport, partner, k, new Date()));
      return out;
    });
    if (args.values.json) { writeJson(io, reports); return 0; }
    for (const report of reports) {
      for (const c of report.claims) {
        writeLine(io, `claim ${c.patientControlNumber ?? '?'}${c.payerClaimControlNumber ? ` (payer ${c.payerClaimControlNumber})` : ''}: ${c.outcome}`);
        for (const s of c.statuses) for (const x of s.statuses) writeLine(io, `  ${x.categoryCode}:${x.statusCode} ${x.explanation}${s.paymentAmount !== undefined ? `  paid ${(s.paymentAmount / 100).toFixed(2)}` : ''}`);
      }
    }
    if (reports.length === 0) writeLine(io, 'no claims overdue');
    return 0;
  },
};
