// Every command of `openrcm`, in the order `openrcm --help` lists them. One file per command.
import type { Command } from './command';
import { dbMigrate } from './commands/db-migrate';
import { dbStatus } from './commands/db-status';
import { codesImport } from './commands/codes-import';
import { codesShow } from './commands/codes-show';
import { codesValidate } from './commands/codes-validate';
import { codesIndex } from './commands/codes-index';
import { codesDiff } from './commands/codes-diff';
import { codesSearch } from './commands/codes-search';

export const COMMANDS: readonly Command[] = [dbMigrate, dbStatus, codesImport, codesShow, codesValidate, codesIndex, codesDiff, codesSearch];
