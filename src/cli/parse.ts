import { parseArgs } from 'node:util';
import { usageError } from '../errors/index';
import { parseCalendarDate, todayUtc, type CalendarDate } from '../dates/index';
import { COMMON_OPTIONS, type Command, type ParsedArgs } from './command';

/** Finds the longest command path that the argv starts with. */
export function findCommand(commands: readonly Command[], argv: readonly string[]): { command?: Command; rest: string[] } {
  let best: Command | undefined;
  for (const c of commands) {
    if (c.path.every((word, i) => argv[i] === word) && (!best || c.path.length > best.path.length)) best = c;
  }
  return { command: best, rest: argv.slice(best?.path.length ?? 0) };
}

export function parseCommandArgs(command: Command, argv: string[]): ParsedArgs {
  const options = { ...COMMON_OPTIONS, ...command.options };
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: Object.fromEntries(
        Object.entries(options).map(([name, o]) => [
          name,
          { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) },
        ]),
      ),
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw usageError('cli.bad_option', `${(e as Error).message.split('\n')[0]} (see: openrcm ${command.path.join(' ')} --help)`);
  }
  const values = parsed.values as ParsedArgs['values'];
  const positionals = parsed.positionals;
  const { min, max } = command.positionals ?? { min: 0, max: 0 };
  if (!values.help && (positionals.length < min || positionals.length > max)) {
    const what = positionals.length > max ? `unexpected argument '${positionals[max]}'` : 'missing argument';
    throw usageError('cli.arguments', `${what}: usage: openrcm ${command.path.join(' ')} ${command.usage ?? ''}`.trim());
  }
  return { values, positionals };
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function intOption(args: ParsedArgs, name: string, fallback: number, range: [number, number]): number {
  const text = stringOption(args, name);
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < range[0] || n > range[1]) {
    throw usageError('cli.bad_number', `--${name} must be a whole number from ${range[0]} to ${range[1]}, not '${text}'`);
  }
  return n;
}

/** A --NAME YYYY-MM-DD option, today (UTC) when absent. */
export function dateOption(args: ParsedArgs, name: string): CalendarDate {
  const text = stringOption(args, name);
  const date = text === undefined ? todayUtc(new Date()) : parseCalendarDate(text);
  if (!date) throw usageError('cli.bad_date', `--${name} must be a date such as 2023-10-20, not '${text ?? ''}'`);
  return date;
}
