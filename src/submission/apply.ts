// Applying what the payer sent back: the 999 (file accepted or rejected), the 277CA (each claim
// accepted into adjudication or rejected, with the reason as a history row and a biller work item),
// and the 835 (stored, then handed to the remittance hook).
import { createHash, randomUUID } from 'node:crypto';
import type { Actor } from '../auth/index';
import { insertRows, type Queryable } from '../store/index';
import {
  claimDisposition, explainStatus, parse277CA, parse835, parse999, type Ack999, type ReceivedTransaction, type x277ca,
} from '../x12/index';
import { transitionMany } from './batches';

export interface ApplyResult {
  kind: '999' | '277CA' | '835' | 'unknown';
  status: 'applied' | 'failed';
  batchId?: string;
  accepted: number;
  rejected: number;
  problems: string[];
  remittance?: { traceNumber: string; payerIdentifier: string; amount: number; remittanceId?: string; duplicate: boolean };
}

export const sha256 = (text: string) => createHash('sha256').update(text, 'latin1').digest('hex');

async function workItems(tx: Queryable, actor: Actor, claims: readonly { id: string; patientId: string }[], kind: string, rootCause: string | ((id: string) => string), action: string, detail: unknown): Promise<void> {
  await insertRows(tx, 'work_items',
    [['id', 'uuid'], ['tenant_id', 'uuid'], ['queue', 'text'], ['kind', 'text'], ['status', 'text'], ['priority', 'smallint'], ['root_cause', 'text'], ['recommended_action', 'text'], ['claim_id', 'uuid'], ['patient_id', 'uuid'], ['detail', 'jsonb']],
    claims.map((c) => [randomUUID(), actor.tenantId, 'biller', kind, 'open', 2, typeof rootCause === 'string' ? rootCause : rootCause(c.id), action, c.id, c.patientId, detail]));
}

function describe999(ack: Ack999): string {
  const parts = ack.transactionSetResponses.flatMap((r) => r.errors.map((e) =>
    `${e.segmentIdCode} at segment ${e.segmentPositionInTransactionSet}${e.loopIdentifierCode ? ` (loop ${e.loopIdentifierCode})` : ''}: IK304 ${e.segmentSyntaxErrorCode}${e.elementNotes.map((n) => `, element ${n.elementPosition}${n.componentPosition ? `-${n.componentPosition}` : ''} IK403 ${n.elementSyntaxErrorCode}${n.copyOfBadDataElement ? ` '${n.copyOfBadDataElement}'` : ''}`).join('')}`));
  const codes = [...ack.syntaxErrorCodes, ...ack.transactionSetResponses.flatMap((r) => r.syntaxErrorCodes)];
  return `999 rejected the file${codes.length ? ` (codes ${[...new Set(codes)].join(', ')})` : ''}${parts.length ? `: ${parts.join('; ')}` : ''}`;
}

export async function apply999(tx: Queryable, actor: Actor, sets: readonly ReceivedTransaction[]): Promise<ApplyResult> {
  const result: ApplyResult = { kind: '999', status: 'applied', accepted: 0, rejected: 0, problems: [] };
  for (const t of sets) {
    const { ack } = parse999(t);
    const [batch] = await tx.query<{ id: string }>('SELECT id FROM submission_batches WHERE tenant_id = $1 AND $2 = ANY(group_control_numbers) ORDER BY created_at DESC LIMIT 1', [actor.tenantId, ack.groupControlNumber]);
    if (!batch) { result.problems.push(`999 answers group ${ack.groupControlNumber}, which no batch of ours carries`); continue; }
    result.batchId = batch.id;
    const rejectedGuides = new Set(ack.transactionSetResponses.filter((r) => r.acknowledgmentCode === 'R').map((r) => r.implementationConventionReference ?? ''));
    const wholeFile = ack.acknowledgmentCode === 'R';
    const claims = await tx.query<{ id: string; kind: string; patient_id: string }>("SELECT id, kind, patient_id FROM claims WHERE tenant_id = $1 AND submission_batch_id = $2 AND status = 'submitted'", [actor.tenantId, batch.id]);
    const hit = claims.filter((c) => wholeFile || [...rejectedGuides].some((g) => g.startsWith(c.kind === 'professional' ? '005010X222' : '005010X223')));
    const reason = describe999(ack);
    if (hit.length > 0) {
      const moved = await transitionMany(tx, actor, hit.map((c) => c.id), 'rejected', '999', reason);
      await workItems(tx, actor, hit.filter((c) => moved.includes(c.id)).map((c) => ({ id: c.id, patientId: c.patient_id })), 'claim_rejected_999', reason, 'Correct the claim data the 999 names, set the claim ready and submit again.', { ack });
      result.rejected += moved.length;
    }
    await tx.query('UPDATE submission_batches SET status = $2 WHERE id = $1', [batch.id, wholeFile ? 'rejected' : ack.acknowledgmentCode === 'P' || hit.length ? 'partially_accepted' : 'accepted']);
  }
  return result;
}

