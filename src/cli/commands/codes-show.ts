import { renderCodeInfo } from '../../codesets/index';
import { DB_OPTIONS, writeJson, writeLine, type Command } from '../command';
import { withDb } from '../context';
import { dosOption, nonEmpty, storedCodeSets, systemOption } from './codes-common';

export const codesShow: Command = {
  path: ['codes', 'show'],
  summary: 'Everything known about a code: title, billable, notes (with inherited ones), 7th character, history',
  usage: 'CODE [--system S] [--dos DATE]',
  positionals: { min: 1, max: 1 },
  options: {
    ...DB_OPTIONS,
    system: { type: 'string', valueName: 'S', description: 'icd10cm, icd10pcs, hcpcs, cpt, modifier, pos, carc, rarc, cagc, taxonomy' },
    dos: { type: 'string', valueName: 'DATE', description: 'date of service: answer from the release in effect and say whether the code is valid then' },
  },
  async run(args, io) {
    const code = nonEmpty(args.positionals[0], 'the code');
    const system = systemOption(args);
    const dos = dosOption(args);
    const found = await withDb(args, io, async (db) => (await storedCodeSets(db, ['codes', 'tabular'], system !== 'ICD10CM')).show(code, { ...(system ? { system } : {}), ...(dos ? { dateOfService: dos } : {}) }));
    if (args.values.json) writeJson(io, { query: code, results: found });
    else if (found.length === 0) writeLine(io, `${code}: not found${system ? ` in ${system}` : ' in any imported code set'}`);
    else found.forEach((info, i) => {
      if (i > 0) writeLine(io);
      for (const line of renderCodeInfo(info)) writeLine(io, line);
    });
    return found.length === 0 ? 1 : 0;
  },
};
