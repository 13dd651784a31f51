import { importFolder, LIST_IMPORTERS, type ImportOutcome, type ProgressFn } from '../../codesets/index';

import { resolveCodeSetDir } from '../../config/index';
import { DB_OPTIONS, writeJson, writeLine, type Command, type CommandIo } from '../command';
import { withDb } from '../context';
import { stringOption } from '../parse';
import { progressBar, type Progress } from '../progress';
import { fiscalYearArg } from './codes-common';

function progressFor(io: CommandIo, enabled: boolean): { fn: ProgressFn; done(): void } {
  let label = '';
  let bar: Progress | undefined;
  return {
    fn(next, done, total) {
      if (next !== label) {
        bar?.finish();
        label = next;
        bar = progressBar(io.stderr, next, total, enabled);
      }
      bar?.tick(done);
    },
    done: () => bar?.finish(),
  };
}

function describe(o: ImportOutcome): string {
  const from = o.files.length ? ` (${o.files.join(', ')})` : '';
  if (o.outcome === 'unchanged') return `${o.system} ${o.release}: already imported with the same content${from}: nothing to do`;
  const verb = o.outcome === 'replaced' ? 're-imported (content changed)' : 'imported';
  const parse = o.parseMs !== undefined ? `${(o.parseMs / 1000).toFixed(1)} s parse + ` : '';
  return `${o.system} ${o.release}: ${verb} ${o.codeCount ?? '?'} codes (${o.billableCount ?? '?'} billable)${from} in ${parse}${((o.storeMs ?? 0) / 1000).toFixed(1)} s store`;
}

export const codesImport: Command = {
  path: ['codes', 'import'],
  summary: 'Import code-set releases from a folder (each fiscal year side by side; the same release again is a no-op)',
  usage: '[--from DIR] [--year YYYY]',
  options: {
    ...DB_OPTIONS,
    from: { type: 'string', valueName: 'DIR', description: 'folder with the official files (default: the code-set folder, e.g. ../shared/data); its sub-folders are imported too' },
    year: { type: 'string', valueName: 'YYYY', description: 'fiscal year: picks one release of a folder holding several, or labels a folder holding one' },
  },
  async run(args, io) {
    const dir = resolveCodeSetDir(stringOption(args, 'from'), io.env).dir;
    const fiscalYear = fiscalYearArg(stringOption(args, 'year'), 'year');
    const json = Boolean(args.values.json);
    const progress = progressFor(io, !json);
    const outcomes = await withDb(args, io, (db) => importFolder(db, dir, LIST_IMPORTERS, { ...(fiscalYear ? { fiscalYear } : {}), progress: progress.fn }));
    progress.done();
    if (json) writeJson(io, { from: dir, releases: outcomes });
    else if (outcomes.length === 0) writeLine(io, `no code-set files found in ${dir} (expected e.g. icd10cm_tabular_YYYY.xml, icd10cm_order_YYYY.txt)`);
    else for (const o of outcomes) writeLine(io, describe(o));
    return outcomes.length === 0 ? 1 : 0;
  },
};
