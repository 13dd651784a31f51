// The one place that turns errors into exit codes and messages.
import { describeLocation, exitCodeFor, isAppError } from '../errors/index';
import type { CommandIo } from './command';
import { commandHelp, mainHelp } from './help';
import { findCommand, parseCommandArgs } from './parse';
import { COMMANDS } from './registry';

export async function runCli(argv: string[], io: CommandIo): Promise<number> {
  const debug = argv.includes('--debug');
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.stdout.write(mainHelp(COMMANDS));
    return argv.length === 0 ? 2 : 0;
  }
  const { command, rest } = findCommand(COMMANDS, argv);
  if (!command) {
    io.stderr.write(`openrcm: unknown command '${argv.join(' ')}' (see: openrcm --help)\n`);
    return 2;
  }
  try {
    const args = parseCommandArgs(command, rest);
    if (args.values.help) {
      io.stdout.write(commandHelp(command));
      return 0;
    }
    return await command.run(args, io);
  } catch (error) {
    if (isAppError(error)) {
      const where = describeLocation(error.location);
      io.stderr.write(`openrcm: ${error.message}${where && !error.message.includes(where) ? ` (${where})` : ''}\n`);
      if (debug) io.stderr.write(`${error.stack ?? ''}\n`);
      return exitCodeFor(error.kind);
    }
    io.stderr.write(`openrcm: internal error: ${(error as Error).message ?? String(error)}\n`);
    io.stderr.write(debug ? `${(error as Error).stack ?? ''}\n` : '(run again with --debug for the stack trace)\n');
    return 70;
  }
}
