// `openrcm eval coding --cases DIR [--json]`: the engine against gold codes (NAME.txt + gold.tsv).
import { evaluateCoding, readCases, renderEvaluation } from '../../coding/index';
import { inputError, usageError } from '../../errors/index';
import { CODESET_OPTIONS, DB_OPTIONS, writeJson, writeLine, type Command } from '../command';
import { stringOption } from '../parse';
import { progressBar } from '../progress';
import { codeText, openEngine, settingOption } from './code';
import { dosOption } from './codes-common';

export const evalCoding: Command = {
  path: ['eval', 'coding'],
  summary: 'Evaluate the coding engine on a folder of notes with gold codes: P/R/F1 (exact and category) and MAP per code system',
  usage: '--cases DIR [--dos DATE] [--setting outpatient|inpatient] [--json]',
  positionals: { min: 0, max: 0 },
  options: {
    ...DB_OPTIONS,
    ...CODESET_OPTIONS,
    cases: { type: 'string', valueName: 'DIR', description: 'folder of NAME.txt notes and gold.tsv (NAME<TAB>CODE)' },
    dos: { type: 'string', valueName: 'DATE', description: 'date of service for notes that do not state one' },
    setting: { type: 'string', valueName: 'SETTING', description: 'force outpatient or inpatient for every note' },
    errors: { type: 'boolean', description: 'list the missed and extra codes of each note' },
  },
  async run(args, io) {
    const dir = stringOption(args, 'cases');
    if (!dir) throw usageError('coding.cases_required', '--cases DIR is required');
    let loaded;
    try {
      loaded = readCases(dir);
    } catch (e) {
      throw inputError('coding.bad_cases', (e as Error).message, { file: dir });
    }
    if (loaded.notes.length === 0) throw inputError('coding.no_cases', `no .txt notes in ${dir}`, { file: dir });
    const engine = await openEngine(args, io);
    const dos = dosOption(args);
    const setting = settingOption(args);
    const bar = progressBar(io.stderr, 'coding', loaded.notes.length, !args.values.json);
    const cases = loaded.notes.map((n, i) => {
      const r = codeText(engine, n.text, dos, setting);
      bar.tick(i + 1);
      return { name: n.name, gold: loaded.gold.get(n.name) ?? [], predicted: [...r.diagnoses.map((d) => d.code), ...r.procedures.map((p) => p.code)] };
    });
    bar.finish();
    const report = evaluateCoding(cases);
    if (args.values.json) writeJson(io, { folder: dir, orphanGold: loaded.orphans, ...report });
    else {
      for (const line of renderEvaluation(report)) writeLine(io, line);
      if (loaded.orphans.length) writeLine(io, `gold rows for notes not found: ${loaded.orphans.join(', ')}`);
      if (args.values.errors) for (const e of report.errors) writeLine(io, `${e.name}: missed ${e.missed.join(' ') || '-'}; extra ${e.extra.join(' ') || '-'}`);
    }
    return 0;
  },
};
