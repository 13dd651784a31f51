import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEMO_STAGES, type DemoStageReport } from '../../demo/index';
import { openDb } from '../../store/index';
import { seedDatabase } from '../../seed/index';
import { resolveCodeSetDir } from '../../config/index';
import { isAppError } from '../../errors/index';
import { CODESET_OPTIONS, writeJson, writeLine, type Command } from '../command';
import { intOption, stringOption } from '../parse';
import { progressBar } from '../progress';
import { printSeedSummary } from './seed';

export const demo: Command = {
  path: ['demo'],
  summary: 'Run the end-to-end demo on a fresh embedded database: seed a practice and take it through each stage',
  usage: '[--data-dir DIR] [--seed N] [--patients N] [--encounters N]',
  options: {
    'data-dir': { type: 'string', valueName: 'DIR', description: 'keep the demo database here (default: a new temporary directory)' },
    seed: { type: 'string', valueName: 'N', description: 'random seed (default 7)' },
    patients: { type: 'string', valueName: 'N', description: 'patients to seed (default 300)' },
    encounters: { type: 'string', valueName: 'N', description: 'encounters to seed (default 1000)' },
    ...CODESET_OPTIONS,
  },
  async run(args, io) {
    const json = Boolean(args.values.json);
    const dataDir = stringOption(args, 'data-dir') ? resolve(stringOption(args, 'data-dir')!) : mkdtempSync(join(tmpdir(), 'openrcm-demo-'));
    const options = {
      seed: intOption(args, 'seed', 7, [0, 2 ** 31 - 1]),
      patients: intOption(args, 'patients', 300, [1, 100_000]),
      encounters: intOption(args, 'encounters', 1000, [1, 1_000_000]),
    };
    const db = await openDb({ engine: 'pglite', dataDir: join(dataDir, 'db') });
    const reports: DemoStageReport[] = [];
    try {
      if (!json) writeLine(io, `OpenRCM demo: embedded database in ${dataDir}`);
      const bar = progressBar(io.stderr, 'seeding', options.patients + options.encounters, !json);
      const summary = await seedDatabase(db, options, (done) => bar.tick(done));
      bar.finish();
      if (!json) printSeedSummary(io, summary);
      const codeSetDir = codeSetDirFor(stringOption(args, 'codes'), io.env);
      for (const stage of DEMO_STAGES) {
        const report = await stage.run({ db, seed: summary, outDir: dataDir, ...(codeSetDir ? { codeSetDir } : {}) });
        reports.push(report);
        if (!json) {
          writeLine(io, `\n== ${report.stage}`);
          for (const line of report.lines) writeLine(io, `  ${line}`);
        }
      }
      if (json) writeJson(io, { dataDir, seed: summary, stages: reports });
    } finally {
      await db.close();
    }
    return 0;
  },
};

/** The demo runs without code sets too (their stages say they were skipped); a folder named but missing is an error. */
function codeSetDirFor(flag: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  try {
    return resolveCodeSetDir(flag, env).dir;
  } catch (error) {
    if (flag === undefined && isAppError(error) && error.code === 'codesets.missing' && !env.OPENRCM_CODESETS) return undefined;
    throw error;
  }
}
