// Every command of `openrcm`, in the order `openrcm --help` lists them. One file per command.
import type { Command } from './command';
import { dbMigrate } from './commands/db-migrate';
import { dbStatus } from './commands/db-status';
import { x12Parse } from './commands/x12-parse';
import { x12Validate } from './commands/x12-validate';
import { x12Pretty } from './commands/x12-pretty';

export const COMMANDS: readonly Command[] = [dbMigrate, dbStatus, x12Parse, x12Validate, x12Pretty];
