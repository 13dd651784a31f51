import { authorize, type Actor } from '../../auth/index';
import { checkTransition, type Claim, type ClaimStatus } from '../../claims/index';
import { AppError } from '../../errors/index';
import { recordAudit } from '../audit';
import { insertRows } from '../bulk';
import type { Queryable } from '../db';

export interface ClaimRecord {
  claim: Claim;
  status: ClaimStatus;
  patientId: string;
  payerId: string | null;
  coverageId: string | null;
  originalClaimId: string | null;
  submittedAt: string | null;
  createdAt: string;
}

export interface StoredFinding {
  editId: string;
  severity: 'error' | 'warning';
  path: string;
  message: string;
  suggestedFix?: string;
}

export interface NewClaim {
  claim: Claim;
  patientId: string;
  payerId: string | null;
  coverageId: string | null;
  encounterIds: string[];
  encounterProcedureIds?: (string | null)[];
  originalClaimId?: string;
}

/** Stores a claim as a draft, with its lines, encounters and the first row of its status history. */
export async function insertClaim(q: Queryable, actor: Actor, c: NewClaim): Promise<void> {
  authorize(actor, 'claim.write');
  const { claim } = c;
  await q.query(
    `INSERT INTO claims (id, tenant_id, kind, patient_id, patient_control_number, payer_id, coverage_id, payer_sequence, frequency_code,
       payer_claim_control_number, original_claim_id, status, total_charge_cents, statement_from, statement_to, place_of_service,
       prior_authorization, referral_number, document)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'draft', $12, $13, $14, $15, $16, $17, $18)`,
    [
      claim.id, actor.tenantId, claim.kind, c.patientId, claim.patientControlNumber, c.payerId, c.coverageId, claim.payerSequence,
      claim.frequencyCode, claim.payerClaimControlNumber ?? null, c.originalClaimId ?? null, claim.totalCharge, claim.statementFrom,
      claim.statementTo, claim.placeOfService, claim.priorAuthorization ?? null, claim.referralNumber ?? null, JSON.stringify(claim),
    ],
  );
  await insertRows(
    q,
    'claim_lines',
    [
      ['id', 'uuid'], ['tenant_id', 'uuid'], ['claim_id', 'uuid'], ['line_number', 'smallint'], ['line_item_control_number', 'text'],
      ['encounter_procedure_id', 'uuid'], ['code_system', 'text'], ['procedure_code', 'text'], ['modifiers', 'text[]'],
      ['revenue_code', 'text'], ['units', 'integer'], ['charge_cents', 'bigint'], ['service_date', 'date'], ['diagnosis_pointers', 'smallint[]'],
    ],
    claim.lines.map((l, i) => [
      lineId(claim.id, l.lineNumber), actor.tenantId, claim.id, l.lineNumber, l.lineItemControlNumber, c.encounterProcedureIds?.[i] ?? null,
      l.codeSystem, l.procedureCode, l.modifiers, l.revenueCode, l.units, l.charge, l.serviceDate, l.diagnosisPointers,
    ]),
  );
  await insertRows(q, 'claim_encounters', [['claim_id', 'uuid'], ['encounter_id', 'uuid'], ['tenant_id', 'uuid']],
    c.encounterIds.map((e) => [claim.id, e, actor.tenantId]));
  await q.query(
    "INSERT INTO claim_status_history (tenant_id, claim_id, from_status, to_status, source, actor_user_id) VALUES ($1, $2, NULL, 'draft', 'build', $3)",
    [actor.tenantId, claim.id, actor.userId],
  );
  await recordAudit(q, actor, [{ action: 'create', entity: 'claim', entityId: claim.id, patientId: c.patientId }]);
}

/** Claim line ids are derived from the claim id and line number, so that postings can name a line before reading it. */
export function lineId(claimId: string, lineNumber: number): string {
  const n = lineNumber.toString(16).padStart(4, '0');
  return `${claimId.slice(0, 24)}${n}${claimId.slice(28)}`;
}

/** Moves a claim to a new status if the lifecycle allows it, with a history row saying who or what and why. */
export async function transitionClaim(
  q: Queryable,
  actor: Actor,
  claimId: string,
  to: ClaimStatus,
  by: { source: string; reason?: string },
): Promise<ClaimStatus> {
  authorize(actor, 'claim.write');
  const rows = await q.query<{ status: ClaimStatus }>('SELECT status FROM claims WHERE tenant_id = $1 AND id = $2 FOR UPDATE', [actor.tenantId, claimId]);
  const from = rows[0]?.status;
  if (!from) throw new AppError('domain', 'claim.not_found', `no claim ${claimId}`);
  const check = checkTransition(from, to);
  if (!check.ok) throw new AppError('conflict', check.code, `claim ${claimId}: ${check.message}`);
  await q.query('UPDATE claims SET status = $3, submitted_at = CASE WHEN $3 = \'submitted\' THEN now() ELSE submitted_at END WHERE tenant_id = $1 AND id = $2', [
    actor.tenantId, claimId, to,
  ]);
  await q.query(
    'INSERT INTO claim_status_history (tenant_id, claim_id, from_status, to_status, source, reason, actor_user_id) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [actor.tenantId, claimId, from, to, by.source, by.reason ?? null, actor.userId],
  );
  return from;
}

