// openrcm claims scrub --x12 FILE.837 [--json]: every claim of a received 837 through the edits.
// openrcm claims scrub --claim ID | --all: stored draft and held claims, each moved to ready or held.
import { readFileSync } from 'node:fs';
import { CodeSets, ReleaseSet } from '../../codesets/index';
import { parseCalendarDate, todayUtc, type CalendarDate } from '../../dates/index';
import { loadScrubEnvironment, renderScrubResult, scrub837, summarizeScrub, type Scrubbed837File } from '../../edits/index';
import { AppError, inputError, isAppError, usageError } from '../../errors/index';
import { CODESET_OPTIONS, DB_OPTIONS, writeJson, writeLine, type Command, type CommandIo, type ParsedArgs } from '../command';
import { codeSetDirFromArgs, withDb } from '../context';
import { stringOption } from '../parse';
import { ACTOR_OPTIONS, resolveActor } from '../actor';
import { scrubStoredClaims } from '../../workflows/index';
import { storedCodeSets } from './codes-common';
import type { Db } from '../../store/index';

function todayFrom(args: ParsedArgs): CalendarDate {
  const text = stringOption(args, 'today');
  if (text === undefined) return todayUtc(new Date());
  const d = parseCalendarDate(text);
  if (!d) throw usageError('claims.scrub.today', `--today must be a date YYYY-MM-DD, got '${text}'`);
  return d;
}

/** ICD-10-CM from storage; without an imported release the ICD-10-CM edits report "could not check". */
async function codeSetsFor(args: ParsedArgs, io: CommandIo): Promise<CodeSets> {
  return withDb(args, io, (db) => storedOrEmptyCodeSets(db, io));
}

async function storedOrEmptyCodeSets(db: Db, io: CommandIo): Promise<CodeSets> {
  try {
    return await storedCodeSets(db, ['codes', 'tabular']);
  } catch (e) {
    if (isAppError(e) && e.code === 'codes.not_imported') {
      io.stderr.write(`warning: ${e.message}; diagnosis codes are not checked\n`);
      return new CodeSets(new ReleaseSet([]));
    }
    throw e;
  }
}

function readX12(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    throw inputError('claims.scrub.unreadable', `cannot read ${path}: ${(e as Error).message}`, { file: path }, e);
  }
}

function printText(io: CommandIo, file: string, scrubbed: Scrubbed837File): void {
  for (const f of scrubbed.envelopeFindings) writeLine(io, `${file}: ${f.severity} ${f.code} segment ${f.segmentPosition} (${f.segmentId}): ${f.message}`);
  for (const t of scrubbed.transactions) {
    writeLine(io, `ST ${t.controlNumber} (${t.guide}, ${t.kind}): ${t.claims.length} claim${t.claims.length === 1 ? '' : 's'}`);
    for (const f of t.x12Findings.filter((x) => x.severity === 'error')) writeLine(io, `  x12 ${f.code} segment ${f.segmentPosition} (${f.segmentId}${f.element ? ` ${f.element}` : ''}): ${f.message}`);
    for (const r of t.claims) for (const l of renderScrubResult(r)) writeLine(io, `  ${l}`);
  }
  const s = summarizeScrub(scrubbed.transactions.flatMap((t) => t.claims));
  writeLine(io, `${s.clean} of ${s.claims} claims clean (${(s.cleanRate * 100).toFixed(1)}%)${s.topFindings.length ? `; top findings: ${s.topFindings.map((x) => `${x.editId} ${x.count}`).join(', ')}` : ''}`);
}

