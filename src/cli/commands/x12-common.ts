// The shape the `x12 ...` commands share: one FILE argument, read and inspected; each command then shows
// the inspection its own way and returns the exit code.
import type { Command, CommandIo, ParsedArgs } from '../command';
import { inspectX12, readX12File } from '../x12-module';

export type X12Inspection = ReturnType<typeof inspectX12>;

export function x12FileCommand(c: {
  path: readonly string[];
  summary: string;
  usage: string;
  show: (file: string, result: X12Inspection, args: ParsedArgs, io: CommandIo) => number;
}): Command {
  return {
    path: c.path,
    summary: c.summary,
    usage: c.usage,
    positionals: { min: 1, max: 1 },
    options: {},
    async run(args, io) {
      const file = args.positionals[0]!;
      return c.show(file, inspectX12(await readX12File(file)), args, io);
    },
  };
}
