// Every command of `openrcm`, in the order `openrcm --help` lists them. One file per command.
import type { Command } from './command';
import { dbMigrate } from './commands/db-migrate';
import { dbStatus } from './commands/db-status';

export const COMMANDS: readonly Command[] = [dbMigrate, dbStatus];
