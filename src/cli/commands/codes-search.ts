import { buildCodeSearch, loadCpt, loadHcpcs, loadPcs, storedCodeLists, type CodeList, type SearchHit, type SearchSystem } from '../../codesets/index';
import type { Db } from '../../store/index';
import { usageError } from '../../errors/index';
import { CODESET_OPTIONS, DB_OPTIONS, writeJson, writeLine, type Command, type CommandIo } from '../command';
import { codeSetDirFromArgs, withDb } from '../context';
import { intOption, stringOption } from '../parse';
import { dosOption, nonEmpty, storedCodeSets } from './codes-common';

const SEARCH_SYSTEMS: Record<string, SearchSystem> = { icd10cm: 'ICD10CM', icd10pcs: 'ICD10PCS', hcpcs: 'HCPCS', cpt: 'CPT' };

function searchSystem(text: string | undefined): SearchSystem | undefined {
  if (text === undefined) return undefined;
  const system = SEARCH_SYSTEMS[text.trim().toLowerCase().replace(/[-_ ]/g, '')];
  if (!system) throw usageError('codes.unknown_system', `codes search covers ${Object.keys(SEARCH_SYSTEMS).join(', ')}, not '${text}'`);
  return system;
}

/**
 * The searched lists: those imported into storage, else read from the code-set folder's files (HCPCS,
 * ICD-10-PCS); CPT is the AMA file when given, else a stored one, else the house list.
 */
async function listsFor(db: Db, system: SearchSystem | undefined, codeSetDir: () => string, amaFile: string | undefined): Promise<CodeList[]> {
  const wanted = (['HCPCS', 'ICD10PCS', 'CPT'] as const).filter((s) => system === undefined || system === s);
  const stored = new Map((await storedCodeLists(db, wanted)).map((l) => [l.system, l]));
  const fromFiles = (s: 'HCPCS' | 'ICD10PCS'): CodeList | undefined => stored.get(s) ?? (s === 'HCPCS' ? loadHcpcs(codeSetDir()) : loadPcs(codeSetDir()));
  const lists = wanted.map((s) => (s === 'CPT' ? (amaFile ? loadCpt(amaFile) : (stored.get('CPT') ?? loadCpt())) : fromFiles(s)));
  return lists.filter((l): l is CodeList => l !== undefined);
}

/** "chf→congestive heart failure (synonym), exacerbation": one entry per word the user typed. */
function why(hit: SearchHit): string {
  const byQuery = new Map<string, { matched: string[]; how: string }>();
  for (const w of hit.words) {
    const seen = byQuery.get(w.query);
    if (seen) seen.matched.push(w.matched);
    else byQuery.set(w.query, { matched: [w.matched], how: w.how });
  }
  const words = [...byQuery]
    .map(([query, m]) => (m.how === 'exact' && m.matched.join(' ') === query ? query : `${query}→${m.matched.join(' ')} (${m.how})`))
    .join(', ');
  return `${hit.field} "${hit.matchedText}"${words ? `: ${words}` : ''}`;
}

function printHits(io: CommandIo, hits: readonly SearchHit[]): void {
  const width = Math.max(8, ...hits.map((h) => h.code.length));
  for (const h of hits) {
    writeLine(io, `${h.code.padEnd(width)}  ${h.billable ? ' ' : 'H'} ${h.system.padEnd(8)} ${h.title}`);
    writeLine(io, `${' '.repeat(width + 13)}matched ${why(h)}`);
  }
}

export const codesSearch: Command = {
  path: ['codes', 'search'],
  summary: 'Find codes as a coder types: by code prefix, words, abbreviations (HTN, CHF, T2DM...) and typos, best billable first',
  usage: '"QUERY" [--dos DATE] [--system icd10cm|icd10pcs|hcpcs|cpt] [--limit N]',
  positionals: { min: 1, max: 1 },
  options: {
    ...DB_OPTIONS,
    ...CODESET_OPTIONS,
    dos: { type: 'string', valueName: 'DATE', description: 'date of service: search the ICD-10-CM release in effect and keep only codes valid then' },
    system: { type: 'string', valueName: 'S', description: 'icd10cm, icd10pcs, hcpcs or cpt (default: all)' },
    limit: { type: 'string', valueName: 'N', description: 'how many results (default 10, at most 200)' },
    'cpt-file': { type: 'string', valueName: 'FILE', description: 'licensed AMA CPT descriptor file (code TAB descriptor); default: the house CPT list' },
  },
  async run(args, io) {
    const query = nonEmpty(args.positionals[0], 'the search query');
    const dos = dosOption(args);
    const system = searchSystem(stringOption(args, 'system'));
    const limit = intOption(args, 'limit', 10, [1, 200]);
    const search = await withDb(args, io, async (db) => {
      const lists = await listsFor(db, system, () => codeSetDirFromArgs(args, io).dir, stringOption(args, 'cpt-file'));
      return buildCodeSearch({ sets: await storedCodeSets(db, ['codes', 'tabular', 'index']), lists, ...(dos ? { dateOfService: dos } : {}), ...(system ? { systems: [system] } : {}) });
    });
    const hits = search.engine.search(query, { limit, ...(system ? { system } : {}), ...(dos ? { dateOfService: dos } : {}) });
    if (args.values.json) {
      writeJson(io, { query, dateOfService: dos ?? null, system: system ?? null, icd10cmRelease: search.icd10cmRelease ?? null, results: hits });
    } else if (hits.length === 0) {
      writeLine(io, `no code matches "${query}"${dos ? ` on ${dos}` : ''}${system ? ` in ${system}` : ''}`);
    } else {
      writeLine(io, `${hits.length} result(s) for "${query}"${search.icd10cmRelease ? ` (ICD-10-CM ${search.icd10cmRelease})` : ''}${dos ? `, valid on ${dos}` : ''}; H = header, not billable`);
      printHits(io, hits);
    }
    return hits.length === 0 ? 1 : 0;
  },
};
