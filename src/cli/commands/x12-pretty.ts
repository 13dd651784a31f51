import { writeLine, type Command } from '../command';
import { inspectX12, prettyX12, readX12File } from '../x12-module';

export const x12Pretty: Command = {
  path: ['x12', 'pretty'],
  summary: 'Print an X12 file one segment per line, indented by loop, with the loop names',
  usage: 'FILE',
  positionals: { min: 1, max: 1 },
  options: {},
  async run(args, io) {
    const file = args.positionals[0]!;
    for (const line of prettyX12(inspectX12(await readX12File(file)))) writeLine(io, line);
    return 0;
  },
};
