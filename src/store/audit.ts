import type { Actor } from '../auth/index';
import { insertPrepared, prepareRows, type PreparedRows } from './bulk';
import type { Columns } from './columns';
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
  await recordPreparedAudit(q, prepareAudit(q, actor, events));
}

/** Audit rows made ready beforehand (e.g. while the connection was busy), for recordPreparedAudit on a connection of the same engine. */
export function prepareAudit(q: Pick<Queryable, 'copyIn'>, actor: Actor, events: readonly AuditEvent[]): PreparedRows {
  return prepareRows(q, AUDIT_COLUMNS, events.map((e) => [actor.tenantId, actor.userId, actor.role, e.action, e.entity, e.entityId, e.patientId, e.detail]));
}

export async function recordPreparedAudit(q: Queryable, rows: PreparedRows): Promise<void> {
  await insertPrepared(q, 'audit_log', AUDIT_COLUMNS, rows);
}

const AUDIT_COLUMNS: Columns = [
  ['tenant_id', 'uuid'], ['actor_user_id', 'uuid'], ['actor_role', 'text'], ['action', 'text'], ['entity', 'text'], ['entity_id', 'text'], ['patient_id', 'uuid'], ['detail', 'jsonb'],
];
