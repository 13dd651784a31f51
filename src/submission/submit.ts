// `submit` as one operation: batch the ready claims per payer, then send every pending batch
// (including ones an earlier run could not deliver).
import type { Actor } from '../auth/index';
import type { Db, Queryable } from '../store/index';
import { MemoryControlNumbers } from '../x12/index';
import { createBatches, planBatches, type PreparedBatch, type TransportKind } from './batches';
import { build837File, type TradingPartner } from './build-file';
import { sendPendingBatches, type SendOutcome } from './send';
import { DEFAULT_RETRY, type RetryPolicy, type Transport } from './transport';

export interface SubmitOptions {
  payer?: string;
  dryRun?: boolean;
  partner: TradingPartner;
  now: Date;
  retry?: RetryPolicy;
}

export interface SubmitResult {
  dryRun: boolean;
  planned: { payerId: string; payerName: string; claims: number; bytes?: number }[];
  batches: PreparedBatch[];
  sends: SendOutcome[];
}

export async function submitReadyClaims(db: Db, actor: Actor, transport: Transport | undefined, options: SubmitOptions): Promise<SubmitResult> {
  const plans = await planBatches(db, actor, options.payer);
  if (options.dryRun || !transport) {
    const numbers = new MemoryControlNumbers();
    const planned = [];
    for (const p of plans) {
      const built = await build837File(p.claims, options.partner, numbers, options.now, 'DRYRUN');
      planned.push({ payerId: p.payerId, payerName: p.payerName, claims: p.claims.length, bytes: built.text.length });
    }
    return { dryRun: true, planned, batches: [], sends: [] };
  }
  const batches = await createBatches(db, actor, plans, options.partner, transport.kind, options.now);
  const sends = await sendPendingBatches(db, actor, transport, options.retry ?? DEFAULT_RETRY);
  return { dryRun: false, planned: plans.map((p) => ({ payerId: p.payerId, payerName: p.payerName, claims: p.claims.length })), batches, sends };
}

/** The submitter (1000A) is the practice; ids come from the clearinghouse enrollment (env or flags). */
export async function tradingPartnerFor(q: Queryable, actor: Actor, ids: { senderId?: string; receiverId?: string; receiverName?: string; contact?: string; phone?: string } = {}): Promise<TradingPartner> {
  const [tenant] = await q.query<{ name: string }>('SELECT name FROM tenants WHERE id = $1', [actor.tenantId]);
  const name = (tenant?.name ?? 'OPENRCM PRACTICE').toUpperCase().replace(/[*~:^]/g, ' ').slice(0, 60);
  const senderId = (ids.senderId ?? 'OPENRCM').slice(0, 15);
  const receiverId = (ids.receiverId ?? 'PAYERSIM').slice(0, 15);
  return {
    submitter: { name, id: senderId, contact: { name: ids.contact ?? 'BILLING OFFICE', phone: ids.phone ?? '5035550100' } },
    receiver: { name: ids.receiverName ?? 'OPENRCM TEST PAYER', id: receiverId },
    senderId, receiverId, usage: 'T',
  };
}

export type { TransportKind };
