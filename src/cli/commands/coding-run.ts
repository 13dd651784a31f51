import { openCodeSets } from '../../codesets/index';
import { codeNote, loadCodingEngine } from '../../coding/index';
import { inputError, usageError } from '../../errors/index';
import { codeEncounter, pendingEncounterIds, type CodingRunResult } from '../../workflows/index';
import { ACTOR_OPTIONS, resolveActor } from '../actor';
import { DB_OPTIONS, writeJson, writeLine, type Command } from '../command';
import { withDb } from '../context';
import { intOption, stringOption } from '../parse';
import { progressBar } from '../progress';

export const codingRun: Command = {
  path: ['coding', 'run'],
  summary: 'Run the coding engine on new encounters and store its suggestions for a coder to review',
  usage: '--encounter ID | --all-pending [--limit N]',
  options: {
    ...DB_OPTIONS,
    ...ACTOR_OPTIONS,
    encounter: { type: 'string', valueName: 'ID', description: 'one encounter' },
    'all-pending': { type: 'boolean', description: 'every encounter not coded yet' },
    limit: { type: 'string', valueName: 'N', description: 'at most N encounters (default 10000)' },
  },
  async run(args, io) {
    const one = stringOption(args, 'encounter');
    if (!one && !args.values['all-pending']) throw usageError('cli.arguments', 'say which encounters: --encounter ID or --all-pending');
    const limit = intOption(args, 'limit', 10_000, [1, 10_000_000]);
    const json = Boolean(args.values.json);
    const results = await withDb(args, io, async (db) => {
      const actor = await resolveActor(db, args, io, 'coder');
      const sets = await openCodeSets(db, { parts: ['codes', 'tabular', 'index'] });
      if (!sets.icd10cm.releases.some((r) => r.tabular && r.index)) {
        throw inputError('coding.no_tabular', 'import ICD-10-CM (tabular and index XML) first: openrcm codes import --from DIR');
      }
      const engine = loadCodingEngine(sets);
      const ids = one ? [one] : await pendingEncounterIds(db, actor, limit);
      const bar = progressBar(io.stderr, 'coding', ids.length, !json);
      const out: CodingRunResult[] = [];
      for (const id of ids) {
        out.push(await codeEncounter(db, actor, (text, context) => codeNote(engine, text, context), id));
        bar.tick(out.length);
      }
      bar.finish();
      return out;
    });
    if (json) writeJson(io, { encounters: results });
    else {
      const queries = results.reduce((s, r) => s + r.queries, 0);
      writeLine(io, `coded ${results.length} encounters: ${results.reduce((s, r) => s + r.diagnoses, 0)} diagnoses and ${results.reduce((s, r) => s + r.procedures, 0)} procedures suggested, ${queries} provider queries raised`);
      writeLine(io, 'review with: openrcm coding accept ENCOUNTER [--codes C1,C2]');
    }
    return 0;
  },
};
