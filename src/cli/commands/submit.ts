import { submitReadyClaims, tradingPartnerFor, transportFor } from '../../submission/index';
import { ACTOR_OPTIONS, resolveActor } from '../actor';
import { DB_OPTIONS, writeJson, writeLine, type Command, type OptionSpec } from '../command';
import { withDb } from '../context';
import { stringOption } from '../parse';

export const TRANSPORT_OPTIONS: Record<string, OptionSpec> = {
  transport: { type: 'string', valueName: 'http|sftp|folder', description: 'how to reach the clearinghouse (default $OPENRCM_SUBMIT_TRANSPORT or http)' },
  endpoint: { type: 'string', valueName: 'URL|DIR', description: 'http://host:port, sftp://user@host:port/folder, or a folder (default $OPENRCM_SUBMIT_ENDPOINT, http://127.0.0.1:5959)' },
  'sftp-key': { type: 'string', valueName: 'FILE', description: 'private key for SFTP (default $OPENRCM_SFTP_KEY)' },
  'submitter-id': { type: 'string', valueName: 'ID', description: 'our id at the clearinghouse, ISA06 and 1000A (default $OPENRCM_SUBMITTER_ID or OPENRCM)' },
};

export const submit: Command = {
  path: ['submit'],
  summary: 'Batch ready claims per payer into 837 files and send them (retrying earlier undelivered batches)',
  usage: '[--payer P] [--dry-run] [--transport http|sftp|folder] [--endpoint URL|DIR]',
  options: {
    ...DB_OPTIONS,
    ...ACTOR_OPTIONS,
    ...TRANSPORT_OPTIONS,
    payer: { type: 'string', valueName: 'P', description: 'only this payer (electronic payer id or name)' },
    'dry-run': { type: 'boolean', description: 'show the batches that would be made; record and send nothing' },
  },
  async run(args, io) {
    const dryRun = args.values['dry-run'] === true;
    const transport = dryRun ? undefined : transportFor({ transport: stringOption(args, 'transport'), endpoint: stringOption(args, 'endpoint'), sftpKey: stringOption(args, 'sftp-key') }, io.env);
    try {
      const result = await withDb(args, io, async (db) => {
        const actor = await resolveActor(db, args, io, 'biller');
        const partner = await tradingPartnerFor(db, actor, { senderId: stringOption(args, 'submitter-id') ?? io.env.OPENRCM_SUBMITTER_ID });
        return submitReadyClaims(db, actor, transport, { payer: stringOption(args, 'payer'), dryRun, partner, now: new Date() });
      });
      if (args.values.json) { writeJson(io, result); return result.sends.some((s) => s.status !== 'sent') ? 1 : 0; }
      for (const p of result.planned) writeLine(io, `${dryRun ? 'would batch' : 'batched'} ${String(p.claims).padStart(6)} claims for ${p.payerName} (${p.payerId})${p.bytes ? `, ${p.bytes} bytes` : ''}`);
      for (const s of result.sends) writeLine(io, `${s.status === 'sent' ? 'sent   ' : 'PENDING'} ${s.fileName} (${s.claimCount} claims, ${s.attempts} attempts)${s.remoteId ? ` as ${s.remoteId}` : ''}${s.error ? `: ${s.error}` : ''}`);
      if (result.planned.length === 0 && result.sends.length === 0) writeLine(io, 'no ready claims');
      return result.sends.some((s) => s.status !== 'sent') ? 1 : 0;
    } finally {
      await transport?.close();
    }
  },
};
