import { join } from 'node:path';
import { databaseConfig } from '../../config/index';
import { fetchResponses, transportFor } from '../../submission/index';
import { ACTOR_OPTIONS, resolveActor } from '../actor';
import { DB_OPTIONS, writeJson, writeLine, type Command } from '../command';
import { withDb } from '../context';
import { stringOption } from '../parse';
import { TRANSPORT_OPTIONS } from './submit';

export const responsesFetch: Command = {
  path: ['responses', 'fetch'],
  summary: 'Fetch and apply 999, 277CA and 835 responses: claim statuses, rejections as work items, remittances stored',
  usage: '[--transport http|sftp|folder] [--endpoint URL|DIR]',
  options: { ...DB_OPTIONS, ...ACTOR_OPTIONS, ...TRANSPORT_OPTIONS },
  async run(args, io) {
    const transport = transportFor({ transport: stringOption(args, 'transport'), endpoint: stringOption(args, 'endpoint'), sftpKey: stringOption(args, 'sftp-key') }, io.env);
    const config = databaseConfig({ dataDir: stringOption(args, 'data-dir') }, io.env);
    const dataDir = config.engine === 'pglite' && config.dataDir ? join(config.dataDir, '..') : io.env.OPENRCM_FILES_DIR;
    try {
      const outcomes = await withDb(args, io, async (db) => fetchResponses(db, await resolveActor(db, args, io, 'biller'), transport, dataDir ? { dataDir } : {}));
      const failed = outcomes.filter((o) => o.status === 'failed');
      if (args.values.json) { writeJson(io, outcomes); return failed.length ? 1 : 0; }
      for (const o of outcomes) {
        const what = o.duplicate ? 'already applied' : o.kind === '835'
          ? `${o.posting ? `paid ${o.posting.paid}, partially paid ${o.posting.partiallyPaid}, denied ${o.posting.denied}` : ''}${o.remittance ? ` (trace ${o.remittance.traceNumber}, ${(o.remittance.amount / 100).toFixed(2)})` : ''}`
          : `accepted ${o.accepted}, rejected ${o.rejected}`;
        writeLine(io, `${o.status === 'failed' ? 'FAILED ' : 'applied'} ${o.kind.padEnd(6)} ${o.name}: ${what}`);
        for (const p of o.problems) writeLine(io, `        ${p}`);
      }
      if (outcomes.length === 0) writeLine(io, 'no responses waiting');
      return failed.length ? 1 : 0;
    } finally {
      await transport.close();
    }
  },
};
