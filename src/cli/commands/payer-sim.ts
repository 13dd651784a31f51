import { writeFileSync } from 'node:fs';
import { sharedDataDir } from '../../config/index';
import { loadFeeSchedule, loadRoster, loadRules, PayerSimulator, rosterFromCoverages, startDropBox, startHttpServer } from '../../payer-sim/index';
import { ACTOR_OPTIONS, resolveActor } from '../actor';
import { DB_OPTIONS, writeJson, writeLine, type Command } from '../command';
import { withDb } from '../context';
import { intOption, stringOption } from '../parse';

export const payerSim: Command = {
  path: ['payer-sim'],
  summary: 'Run the payer/clearinghouse simulator (HTTP API and drop box), or export its member roster',
  usage: '[--port P] [--rules FILE] [--roster FILE] [--dir DIR] | --export-roster FILE',
  options: {
    ...DB_OPTIONS,
    ...ACTOR_OPTIONS,
    port: { type: 'string', valueName: 'P', description: 'HTTP port on 127.0.0.1 (default 5959; 0 picks a free one)' },
    host: { type: 'string', valueName: 'H', description: 'address to listen on (default 127.0.0.1)' },
    rules: { type: 'string', valueName: 'FILE', description: 'adjudication rules JSON (default: the built-in commercial PPO set)' },
    roster: { type: 'string', valueName: 'FILE', description: 'member roster JSON (make one with --export-roster)' },
    dir: { type: 'string', valueName: 'DIR', description: 'also run the drop box on DIR/inbound and DIR/outbound (for folder and SFTP transports)' },
    data: { type: 'string', valueName: 'DIR', description: 'shared data folder holding pfs_rvu/ (default ../shared/data beside the repository)' },
    'export-roster': { type: 'string', valueName: 'FILE', description: "write the practice's coverages as a simulator roster and exit" },
  },
  async run(args, io) {
    const exportTo = stringOption(args, 'export-roster');
    if (exportTo) {
      const roster = await withDb(args, io, async (db) => rosterFromCoverages(db, await resolveActor(db, args, io, 'biller')));
      writeFileSync(exportTo, `${JSON.stringify(roster, null, 2)}\n`);
      if (args.values.json) writeJson(io, { file: exportTo, members: roster.members.length });
      else writeLine(io, `wrote ${roster.members.length} members to ${exportTo}`);
      return 0;
    }
    const rules = loadRules(stringOption(args, 'rules'));
    const roster = loadRoster(stringOption(args, 'roster'));
    const schedule = loadFeeSchedule(stringOption(args, 'data') ?? sharedDataDir());
    const sim = new PayerSimulator(rules, roster, schedule);
    const server = await startHttpServer(sim, intOption(args, 'port', 5959, [0, 65535]), stringOption(args, 'host') ?? '127.0.0.1');
    const dir = stringOption(args, 'dir');
    const box = dir ? startDropBox(sim, dir) : undefined;
    const info = { url: server.url, dropBox: dir ?? null, members: roster.members.length, feeScheduleCodes: schedule.size };
    if (args.values.json) writeJson(io, info);
    else writeLine(io, `payer-sim listening on ${server.url}${dir ? `, drop box ${dir}` : ''} (${roster.members.length} members, ${schedule.size} priced codes)`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    box?.stop();
    await server.close();
    return 0;
  },
};
