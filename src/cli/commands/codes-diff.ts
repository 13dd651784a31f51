import { usageError } from '../../errors/index';
import { checkEncounterCodes, diffReleases, renderDiff } from '../../codesets/index';
import { DB_OPTIONS, writeJson, writeLine, type Command } from '../command';
import { withDb } from '../context';
import { intOption, stringOption } from '../parse';
import { fiscalYearArg, storedCodeSets } from './codes-common';

export const codesDiff: Command = {
  path: ['codes', 'diff'],
  summary: 'Year-over-year ICD-10-CM changes (added, deleted, retitled); --check-encounters flags stored encounters coded with codes not valid on their date',
  usage: '--from YYYY --to YYYY [--billable-only] [--check-encounters] [--limit N]',
  options: {
    ...DB_OPTIONS,
    from: { type: 'string', valueName: 'YYYY', description: 'the earlier fiscal year (e.g. 2023)' },
    to: { type: 'string', valueName: 'YYYY', description: 'the later fiscal year (e.g. 2024)' },
    'billable-only': { type: 'boolean', description: 'only codes billable in either year (as the addenda count them)' },
    'check-encounters': { type: 'boolean', description: 'also list stored encounter diagnoses not valid on their date of service' },
    limit: { type: 'string', valueName: 'N', description: 'lines shown per list in text output (default 50)' },
  },
  async run(args, io) {
    const from = fiscalYearArg(stringOption(args, 'from'), 'from');
    const to = fiscalYearArg(stringOption(args, 'to'), 'to');
    if (from === undefined || to === undefined) throw usageError('codes.diff_years', 'give both --from YYYY and --to YYYY (fiscal years, e.g. --from 2023 --to 2024)');
    const limit = intOption(args, 'limit', 50, [1, 1_000_000]);
    const { diff, check } = await withDb(args, io, async (db) => {
      const sets = await storedCodeSets(db, ['codes']);
      const a = sets.icd10cm.byFiscalYear(from);
      const b = sets.icd10cm.byFiscalYear(to);
      const loaded = sets.icd10cm.releases.map((r) => r.label).join(', ');
      if (!a || !b) throw usageError('codes.no_release', `FY${a ? to : from} is not imported (imported: ${loaded})`);
      const diff = diffReleases(a, b, { billableOnly: Boolean(args.values['billable-only']) });
      const check = args.values['check-encounters'] ? await checkEncounterCodes(db, sets.icd10cm) : undefined;
      return { diff, check };
    });
    if (args.values.json) {
      writeJson(io, { ...diff, ...(check ? { encounters: check } : {}) });
    } else {
      for (const line of renderDiff(diff, limit)) writeLine(io, line);
      if (check) {
        writeLine(io, `Stored encounter diagnoses checked: ${check.checked}; not valid on their date of service: ${check.findings.length}`);
        for (const f of check.findings.slice(0, limit)) writeLine(io, `  ${f.dateOfService} encounter ${f.encounterId} #${f.sequence} ${f.code}: ${f.message}`);
      }
    }
    return check && check.findings.length > 0 ? 1 : 0;
  },
};
