import { writeLine } from '../command';
import { prettyX12 } from '../x12-module';
import { x12FileCommand } from './x12-common';

export const x12Pretty = x12FileCommand({
  path: ['x12', 'pretty'],
  summary: 'Print an X12 file one segment per line, indented by loop, with the loop names',
  usage: 'FILE',
  show(_file, result, _args, io) {
    for (const line of prettyX12(result)) writeLine(io, line);
    return 0;
  },
});
