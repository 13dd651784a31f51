// What a command is. Each command lives in its own file under src/cli/commands/ and is listed in registry.ts.
import type { Writable } from 'node:stream';

export type OptionType = 'string' | 'boolean';

export interface OptionSpec {
  type: OptionType;
  short?: string;
  multiple?: boolean;
  description: string;
  /** Shown in help as --name VALUE */
  valueName?: string;
}

export interface CommandIo {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export interface Command {
  /** Words that select it, e.g. ['codes', 'search'] */
  path: readonly string[];
  summary: string;
  /** e.g. 'QUERY [--dos DATE] [--limit N]' */
  usage?: string;
  /** Positional arguments: min and max counts (max Infinity for lists). */
  positionals?: { min: number; max: number };
  options: Record<string, OptionSpec>;
  /** Returns the exit code: 0 success, 1 a domain finding. Usage and input errors are thrown as AppError. */
  run(args: ParsedArgs, io: CommandIo): Promise<number>;
}

/** Options every command takes. */
export const COMMON_OPTIONS: Record<string, OptionSpec> = {
  help: { type: 'boolean', short: 'h', description: 'show help for this command' },
  json: { type: 'boolean', description: 'machine-readable JSON output' },
  debug: { type: 'boolean', description: 'show stack traces for errors' },
};

/** Options of commands that open the database. */
export const DB_OPTIONS: Record<string, OptionSpec> = {
  'data-dir': {
    type: 'string',
    valueName: 'DIR',
    description: 'embedded database directory (default $OPENRCM_DATA_DIR or ~/.openrcm/data); ignored when DATABASE_URL is set',
  },
};

export const CODESET_OPTIONS: Record<string, OptionSpec> = {
  codes: {
    type: 'string',
    valueName: 'DIR',
    description: 'code-set folder (default $OPENRCM_CODESETS, then ../shared/data beside the repository)',
  },
};

export function writeJson(io: CommandIo, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function writeLine(io: CommandIo, text = ''): void {
  io.stdout.write(`${text}\n`);
}