export const claimsScrub: Command = {
  path: ['claims', 'scrub'],
  summary: 'Run the claim edits (NCCI, MUE, add-on, ICD-10-CM, MCE, required data, coverage and payer rules) and report findings',
  usage: '--claim ID | --all | --x12 FILE.837 [--json] [--today DATE] [--payer-rules FILE] [--coverage-rules FILE]',
  positionals: { min: 0, max: 0 },
  options: {
    ...DB_OPTIONS,
    ...CODESET_OPTIONS,
    x12: { type: 'string', valueName: 'FILE', description: 'scrub every claim of a received 837P/837I file, reported per claim (CLM01) and line' },
    claim: { type: 'string', valueName: 'ID', description: 'a stored claim (id or patient control number)' },
    all: { type: 'boolean', description: 'every stored draft or held claim' },
    ...ACTOR_OPTIONS,
    today: { type: 'string', valueName: 'DATE', description: 'the date timely filing is counted to (default: today, UTC)' },
    'payer-rules': { type: 'string', valueName: 'FILE', description: 'payer rules JSON (default: the sample rules)' },
    'coverage-rules': { type: 'string', valueName: 'FILE', description: 'coverage (medical necessity) rules JSON (default: the sample rules)' },
  },
  async run(args, io) {
    const file = stringOption(args, 'x12');
    if (file === undefined) {
      if (args.values.claim !== undefined || args.values.all) return scrubStored(args, io);
      throw usageError('claims.scrub.what', 'say what to scrub: --claim ID, --all, or --x12 FILE.837');
    }
    const today = todayFrom(args);
    const bytes = readX12(file);
    const payerRules = stringOption(args, 'payer-rules');
    const coverageRules = stringOption(args, 'coverage-rules');
    const env = await loadScrubEnvironment({ dataDir: codeSetDirFromArgs(args, io).dir, ...(payerRules ? { payerRulesFile: payerRules } : {}), ...(coverageRules ? { coverageRulesFile: coverageRules } : {}) });
    const codeSets = await codeSetsFor(args, io);
    let scrubbed: Scrubbed837File;
    try {
      scrubbed = scrub837(bytes, { ...env, codeSets, today });
    } catch (e) {
      if (e instanceof AppError) throw e;
      if (e instanceof Error && e.name === 'X12ReadError') throw inputError('claims.scrub.not_x12', `${file}: ${e.message}`, { file }, e);
      throw e;
    }
    const claims = scrubbed.transactions.flatMap((t) => t.claims);
    if (args.values.json) writeJson(io, { file, ...scrubbed, summary: summarizeScrub(claims) });
    else printText(io, file, scrubbed);
    const x12Errors = [...scrubbed.envelopeFindings, ...scrubbed.transactions.flatMap((t) => t.x12Findings)].some((f) => f.severity === 'error');
    return claims.some((r) => !r.clean) || x12Errors ? 1 : 0;
  },
};

async function scrubStored(args: ParsedArgs, io: CommandIo): Promise<number> {
  const today = todayFrom(args);
  const payerRules = stringOption(args, 'payer-rules');
  const coverageRules = stringOption(args, 'coverage-rules');
  const one = stringOption(args, 'claim');
  const report = await withDb(args, io, async (db) => {
    const actor = await resolveActor(db, args, io, 'biller');
    const env = await loadScrubEnvironment({ dataDir: codeSetDirFromArgs(args, io).dir, ...(payerRules ? { payerRulesFile: payerRules } : {}), ...(coverageRules ? { coverageRulesFile: coverageRules } : {}) });
    const codeSets = await storedOrEmptyCodeSets(db, io);
    return scrubStoredClaims(db, actor, { ...env, codeSets, today }, one ? [one] : undefined);
  });
  if (one && report.results.length === 0) throw usageError('claims.scrub.not_found', `no draft or held claim ${one} to scrub`);
  if (args.values.json) writeJson(io, report);
  else {
    for (const r of report.results) for (const l of renderScrubResult(r)) writeLine(io, l);
    const s = report.summary;
    writeLine(io, `${s.clean} of ${s.claims} claims clean (${(s.cleanRate * 100).toFixed(1)}%), the rest held${s.topFindings.length ? `; top findings: ${s.topFindings.map((x) => `${x.editId} ${x.count}`).join(', ')}` : ''}`);
  }
  return report.results.some((r) => !r.clean) ? 1 : 0;
}
