// openrcm era post FILE [--json]: posts every payment of an 835 file, all or nothing.
import { basename } from 'node:path';
import { todayUtc } from '../../dates/index';
import { cents, formatUsd } from '../../money/index';
import { postEraFile, read835File, type EraPaymentResult } from '../../workflows/index';
import { ACTOR_OPTIONS, resolveActor } from '../actor';
import { DB_OPTIONS, writeJson, writeLine, type Command, type CommandIo } from '../command';
import { withDb } from '../context';
import { readX12File } from '../x12-module';

export const eraPost: Command = {
  path: ['era', 'post'],
  summary: 'Post an 835 remittance file to the ledger (every payment in one transaction; a payment already posted is skipped)',
  usage: 'FILE [--json]',
  positionals: { min: 1, max: 1 },
  options: { ...DB_OPTIONS, ...ACTOR_OPTIONS },
  async run(args, io) {
    const file = args.positionals[0]!;
    const bytes = await readX12File(file);
    // a malformed file is refused before the database is opened
    const parsed = await read835File(bytes, basename(file));
    const result = await withDb(args, io, async (db) =>
      postEraFile(db, await resolveActor(db, args, io, 'biller'), { fileName: basename(file), bytes, receivedOn: todayUtc(new Date()), parsed }),
    );
    if (args.values.json) {
      writeJson(io, result);
    } else {
      for (const p of result.payments) printPayment(io, p);
    }
    return result.payments.some((p) => p.warnings.length > 0 || p.unapplied.length > 0) ? 1 : 0;
  },
};

function printPayment(io: CommandIo, p: EraPaymentResult): void {
  if (p.alreadyPosted) {
    writeLine(io, `already posted: trace ${p.traceNumber} from ${p.payerIdentifier} (file ${p.alreadyPosted.fileName ?? '?'}, ${p.alreadyPosted.receivedAt}); nothing changed`);
    return;
  }
  writeLine(io, `posted trace ${p.traceNumber} from ${p.payerIdentifier}: ${formatUsd(cents(p.amount))}, ${p.claims} claims, ${p.postedTransactions} ledger transactions, ${p.denials} denials, ${p.workItemsOpened} work items opened`);
  for (const s of p.secondaryClaims) writeLine(io, `  secondary claim ${s.patientControlNumber} drafted for ${s.payer} (${formatUsd(cents(s.movedToSecondary))} moved from the patient to the secondary payer)`);
  for (const m of p.statusMoves) writeLine(io, `  ${m.patientControlNumber}: ${m.from} → ${m.to}`);
  for (const u of p.unapplied) writeLine(io, `  UNAPPLIED ${u.patientControlNumber}${u.service ? ` ${u.service}` : ''} ${formatUsd(u.amount)}: ${u.reason}`);
  for (const w of p.warnings) writeLine(io, `  WARNING ${w}`);
}
