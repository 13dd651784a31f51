// Every command of `openrcm`, in the order `openrcm --help` lists them. One file per command.
import type { Command } from './command';
import { code } from './commands/code';
import { codesDiff } from './commands/codes-diff';
import { codesImport } from './commands/codes-import';
import { codesIndex } from './commands/codes-index';
import { codesShow } from './commands/codes-show';
import { codesValidate } from './commands/codes-validate';
import { dbMigrate } from './commands/db-migrate';
import { dbStatus } from './commands/db-status';
import { demo } from './commands/demo';
import { evalCoding } from './commands/eval-coding';
import { seed } from './commands/seed';

export const COMMANDS: readonly Command[] = [
  demo,
  seed,
  codesImport,
  codesShow,
  codesValidate,
  codesIndex,
  codesDiff,
  code,
  evalCoding,
  dbMigrate,
  dbStatus,
];