/** Replaces a claim's findings with the latest scrub's. */
export async function replaceFindings(q: Queryable, actor: Actor, claimId: string, findings: readonly StoredFinding[]): Promise<void> {
  authorize(actor, 'claim.write');
  await q.query('DELETE FROM claim_findings WHERE tenant_id = $1 AND claim_id = $2', [actor.tenantId, claimId]);
  await insertRows(
    q,
    'claim_findings',
    [['tenant_id', 'uuid'], ['claim_id', 'uuid'], ['edit_id', 'text'], ['severity', 'text'], ['path', 'text'], ['message', 'text'], ['suggested_fix', 'text']],
    findings.map((f) => [actor.tenantId, claimId, f.editId, f.severity, f.path, f.message, f.suggestedFix]),
  );
}

const RECORD_SQL = `SELECT id, status, patient_id, payer_id, coverage_id, original_claim_id, submitted_at, created_at, document FROM claims`;

function recordFromRow(r: Record<string, unknown>): ClaimRecord {
  return {
    claim: r.document as Claim,
    status: r.status as ClaimStatus,
    patientId: r.patient_id as string,
    payerId: (r.payer_id as string | null) ?? null,
    coverageId: (r.coverage_id as string | null) ?? null,
    originalClaimId: (r.original_claim_id as string | null) ?? null,
    submittedAt: r.submitted_at ? new Date(r.submitted_at as string).toISOString() : null,
    createdAt: new Date(r.created_at as string).toISOString(),
  };
}

export async function getClaim(q: Queryable, actor: Actor, claimId: string): Promise<
  (ClaimRecord & { history: { from: string | null; to: string; source: string; reason: string | null; at: string }[]; findings: StoredFinding[] }) | undefined
> {
  authorize(actor, 'claim.read');
  const rows = await q.query(`${RECORD_SQL} WHERE tenant_id = $1 AND (id::text = $2 OR patient_control_number = $2)`, [actor.tenantId, claimId]);
  const row = rows[0];
  if (!row) return undefined;
  const record = recordFromRow(row);
  const history = await q.query<{ from_status: string | null; to_status: string; source: string; reason: string | null; at: Date }>(
    'SELECT from_status, to_status, source, reason, at FROM claim_status_history WHERE claim_id = $1 ORDER BY id',
    [record.claim.id],
  );
  const findings = await q.query<{ edit_id: string; severity: 'error' | 'warning'; path: string; message: string; suggested_fix: string | null }>(
    'SELECT edit_id, severity, path, message, suggested_fix FROM claim_findings WHERE claim_id = $1 ORDER BY id',
    [record.claim.id],
  );
  await recordAudit(q, actor, [{ action: 'read', entity: 'claim', entityId: record.claim.id, patientId: record.patientId }]);
  return {
    ...record,
    history: history.map((h) => ({ from: h.from_status, to: h.to_status, source: h.source, reason: h.reason, at: new Date(h.at).toISOString() })),
    findings: findings.map((f) => ({ editId: f.edit_id, severity: f.severity, path: f.path, message: f.message, ...(f.suggested_fix ? { suggestedFix: f.suggested_fix } : {}) })),
  };
}

export async function listClaims(q: Queryable, actor: Actor, filter: { status?: ClaimStatus; limit?: number } = {}): Promise<ClaimRecord[]> {
  authorize(actor, 'claim.read');
  const rows = await q.query(`${RECORD_SQL} WHERE tenant_id = $1 AND ($2::text IS NULL OR status = $2) ORDER BY created_at, patient_control_number LIMIT $3`, [
    actor.tenantId, filter.status ?? null, filter.limit ?? 100_000,
  ]);
  const records = rows.map(recordFromRow);
  await recordAudit(q, actor, records.map((r) => ({ action: 'read', entity: 'claim', entityId: r.claim.id, patientId: r.patientId })));
  return records;
}

/** How many claims the patient already has: the next patient control number's sequence. */
export async function claimCountForPatient(q: Queryable, actor: Actor, patientId: string): Promise<number> {
  const [row] = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM claims WHERE tenant_id = $1 AND patient_id = $2', [actor.tenantId, patientId]);
  return row?.n ?? 0;
}
