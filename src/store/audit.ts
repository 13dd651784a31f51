import type { Actor } from '../auth/index';
import { insertRows } from './bulk';
import type { Queryable } from './db';

export type AuditAction = 'read' | 'create' | 'update' | 'delete' | 'export';

export interface AuditEvent {
  action: AuditAction;
  entity: string;
  entityId?: string;
  patientId?: string;
  detail?: unknown;
}

/** Appends to the audit log in the caller's transaction, so an audited change and its record commit together. */
export async function recordAudit(q: Queryable, actor: Actor, events: readonly AuditEvent[]): Promise<void> {
  await insertRows(
    q,
    'audit_log',
    [
      ['tenant_id', 'uuid'],
      ['actor_user_id', 'uuid'],
      ['actor_role', 'text'],
      ['action', 'text'],
      ['entity', 'text'],
      ['entity_id', 'text'],
      ['patient_id', 'uuid'],
      ['detail', 'jsonb'],
    ],
    events.map((e) => [actor.tenantId, actor.userId, actor.role, e.action, e.entity, e.entityId, e.patientId, e.detail]),
  );
}
