// Batching ready claims per payer into 837 files. The batch row (with its file) and the claims'
// move to `submitted` commit together: a claim is in exactly one batch, and a batch that exists
// holds exactly the file its claims went out in.
import { randomUUID } from 'node:crypto';
import { authorize, type Actor } from '../auth/index';
import { canTransition, type Claim } from '../claims/index';
import { AppError } from '../errors/index';
import { lockTenantLedger, postClaimCharges } from '../ledger/index';
import { insertRows, type Db, type Queryable } from '../store/index';
import { DbControlNumbers } from '../x12/index';
import { build837File, type TradingPartner } from './build-file';

export type TransportKind = 'http' | 'sftp' | 'folder';

export interface BatchPlan {
  payerId: string;
  payerName: string;
  claims: Claim[];
}

export interface PreparedBatch {
  id: string;
  payerId: string;
  fileName: string;
  claimCount: number;
  interchangeControlNumber: number;
}

interface ReadyRow extends Record<string, unknown> {
  id: string;
  document: Claim;
  payer_ref: string | null;
}

/** Ready claims grouped by the electronic payer id (2010BB NM109), optionally only one payer (id or name). */
export async function planBatches(q: Queryable, actor: Actor, payer?: string): Promise<BatchPlan[]> {
  authorize(actor, 'claim.read');
  const rows = await q.query<ReadyRow>(
    `SELECT c.id, c.document, p.payer_id AS payer_ref FROM claims c LEFT JOIN payers p ON p.id = c.payer_id
     WHERE c.tenant_id = $1 AND c.status = 'ready' ORDER BY c.created_at, c.patient_control_number`,
    [actor.tenantId],
  );
  const groups = new Map<string, Claim[]>();
  for (const r of rows) {
    const claim = r.document;
    if (payer && payer !== claim.payer.payerId && payer.toUpperCase() !== claim.payer.name.toUpperCase()) continue;
    groups.set(claim.payer.payerId, [...(groups.get(claim.payer.payerId) ?? []), claim]);
  }
  return [...groups.values()].flatMap(splitForGuide);
}

/** The 837 guides allow 100 claims (2300) per subscriber (2000B) and advise at most 5000 per transaction. */
export const MAX_CLAIMS_PER_SUBSCRIBER = 100;
export const MAX_CLAIMS_PER_BATCH = 5000;

/** First-fit: a claim goes into the first batch with room for it and for its subscriber. */
function splitForGuide(claims: readonly Claim[]): BatchPlan[] {
  const out: { plan: BatchPlan; perSubscriber: Map<string, number> }[] = [];
  for (const claim of claims) {
    const key = `${claim.billingProvider.npi}|${claim.subscriber.memberId}`;
    let slot = out.find((b) => b.plan.claims.length < MAX_CLAIMS_PER_BATCH && (b.perSubscriber.get(key) ?? 0) < MAX_CLAIMS_PER_SUBSCRIBER);
    if (!slot) {
      slot = { plan: { payerId: claim.payer.payerId, payerName: claim.payer.name, claims: [] }, perSubscriber: new Map() };
      out.push(slot);
    }
    slot.plan.claims.push(claim);
    slot.perSubscriber.set(key, (slot.perSubscriber.get(key) ?? 0) + 1);
  }
  return out.map((b) => b.plan);
}

/** Moves many claims from one of `from` to `to` in one statement each for the update and the history rows. */
export async function transitionMany(q: Queryable, actor: Actor, claimIds: readonly string[], to: string, source: string, reasons: ReadonlyMap<string, string> | string, batchId?: string): Promise<string[]> {
  authorize(actor, 'claim.write');
  if (claimIds.length === 0) return [];
  const current = await q.query<{ id: string; status: string }>('SELECT id, status FROM claims WHERE tenant_id = $1 AND id = ANY($2::uuid[]) FOR UPDATE', [actor.tenantId, claimIds]);
  const movable = current.filter((c) => canTransition(c.status as never, to as never));
  if (movable.length === 0) return [];
  const ids = movable.map((c) => c.id);
  if (batchId) await q.query('UPDATE claims SET status = $3, submission_batch_id = $4, submitted_at = now() WHERE tenant_id = $1 AND id = ANY($2::uuid[])', [actor.tenantId, ids, to, batchId]);
  else await q.query('UPDATE claims SET status = $3 WHERE tenant_id = $1 AND id = ANY($2::uuid[])', [actor.tenantId, ids, to]);
  await insertRows(q, 'claim_status_history',
    [['tenant_id', 'uuid'], ['claim_id', 'uuid'], ['from_status', 'text'], ['to_status', 'text'], ['source', 'text'], ['reason', 'text'], ['actor_user_id', 'uuid']],
    movable.map((c) => [actor.tenantId, c.id, c.status, to, source, typeof reasons === 'string' ? reasons : reasons.get(c.id) ?? null, actor.userId]));
  return movable.map((c) => c.id);
}

/** Builds and records one batch per payer; returns what was recorded (nothing is sent here). */
export async function createBatches(db: Db, actor: Actor, plans: readonly BatchPlan[], partner: TradingPartner, transport: TransportKind, now: Date): Promise<PreparedBatch[]> {
  authorize(actor, 'claim.write');
  const out: PreparedBatch[] = [];
  for (const plan of plans) {
    out.push(await db.transaction(async (tx) => {
      const id = randomUUID();
      const built = await build837File(plan.claims, partner, new DbControlNumbers(tx), now, id.replace(/-/g, '').slice(0, 20));
      const fileName = `837P-${plan.payerId || 'NOPAYER'}-${String(built.interchangeControlNumber).padStart(9, '0')}.x12`;
      const [payer] = await tx.query<{ id: string }>('SELECT id FROM payers WHERE tenant_id = $1 AND payer_id = $2 LIMIT 1', [actor.tenantId, plan.payerId]);
      await tx.query(
        `INSERT INTO submission_batches (id, tenant_id, payer_id, interchange_control_number, transport, file_name, claim_count, status, content, group_control_numbers)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', $8, $9)`,
        [id, actor.tenantId, payer?.id ?? null, built.interchangeControlNumber, transport, fileName, plan.claims.length, built.text, built.groupControlNumbers],
      );
      const moved = await transitionMany(tx, actor, plan.claims.map((c) => c.id), 'submitted', 'submission', `batch ${fileName}`, id);
      if (moved.length !== plan.claims.length) throw new AppError('conflict', 'submission.claims_moved', `${plan.claims.length - moved.length} claims of payer ${plan.payerId} were no longer ready; batch not recorded`);
      // A submitted claim is receivable from then on: its charges post with the batch, so A/R ages
      // from submission, not from the first remittance (once per line: a resubmission charges nothing).
      await lockTenantLedger(tx, actor.tenantId);
      await postClaimCharges({ transaction: (fn) => fn(tx) }, actor, moved);
      return { id, payerId: plan.payerId, fileName, claimCount: plan.claims.length, interchangeControlNumber: built.interchangeControlNumber };
    }));
  }
  return out;
}
