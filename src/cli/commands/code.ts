// `openrcm code FILE|- [--dos DATE] [--setting outpatient|inpatient] [--json]` and
// `openrcm code DIR|FILE... --jsonl`: computer-assisted coding of clinical notes (the engine is loaded once).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openCodeSets, type CodeSets } from '../../codesets/index';
import { defaultDataDir } from '../../config/index';
import { codeNote, defaultDateOfService, guessSetting, loadCodingEngine, openCodingCodeSets, statedDateOfService, type CodingEngine, type CodingResult, type Setting } from '../../coding/index';
import { parseCalendarDate, type CalendarDate } from '../../dates/index';
import { inputError, usageError } from '../../errors/index';
import { CODESET_OPTIONS, DB_OPTIONS, writeJson, writeLine, type Command, type CommandIo, type ParsedArgs } from '../command';
import { codeSetDirFromArgs, withDb } from '../context';
import { stringOption } from '../parse';
import { dosOption } from './codes-common';

/** Notes larger than this are refused before reading (the engine itself answers with a warning above 1 million characters). */
const MAX_FILE_BYTES = 8 * 1024 * 1024;

/** Stored code sets when imported (fast start-up), else the official files of the code-set folder. */
export async function codingCodeSets(args: ParsedArgs, io: CommandIo): Promise<CodeSets> {
  // storage only when there is one (a server, a chosen folder, or the default folder already made): never create one here
  const dataDir = stringOption(args, 'data-dir');
  const hasStore = Boolean(io.env.DATABASE_URL) || (dataDir !== undefined ? existsSync(dataDir) : existsSync(defaultDataDir(io.env)));
  if (stringOption(args, 'codes') === undefined && hasStore) {
    try {
      const stored = await withDb(args, io, (db) => openCodeSets(db, { parts: ['codes', 'tabular', 'index'] }));
      if (!stored.icd10cm.isEmpty && stored.icd10cm.releases.some((r) => r.tabular && r.index)) return stored;
    } catch {
      // no usable database: fall back to the files
    }
  }
  const location = codeSetDirFromArgs(args, io);
  return openCodingCodeSets(location.dir);
}

export async function openEngine(args: ParsedArgs, io: CommandIo): Promise<CodingEngine> {
  const sets = await codingCodeSets(args, io);
  if (!sets.icd10cm.releases.some((r) => r.tabular && r.index)) throw inputError('coding.no_tabular', 'the coding engine needs an ICD-10-CM release with its tabular and index XML: import them with `openrcm codes import --from DIR`');
  return loadCodingEngine(sets);
}

export function settingOption(args: ParsedArgs): Setting | undefined {
  const text = stringOption(args, 'setting');
  if (text === undefined) return undefined;
  if (text !== 'outpatient' && text !== 'inpatient') throw usageError('coding.bad_setting', `--setting must be outpatient or inpatient, not '${text}'`);
  return text;
}

export function readNote(path: string): string {
  if (path === '-') return readFileSync(0, 'utf8');
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    throw inputError('coding.no_file', `cannot read ${path}: ${(e as Error).message}`, { file: path });
  }
  if (size > MAX_FILE_BYTES) throw inputError('coding.too_large', `${path} is ${(size / 1e6).toFixed(1)} MB: a clinical note is at most ${MAX_FILE_BYTES / 1e6} MB`, { file: path });
  return readFileSync(path, 'utf8');
}

function notePaths(positionals: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of positionals) {
    if (p !== '-' && statSync(p, { throwIfNoEntry: false })?.isDirectory()) {
      for (const f of readdirSync(p).filter((n) => /\.(txt|note|md)$/i.test(n)).sort()) out.push(join(p, f));
    } else out.push(p);
  }
  return out;
}

export function codeText(engine: CodingEngine, text: string, dos: CalendarDate | undefined, setting: Setting | undefined): CodingResult & { dateOfService: string; setting: Setting } {
  const date = dos ?? parseCalendarDate(statedDateOfService(text) ?? '') ?? defaultDateOfService(engine)!;
  const chosen = setting ?? guessSetting(text);
  return { dateOfService: date, setting: chosen, ...codeNote(engine, text, { dateOfService: date, setting: chosen }) };
}

function render(io: CommandIo, result: ReturnType<typeof codeText>): void {
  for (const w of result.warnings) writeLine(io, `warning: ${w}`);
  writeLine(io, `Diagnoses (${result.setting}, DOS ${result.dateOfService}, ${result.release ?? 'no release'}):`);
  for (const d of result.diagnoses) writeLine(io, `  ${d.code.padEnd(9)} ${d.title}  [${d.confidence}]\n            ${d.rationale}`);
  writeLine(io, 'Procedures:');
  for (const p of result.procedures) writeLine(io, `  ${p.system.padEnd(8)} ${p.code}${p.modifiers?.length ? `-${p.modifiers.join('-')}` : ''}${p.units && p.units > 1 ? ` x${p.units}` : ''}  ${p.title}\n            ${p.rationale}`);
  if (result.queries.length) writeLine(io, 'Provider queries:');
  for (const q of result.queries) writeLine(io, `  [${q.gap}] ${q.question}`);
  if (result.excluded.length) writeLine(io, 'Not coded:');
  for (const e of result.excluded.slice(0, 40)) writeLine(io, `  "${e.text}" (${e.reason})`);
}

export const code: Command = {
  path: ['code'],
  summary: 'Propose ICD-10-CM, CPT/HCPCS (and ICD-10-PCS inpatient) codes for clinical notes, with evidence and reasoning',
  usage: 'FILE|- [--dos DATE] [--setting outpatient|inpatient] [--json] | DIR|FILE... --jsonl',
  positionals: { min: 1, max: Infinity },
  options: {
    ...DB_OPTIONS,
    ...CODESET_OPTIONS,
    dos: { type: 'string', valueName: 'DATE', description: 'date of service (default: the date the note states, else the latest date the code sets cover)' },
    setting: { type: 'string', valueName: 'SETTING', description: 'outpatient or inpatient (default: inpatient for discharge summaries, else outpatient)' },
    jsonl: { type: 'boolean', description: 'one JSON object per note and line, with its "file"' },
  },
  async run(args, io) {
    const dos = dosOption(args);
    const setting = settingOption(args);
    const paths = notePaths(args.positionals);
    if (paths.length > 1 && !args.values.jsonl) throw usageError('coding.many_files', 'several notes need --jsonl (one JSON object per line)');
    if (paths.length === 0) throw usageError('coding.no_notes', 'no notes found (.txt files)');
    const engine = await openEngine(args, io);
    let coded = 0;
    for (const path of paths) {
      let result: ReturnType<typeof codeText>;
      try {
        result = codeText(engine, readNote(path), dos, setting);
      } catch (e) {
        if (!args.values.jsonl) throw e;
        io.stdout.write(`${JSON.stringify({ file: path, error: (e as Error).message })}\n`);
        continue;
      }
      coded += result.diagnoses.length + result.procedures.length > 0 ? 1 : 0;
      if (args.values.jsonl) io.stdout.write(`${JSON.stringify({ file: path, ...result })}\n`);
      else if (args.values.json) writeJson(io, result);
      else render(io, result);
    }
    return coded > 0 ? 0 : 1;
  },
};