type Loop2200D = x277ca.Loop2200D;

function claimsOf(ack: x277ca.ClaimAcknowledgment277CA): Loop2200D[] {
  return ack.informationSources.flatMap((s) => s.receivers.flatMap((r) => r.providers.flatMap((p) => p.patients.flatMap((pt) => pt.claims))));
}

function explain(claim: Loop2200D): string {
  return claim.statuses.flatMap((s) => [s.status, ...s.additionalStatuses].map((x) => {
    const e = explainStatus({ categoryCode: x.categoryCode, statusCode: x.statusCode, ...(x.entityIdentifierCode ? { entityIdentifierCode: x.entityIdentifierCode } : {}) });
    return `${x.categoryCode}:${x.statusCode}${x.entityIdentifierCode ? `:${x.entityIdentifierCode}` : ''} ${e.explanation}${s.freeFormMessageText ? ` (${s.freeFormMessageText})` : ''}`;
  })).join('; ');
}

export async function apply277CA(tx: Queryable, actor: Actor, sets: readonly ReceivedTransaction[]): Promise<ApplyResult> {
  const result: ApplyResult = { kind: '277CA', status: 'applied', accepted: 0, rejected: 0, problems: [] };
  const acks = sets.flatMap((t) => claimsOf(parse277CA(t).acknowledgment));
  const rows = await tx.query<{ id: string; patient_control_number: string; patient_id: string }>(
    "SELECT id, patient_control_number, patient_id FROM claims WHERE tenant_id = $1 AND patient_control_number = ANY($2::text[]) AND status = 'submitted'",
    [actor.tenantId, acks.map((a) => a.claimStatusTrackingNumber)]);
  const byPcn = new Map(rows.map((r) => [r.patient_control_number, r]));
  const accepted: string[] = [];
  const rejected = new Map<string, string>();
  for (const a of acks) {
    const row = byPcn.get(a.claimStatusTrackingNumber);
    if (!row) { result.problems.push(`277CA names claim ${a.claimStatusTrackingNumber}, which is not awaiting acknowledgment`); continue; }
    const verdict = claimDisposition(a);
    const icn = a.references.find((r) => r.qualifier === '1K')?.value;
    if (verdict === 'accepted') {
      accepted.push(row.id);
      if (icn) await tx.query('UPDATE claims SET payer_claim_control_number = $2 WHERE id = $1', [row.id, icn]);
    } else if (verdict === 'rejected') rejected.set(row.id, `277CA rejected: ${explain(a)}`);
  }
  result.accepted = (await transitionMany(tx, actor, accepted, 'accepted', '277CA', 'accepted for adjudication')).length;
  const moved = await transitionMany(tx, actor, [...rejected.keys()], 'rejected', '277CA', rejected);
  result.rejected = moved.length;
  await workItems(tx, actor, rows.filter((r) => moved.includes(r.id)).map((r) => ({ id: r.id, patientId: r.patient_id })), 'claim_rejected_277ca',
    (id) => rejected.get(id) ?? '', 'Fix what the payer named (member id, NPI, payer id...), set the claim ready and submit again as an original.', null);
  return result;
}

/** Parses the 835s of a file; any error finding (structure, balance) makes the whole file unusable. */
export function read835(sets: readonly ReceivedTransaction[]): { remittances: ReturnType<typeof parse835>['remittance'][]; problems: string[] } {
  const problems: string[] = [];
  const remittances = sets.map((t) => {
    const r = parse835(t);
    for (const f of r.findings) if (f.severity === 'error') problems.push(`segment ${f.segmentPosition} ${f.segmentId}${f.element ? ` ${f.element}` : ''}: ${f.message}`);
    return r.remittance;
  });
  return { remittances, problems };
}
