// `openrcm eval coding --cases DIR [--json]`: the engine against gold codes (NAME.txt + gold.tsv);
// `--synthetic N [--seed S]`: against the seeder's synthetic encounters and their gold codes (in memory, no database).
import { Faker, base, en, en_US } from '@faker-js/faker';
import { codeNote, evaluateCoding, readCases, renderEvaluation, type CodingEngine, type EvalCase } from '../../coding/index';
import { ageOn } from '../../dates/index';
import { generateEncounter, generatePerson, generatePractice, scheduleVisits } from '../../seed/index';
import { inputError, usageError } from '../../errors/index';
import { CODESET_OPTIONS, DB_OPTIONS, writeJson, writeLine, type Command } from '../command';
import { intOption, stringOption } from '../parse';
import { progressBar } from '../progress';
import { codeText, openEngine, settingOption } from './code';
import { dosOption } from './codes-common';

/** The seeder's encounters (same generators, same seed → same notes), coded with what the encounter knows: date, age, new patient. */
export function syntheticCases(engine: CodingEngine, count: number, seed: number): EvalCase[] {
  const faker = new Faker({ locale: [en_US, en, base], seed });
  const practice = generatePractice(seed);
  const patients = Math.max(1, Math.round(count / 3));
  const people = Array.from({ length: patients }, (_, i) => generatePerson(faker, seed, i, practice));
  const seen = new Set<number>();
  return scheduleVisits(faker, count, people.map((p) => p.patient.birthDate)).map((v) => {
    const person = people[v.personIndex]!;
    const first = !seen.has(v.personIndex);
    seen.add(v.personIndex);
    const { document } = generateEncounter(seed, v, person, first, practice);
    const r = codeNote(engine, document.text, { dateOfService: v.dateOfService, setting: 'outpatient', ageYears: ageOn(person.patient.birthDate, v.dateOfService), newPatient: first && person.newToPractice });
    return { name: `${document.scenario ?? 'note'}-${v.index}`, gold: (document.goldCodes ?? []).map((g) => g.code), predicted: [...r.diagnoses.map((d) => d.code), ...r.procedures.map((p) => p.code)] };
  });
}

export const evalCoding: Command = {
  path: ['eval', 'coding'],
  summary: 'Evaluate the coding engine on a folder of notes with gold codes: P/R/F1 (exact and category) and MAP per code system',
  usage: '--cases DIR [--dos DATE] [--setting outpatient|inpatient] [--json]',
  positionals: { min: 0, max: 0 },
  options: {
    ...DB_OPTIONS,
    ...CODESET_OPTIONS,
    cases: { type: 'string', valueName: 'DIR', description: 'folder of NAME.txt notes and gold.tsv (NAME<TAB>CODE)' },
    synthetic: { type: 'string', valueName: 'N', description: "evaluate on N of the seeder's synthetic encounters instead of a folder" },
    seed: { type: 'string', valueName: 'S', description: 'seed of the synthetic encounters (default 1, as `openrcm seed`)' },
    dos: { type: 'string', valueName: 'DATE', description: 'date of service for notes that do not state one' },
    setting: { type: 'string', valueName: 'SETTING', description: 'force outpatient or inpatient for every note' },
    errors: { type: 'boolean', description: 'list the missed and extra codes of each note' },
  },
  async run(args, io) {
    if (stringOption(args, 'synthetic') !== undefined) {
      const engine = await openEngine(args, io);
      const report = evaluateCoding(syntheticCases(engine, intOption(args, 'synthetic', 200, [1, 100_000]), intOption(args, 'seed', 1, [0, 2 ** 31])));
      if (args.values.json) writeJson(io, { synthetic: true, ...report });
      else for (const line of renderEvaluation(report)) writeLine(io, line);
      if (args.values.errors && !args.values.json) for (const e of report.errors) writeLine(io, `${e.name}: missed ${e.missed.join(' ') || '-'}; extra ${e.extra.join(' ') || '-'}`);
      return 0;
    }
    const dir = stringOption(args, 'cases');
    if (!dir) throw usageError('coding.cases_required', '--cases DIR (or --synthetic N) is required');
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
