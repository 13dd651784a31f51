import { acceptSuggestions } from '../../workflows/index';
import { ACTOR_OPTIONS, resolveActor } from '../actor';
import { DB_OPTIONS, writeJson, writeLine, type Command } from '../command';
import { withDb } from '../context';
import { stringOption } from '../parse';

export const codingAccept: Command = {
  path: ['coding', 'accept'],
  summary: "Accept an encounter's suggested codes (all, or only those named; the rest are rejected), recording who and when",
  usage: 'ENCOUNTER [--codes C1,C2,...]',
  positionals: { min: 1, max: 1 },
  options: {
    ...DB_OPTIONS,
    ...ACTOR_OPTIONS,
    codes: { type: 'string', valueName: 'LIST', description: 'accept only these codes (comma-separated); the other suggestions are rejected' },
  },
  async run(args, io) {
    const encounterId = args.positionals[0]!;
    const list = stringOption(args, 'codes')?.split(',').map((c) => c.trim().toUpperCase()).filter(Boolean);
    const accepted = await withDb(args, io, async (db) => acceptSuggestions(db, await resolveActor(db, args, io, 'coder'), encounterId, list));
    if (args.values.json) writeJson(io, { encounterId, accepted });
    else writeLine(io, `accepted ${accepted} codes; encounter ${encounterId} is coded and ready to bill`);
    return 0;
  },
};
