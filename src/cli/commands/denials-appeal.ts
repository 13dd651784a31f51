// openrcm denials appeal CLAIM [--out BASENAME] [--json]: the appeal letter as BASENAME.txt and BASENAME.pdf; the claim becomes appealed.
import { writeFile } from 'node:fs/promises';
import { todayUtc } from '../../dates/index';
import { appealDeniedClaim } from '../../workflows/index';
import { ACTOR_OPTIONS, resolveActor } from '../actor';
import { DB_OPTIONS, writeJson, writeLine, type Command } from '../command';
import { withDb } from '../context';
import { stringOption } from '../parse';

export const denialsAppeal: Command = {
  path: ['denials', 'appeal'],
  summary: 'Write the appeal letter for a denied claim (text and PDF) and mark the claim appealed',
  usage: 'CLAIM [--out BASENAME] [--json]',
  positionals: { min: 1, max: 1 },
  options: { ...DB_OPTIONS, ...ACTOR_OPTIONS, out: { type: 'string', valueName: 'BASENAME', description: 'write BASENAME.txt and BASENAME.pdf (default appeal-<claim>)' } },
  async run(args, io) {
    const ref = args.positionals[0]!;
    const result = await withDb(args, io, async (db) => appealDeniedClaim(db, await resolveActor(db, args, io, 'biller'), ref, todayUtc(new Date())));
    const base = stringOption(args, 'out') ?? `appeal-${result.patientControlNumber}`;
    await writeFile(`${base}.txt`, result.text);
    await writeFile(`${base}.pdf`, result.pdf);
    if (args.values.json) writeJson(io, { claimId: result.claimId, patientControlNumber: result.patientControlNumber, appealBy: result.appealBy ?? null, files: [`${base}.txt`, `${base}.pdf`] });
    else writeLine(io, `${result.patientControlNumber}: appealed; letter written to ${base}.txt and ${base}.pdf${result.appealBy ? `; the payer must receive it by ${result.appealBy}` : ''}`);
    return 0;
  },
};
