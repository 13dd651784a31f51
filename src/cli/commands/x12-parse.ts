import { writeJson } from '../command';
import { x12FileCommand } from './x12-common';

export const x12Parse = x12FileCommand({
  path: ['x12', 'parse'],
  summary: 'Read an X12 file and print each transaction set as a typed object (JSON)',
  usage: 'FILE [--json]',
  show(file, result, _args, io) {
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
});
