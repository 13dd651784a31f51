// Storage adapter: opens the drafted denial work items in work_items, once per source key, audited.
import { randomUUID } from 'node:crypto';
import { authorize, type Actor } from '../auth/index';
import { recordAudit, type Queryable } from '../store/index';
import type { DenialWorkItemDraft } from './work-items';

/** Inserts the drafts not already open for the same denials; returns the ids of the items created. */
export async function openDenialWorkItems(q: Queryable, actor: Actor, drafts: readonly DenialWorkItemDraft[]): Promise<string[]> {
  authorize(actor, 'claim.write');
  if (drafts.length === 0) return [];
  const ids = drafts.map(() => randomUUID());
  const rows = await q.query<{ id: string; claim_id: string; source_key: string }>(
    `INSERT INTO work_items (id, tenant_id, queue, kind, status, priority, root_cause, recommended_action, claim_id, due_date, detail, source_key)
     SELECT u.id::uuid, $1::uuid, u.queue, 'denial', 'open', u.priority::smallint, u.root_cause, u.action, u.claim_id::uuid, u.due_date::date, u.detail::jsonb, u.source_key
     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
       AS u(id, queue, priority, root_cause, action, claim_id, due_date, detail, source_key)
     ON CONFLICT (tenant_id, source_key) WHERE source_key IS NOT NULL DO NOTHING
     RETURNING id, claim_id, source_key`,
    [
      actor.tenantId, ids, drafts.map((d) => d.queue), drafts.map((d) => String(d.priority)), drafts.map((d) => d.rootCause),
      drafts.map((d) => d.recommendedAction), drafts.map((d) => d.claimId), drafts.map((d) => d.dueDate ?? null),
      drafts.map((d) => JSON.stringify(d.detail)), drafts.map((d) => d.sourceKey),
    ],
  );
  await recordAudit(q, actor, rows.map((r) => ({ action: 'create' as const, entity: 'work_item', entityId: r.id, detail: { kind: 'denial', claimId: r.claim_id, sourceKey: r.source_key } })));
  return rows.map((r) => r.id);
}
