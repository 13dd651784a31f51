// Every command of `openrcm`, in the order `openrcm --help` lists them. One file per command.
import type { Command } from './command';
import { dbMigrate } from './commands/db-migrate';
import { dbStatus } from './commands/db-status';
import { demo } from './commands/demo';
import { seed } from './commands/seed';

export const COMMANDS: readonly Command[] = [demo, seed, dbMigrate, dbStatus];
