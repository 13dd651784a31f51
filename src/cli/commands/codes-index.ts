import { inputError } from '../../errors/index';
import { lookupIndex, renderIndexLookup } from '../../codesets/index';
import { DB_OPTIONS, writeJson, writeLine, type Command } from '../command';
import { withDb } from '../context';
import { dosOption, nonEmpty, storedCodeSets } from './codes-common';

export const codesIndex: Command = {
  path: ['codes', 'index'],
  summary: 'Walk the ICD-10-CM Alphabetic Index: "main term, subterm, subterm" → path and codes, checked against the tabular',
  usage: '"TERM, SUBTERM, ..." [--dos DATE]',
  positionals: { min: 1, max: 1 },
  options: { ...DB_OPTIONS, dos: { type: 'string', valueName: 'DATE', description: 'check the codes against the release in effect on this date' } },
  async run(args, io) {
    const query = nonEmpty(args.positionals[0]?.replace(/^[\s,]+|[\s,]+$/g, ''), 'the index query');
    const dos = dosOption(args);
    const result = await withDb(args, io, async (db) => {
      const sets = await storedCodeSets(db, ['codes', 'index']);
      const release = sets.icd10cm.pick(dos);
      if (!release) throw inputError('codes.no_release', `no ICD-10-CM release is imported for ${dos ?? 'today'}`);
      const withIndex = release.index ? release : sets.icd10cm.nearestWith(release, (r) => Boolean(r.index));
      if (!withIndex) throw inputError('codes.no_index', 'no Alphabetic Index is imported (icd10cm_index_YYYY.xml)');
      return lookupIndex(withIndex, release, query);
    });
    if (args.values.json) writeJson(io, { query, ...result, term: undefined });
    else for (const line of renderIndexLookup(result)) writeLine(io, line);
    return result.leads.length > 0 && !result.stop ? 0 : 1;
  },
};
