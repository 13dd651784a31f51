// openrcm denials correct CLAIM [--json]: after the coder fixed the encounter's codes, the frequency-7 replacement.
import { correctDeniedClaim } from '../../workflows/index';
import { ACTOR_OPTIONS, resolveActor } from '../actor';
import { DB_OPTIONS, writeJson, writeLine, type Command } from '../command';
import { withDb } from '../context';

export const denialsCorrect: Command = {
  path: ['denials', 'correct'],
  summary: 'Build the corrected claim (frequency 7, payer claim number) from the re-coded encounter; the original becomes corrected',
  usage: 'CLAIM [--json]',
  positionals: { min: 1, max: 1 },
  options: { ...DB_OPTIONS, ...ACTOR_OPTIONS },
  async run(args, io) {
    const ref = args.positionals[0]!;
    const r = await withDb(args, io, async (db) => correctDeniedClaim(db, await resolveActor(db, args, io, 'biller'), ref));
    if (args.values.json) writeJson(io, r);
    else {
      writeLine(io, `replacement claim ${r.patientControlNumber} (frequency 7, payer claim ${r.payerClaimControlNumber}) drafted; run claims scrub to make it ready`);
      for (const p of r.problems) writeLine(io, `  PROBLEM ${p}`);
    }
    return r.problems.length ? 1 : 0;
  },
};
