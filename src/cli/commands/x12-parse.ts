import { writeJson, type Command } from '../command';
import { inspectX12, readX12File } from '../x12-module';

export const x12Parse: Command = {
  path: ['x12', 'parse'],
  summary: 'Read an X12 file and print each transaction set as a typed object (JSON)',
  usage: 'FILE [--json]',
  positionals: { min: 1, max: 1 },
  options: {},
  async run(args, io) {
    const file = args.positionals[0]!;
    const result = inspectX12(await readX12File(file));
    writeJson(io, {
      file,
      interchanges: result.interchanges,
      ...(result.ta1.length ? { ta1: result.ta1 } : {}),
      transactions: result.transactions.map((t) => ({
        set: t.handler?.name ?? t.transaction.transactionSetId,
        guide: t.transaction.guide,
        controlNumber: t.transaction.controlNumber,
        sender: t.transaction.group.senderCode,
        receiver: t.transaction.group.receiverCode,
        value: t.value ?? null,
      })),
    });
    return 0;
  },
};
