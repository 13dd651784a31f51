import { DB_OPTIONS, writeJson, writeLine, type Command } from '../command';
import { withDb } from '../context';
import { migrationStatus } from '../../store/index';

export const dbStatus: Command = {
  path: ['db', 'status'],
  summary: 'Show the database engine, location and schema version',
  options: { ...DB_OPTIONS },
  async run(args, io) {
    const result = await withDb(
      args,
      io,
      async (db) => ({ engine: db.engine, location: db.description, ...(await migrationStatus(db)) }),
      { migrate: false },
    );
    const summary = {
      engine: result.engine,
      location: result.location,
      schemaVersion: result.current,
      latestVersion: result.latest,
      pending: result.pending.map((m) => `${String(m.version).padStart(4, '0')}_${m.name}`),
      applied: result.applied,
    };
    if (args.values.json) {
      writeJson(io, summary);
      return 0;
    }
    writeLine(io, `engine:   ${summary.engine} (${summary.location})`);
    writeLine(io, `schema:   version ${summary.schemaVersion} of ${summary.latestVersion}`);
    writeLine(io, summary.pending.length ? `pending:  ${summary.pending.join(', ')}` : 'pending:  none');
    return 0;
  },
};
