import { CLAIM_STATUSES, type ClaimStatus } from '../../claims/index';
import { usageError } from '../../errors/index';
import { formatUsd } from '../../money/index';
import { listClaims } from '../../store/index';
import { ACTOR_OPTIONS, resolveActor } from '../actor';
import { DB_OPTIONS, writeJson, writeLine, type Command } from '../command';
import { withDb } from '../context';
import { intOption, stringOption } from '../parse';

export const claimsList: Command = {
  path: ['claims', 'list'],
  summary: 'List claims, optionally in one status',
  usage: `[--status ${CLAIM_STATUSES.join('|')}] [--limit N]`,
  options: {
    ...DB_OPTIONS,
    ...ACTOR_OPTIONS,
    status: { type: 'string', valueName: 'S', description: 'only claims in this status' },
    limit: { type: 'string', valueName: 'N', description: 'at most N claims (default 100)' },
  },
  async run(args, io) {
    const status = stringOption(args, 'status');
    if (status && !(CLAIM_STATUSES as readonly string[]).includes(status)) {
      throw usageError('cli.bad_status', `unknown claim status '${status}' (one of: ${CLAIM_STATUSES.join(', ')})`);
    }
    const limit = intOption(args, 'limit', 100, [1, 1_000_000]);
    const records = await withDb(args, io, async (db) =>
      listClaims(db, await resolveActor(db, args, io, 'biller'), { ...(status ? { status: status as ClaimStatus } : {}), limit }),
    );
    if (args.values.json) {
      writeJson(io, records.map((r) => ({ id: r.claim.id, patientControlNumber: r.claim.patientControlNumber, status: r.status, payer: r.claim.payer.name, totalCharge: r.claim.totalCharge, statementFrom: r.claim.statementFrom })));
      return 0;
    }
    for (const r of records) {
      writeLine(io, `${r.claim.patientControlNumber.padEnd(14)} ${r.status.padEnd(15)} ${r.claim.statementFrom}  ${formatUsd(r.claim.totalCharge).padStart(10)}  ${r.claim.payer.name}`);
    }
    writeLine(io, `${records.length} claims`);
    return 0;
  },
};
