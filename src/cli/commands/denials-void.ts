// openrcm denials void CLAIM [--json]: a frequency-8 claim naming the payer claim number; the original becomes voided.
import { voidDeniedClaim } from '../../workflows/index';
import { ACTOR_OPTIONS, resolveActor } from '../actor';
import { DB_OPTIONS, writeJson, writeLine, type Command } from '../command';
import { withDb } from '../context';

export const denialsVoid: Command = {
  path: ['denials', 'void'],
  summary: 'Void a claim with the payer: store the frequency-8 claim (payer claim number) and mark the original voided',
  usage: 'CLAIM [--json]',
  positionals: { min: 1, max: 1 },
  options: { ...DB_OPTIONS, ...ACTOR_OPTIONS },
  async run(args, io) {
    const ref = args.positionals[0]!;
    const r = await withDb(args, io, async (db) => voidDeniedClaim(db, await resolveActor(db, args, io, 'biller'), ref));
    if (args.values.json) writeJson(io, r);
    else writeLine(io, `void claim ${r.patientControlNumber} (frequency 8, payer claim ${r.payerClaimControlNumber}) drafted; the original is voided`);
    return 0;
  },
};
