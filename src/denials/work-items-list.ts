// Storage adapter: the open denial work items of one queue, with the claim and the payer's deadlines.
import { authorize, type Actor } from '../auth/index';
import type { CalendarDate } from '../dates/index';
import { recordAudit, type Queryable } from '../store/index';
import type { WorkQueue } from './root-causes';

export interface DenialWorkItemRow {
  id: string;
  queue: WorkQueue;
  rootCause: string;
  recommendedAction: string;
  priority: number;
  dueDate: CalendarDate | null;
  claimId: string;
  patientControlNumber: string;
  claimStatus: string;
  payer: string | null;
  /** The payer's limits: days from the date of service to file or correct, days from the remittance to appeal. */
  timelyFilingDays: number | null;
  appealDays: number | null;
  detail: unknown;
}

export async function listDenialWorkItems(q: Queryable, actor: Actor, filter: { queue?: WorkQueue } = {}): Promise<DenialWorkItemRow[]> {
  authorize(actor, 'claim.read');
  const rows = await q.query<Record<string, unknown>>(
    `SELECT w.id, w.queue, w.root_cause, w.recommended_action, w.priority, w.due_date::text AS due_date, w.claim_id, w.detail,
       c.patient_control_number, c.status, c.patient_id, p.name AS payer, p.timely_filing_days, p.appeal_days
     FROM work_items w JOIN claims c ON c.id = w.claim_id LEFT JOIN payers p ON p.id = c.payer_id
     WHERE w.tenant_id = $1 AND w.kind = 'denial' AND w.status IN ('open', 'in_progress', 'waiting') AND ($2::text IS NULL OR w.queue = $2)
     ORDER BY w.due_date NULLS LAST, w.priority, c.patient_control_number`,
    [actor.tenantId, filter.queue ?? null],
  );
  await recordAudit(q, actor, rows.map((r) => ({ action: 'read' as const, entity: 'work_item', entityId: r.id as string, patientId: r.patient_id as string })));
  return rows.map((r) => ({
    id: r.id as string, queue: r.queue as WorkQueue, rootCause: r.root_cause as string, recommendedAction: r.recommended_action as string,
    priority: r.priority as number, dueDate: (r.due_date as CalendarDate | null) ?? null, claimId: r.claim_id as string,
    patientControlNumber: r.patient_control_number as string, claimStatus: r.status as string, payer: (r.payer as string | null) ?? null,
    timelyFilingDays: (r.timely_filing_days as number | null) ?? null, appealDays: (r.appeal_days as number | null) ?? null, detail: r.detail,
  }));
}
