import { codedEncounterIds } from '../../store/index';
import { buildClaimsForEncounter, type BuiltClaimSummary } from '../../workflows/index';
import { usageError } from '../../errors/index';
import { ACTOR_OPTIONS, resolveActor } from '../actor';
import { DB_OPTIONS, writeJson, writeLine, type Command } from '../command';
import { withDb } from '../context';
import { stringOption } from '../parse';
import { progressBar } from '../progress';

export const claimsBuild: Command = {
  path: ['claims', 'build'],
  summary: 'Build claims from coded encounters (held, with the reasons, when something is missing)',
  usage: '--encounter ID | --all-ready',
  options: {
    ...DB_OPTIONS,
    ...ACTOR_OPTIONS,
    encounter: { type: 'string', valueName: 'ID', description: 'the coded encounter to bill' },
    'all-ready': { type: 'boolean', description: 'every coded encounter not billed yet' },
  },
  async run(args, io) {
    const one = stringOption(args, 'encounter');
    if (!one && !args.values['all-ready']) throw usageError('cli.arguments', 'say which encounters: --encounter ID or --all-ready');
    const json = Boolean(args.values.json);
    const results = await withDb(args, io, async (db) => {
      const actor = await resolveActor(db, args, io, 'biller');
      const ids = one ? [one] : await codedEncounterIds(db, actor);
      const bar = progressBar(io.stderr, 'building', ids.length, !json);
      const out: BuiltClaimSummary[] = [];
      for (const id of ids) {
        out.push(await buildClaimsForEncounter(db, actor, id));
        bar.tick(out.length);
      }
      bar.finish();
      return out;
    });
    if (json) writeJson(io, { claims: results });
    else {
      const held = results.filter((r) => r.held);
      writeLine(io, `built ${results.reduce((s, r) => s + r.claimIds.length, 0)} claims from ${results.length} encounters; ${held.length} held`);
      for (const r of held.slice(0, 20)) writeLine(io, `  held ${r.patientControlNumbers.join(', ')}: ${r.problems.map((p) => p.message).join('; ')}`);
    }
    return 0;
  },
};
