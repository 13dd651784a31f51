// Argument helpers shared by the `codes ...` commands.
import { parseCalendarDate, type CalendarDate } from '../../dates/index';
import { inputError, usageError } from '../../errors/index';
import { CODE_SYSTEMS, openCodeSets, type CodeSets, type CodeSystem, type SnapshotPart } from '../../codesets/index';
import type { Db } from '../../store/index';
import type { ParsedArgs } from '../command';
import { stringOption } from '../parse';

export function dosOption(args: ParsedArgs, required = false): CalendarDate | undefined {
  const text = stringOption(args, 'dos');
  if (text === undefined) {
    if (required) throw usageError('codes.dos_required', '--dos DATE is required (the date of service, YYYY-MM-DD)');
    return undefined;
  }
  const date = parseCalendarDate(text.trim());
  if (!date) throw usageError('codes.bad_date', `--dos must be a real calendar date YYYY-MM-DD, not '${text}'`);
  return date;
}

export function systemOption(args: ParsedArgs): CodeSystem | undefined {
  const text = stringOption(args, 'system');
  if (text === undefined) return undefined;
  const system = CODE_SYSTEMS.find((s) => s.toLowerCase() === text.trim().toLowerCase().replace(/[-_ ]/g, ''));
  if (!system) throw usageError('codes.unknown_system', `unknown code system '${text}': use one of ${CODE_SYSTEMS.map((s) => s.toLowerCase()).join(', ')}`);
  return system;
}

export function fiscalYearArg(text: string | undefined, name: string): number | undefined {
  if (text === undefined) return undefined;
  const m = /^(?:FY)?((?:19|20)\d\d)$/i.exec(text.trim());
  if (!m) throw usageError('codes.bad_year', `--${name} must be a fiscal year such as 2024 or FY2024, not '${text}'`);
  return Number(m[1]);
}

export function nonEmpty(text: string | undefined, what: string): string {
  if (!text?.trim()) throw usageError('codes.empty', `${what} is empty`);
  return text.trim();
}

/** The stored code sets (only the snapshot parts the command needs); an empty store is an input error that says how to fill it. */
export async function storedCodeSets(db: Db, parts: readonly SnapshotPart[], lists = false): Promise<CodeSets> {
  const sets = await openCodeSets(db, { parts, lists });
  if (sets.icd10cm.isEmpty && sets.lookup.systems().length <= 1) {
    throw inputError('codes.not_imported', 'no ICD-10-CM release is imported yet: run `openrcm codes import --from DIR` (e.g. --from ../shared/data/icd10cm)');
  }
  return sets;
}
