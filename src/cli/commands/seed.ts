import { seedDatabase, type SeedSummary } from '../../seed/index';
import { DB_OPTIONS, writeJson, writeLine, type Command, type CommandIo } from '../command';
import { withDb } from '../context';
import { intOption } from '../parse';
import { progressBar } from '../progress';

export const seed: Command = {
  path: ['seed'],
  summary: 'Create a deterministic synthetic practice: providers, payers, patients, coverages, encounters with notes',
  usage: '[--seed N] [--patients N] [--encounters N]',
  options: {
    ...DB_OPTIONS,
    seed: { type: 'string', valueName: 'N', description: 'random seed; the same seed gives the same practice (default 1)' },
    patients: { type: 'string', valueName: 'N', description: 'number of patients (default 200)' },
    encounters: { type: 'string', valueName: 'N', description: 'number of encounters with notes (default 500)' },
  },
  async run(args, io) {
    const options = {
      seed: intOption(args, 'seed', 1, [0, 2 ** 31 - 1]),
      patients: intOption(args, 'patients', 200, [1, 1_000_000]),
      encounters: intOption(args, 'encounters', 500, [0, 10_000_000]),
    };
    const json = Boolean(args.values.json);
    const summary = await withDb(args, io, async (db) => {
      const bar = progressBar(io.stderr, 'seeding', options.patients + options.encounters, !json);
      const result = await seedDatabase(db, options, (done) => bar.tick(done));
      bar.finish();
      return result;
    });
    if (json) writeJson(io, summary);
    else printSeedSummary(io, summary);
    return 0;
  },
};

export function printSeedSummary(io: CommandIo, s: SeedSummary): void {
  writeLine(io, `Seeded ${s.practice} (seed ${s.seed}) in ${s.seconds.toFixed(1)} s`);
  writeLine(io, `  patients:   ${s.patients} (${s.coverages} coverages, ${s.secondaryCoverages} with secondary insurance)`);
  writeLine(io, `  encounters: ${s.encounters} from ${s.period.from} to ${s.period.to}, each with a note and its gold codes`);
  writeLine(io, `  scenarios:  ${s.scenarios} clinical situations`);
  writeLine(io, `  digest:     ${s.digest.slice(0, 16)} (same seed and sizes give the same digest)`);
}
