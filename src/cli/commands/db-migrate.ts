import { DB_OPTIONS, writeJson, writeLine, type Command } from '../command';
import { withDb } from '../context';
import { migrate } from '../../store/index';

export const dbMigrate: Command = {
  path: ['db', 'migrate'],
  summary: 'Apply pending schema migrations to the database',
  options: { ...DB_OPTIONS },
  async run(args, io) {
    const applied = await withDb(args, io, (db) => migrate(db), { migrate: false });
    if (args.values.json) writeJson(io, { applied: applied.map((m) => ({ version: m.version, name: m.name })) });
    else if (applied.length === 0) writeLine(io, 'Database is up to date.');
    else for (const m of applied) writeLine(io, `applied ${String(m.version).padStart(4, '0')}_${m.name}`);
    return 0;
  },
};
