// Sending recorded batches. A batch stays `pending` until the transport confirms delivery; a failed
// or interrupted send is retried with the same file (same ISA13), which the receiver takes once.
import { authorize, type Actor } from '../auth/index';
import type { Queryable } from '../store/index';
import { withRetry, type RetryPolicy, type Transport } from './transport';

export interface SendOutcome {
  batchId: string;
  fileName: string;
  claimCount: number;
  status: 'sent' | 'pending';
  attempts: number;
  remoteId?: string;
  error?: string;
}

export async function sendPendingBatches(q: Queryable, actor: Actor, transport: Transport, policy: RetryPolicy, batchIds?: readonly string[]): Promise<SendOutcome[]> {
  authorize(actor, 'claim.write');
  const rows = await q.query<{ id: string; file_name: string; content: string; claim_count: number; attempts: number }>(
    `SELECT id, file_name, content, claim_count, attempts FROM submission_batches
     WHERE tenant_id = $1 AND status = 'pending' AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[])) ORDER BY created_at, id`,
    [actor.tenantId, batchIds ?? null],
  );
  const out: SendOutcome[] = [];
  for (const b of rows) {
    let attempts = b.attempts;
    try {
      const sent = await withRetry(() => { attempts++; return transport.send(b.file_name, b.content); }, policy);
      await q.query("UPDATE submission_batches SET status = 'sent', sent_at = now(), attempts = $2, remote_id = $3, last_error = NULL WHERE id = $1", [b.id, attempts, sent.remoteId ?? null]);
      out.push({ batchId: b.id, fileName: b.file_name, claimCount: b.claim_count, status: 'sent', attempts, ...(sent.remoteId ? { remoteId: sent.remoteId } : {}) });
    } catch (e) {
      const error = (e as Error).message;
      await q.query('UPDATE submission_batches SET attempts = $2, last_error = $3 WHERE id = $1', [b.id, attempts, error]);
      out.push({ batchId: b.id, fileName: b.file_name, claimCount: b.claim_count, status: 'pending', attempts, error });
    }
  }
  return out;
}
