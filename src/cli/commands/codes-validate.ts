import { renderValidation } from '../../codesets/index';
import { DB_OPTIONS, writeJson, writeLine, type Command } from '../command';
import { withDb } from '../context';
import { dosOption, nonEmpty, storedCodeSets } from './codes-common';

export const codesValidate: Command = {
  path: ['codes', 'validate'],
  summary: 'Is an ICD-10-CM code billable on a date of service? (exit 1 when not)',
  usage: 'CODE --dos DATE',
  positionals: { min: 1, max: 1 },
  options: { ...DB_OPTIONS, dos: { type: 'string', valueName: 'DATE', description: 'date of service, YYYY-MM-DD' } },
  async run(args, io) {
    const code = nonEmpty(args.positionals[0], 'the code');
    const dos = dosOption(args, true)!;
    const v = await withDb(args, io, async (db) => (await storedCodeSets(db, ['codes'])).validate(code, dos));
    if (args.values.json) writeJson(io, { dateOfService: dos, ...v });
    else for (const line of renderValidation(v)) writeLine(io, line);
    return v.status === 'billable' ? 0 : 1;
  },
};
