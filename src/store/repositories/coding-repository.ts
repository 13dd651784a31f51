import { authorize, type Actor } from '../../auth/index';
import type { CalendarDate } from '../../dates/index';
import type { CodedDiagnosis, CodedProcedure, CodeOrigin, EncounterStatus } from '../../encounters/index';
import { AppError } from '../../errors/index';
import { recordAudit } from '../audit';
import { insertRows } from '../bulk';
import type { Queryable, Row } from '../db';
import { optional } from './rows';

/** Stores the codes of an encounter (engine suggestions or a coder's entries). */
export async function insertCodes(
  q: Queryable,
  actor: Actor,
  patientId: string,
  diagnoses: readonly CodedDiagnosis[],
  procedures: readonly CodedProcedure[],
): Promise<void> {
  authorize(actor, 'coding.write');
  await insertRows(
    q,
    'encounter_diagnoses',
    [
      ['id', 'uuid'], ['tenant_id', 'uuid'], ['encounter_id', 'uuid'], ['sequence', 'smallint'], ['code', 'text'],
      ['present_on_admission', 'char'], ['origin', 'text'], ['confidence', 'real'], ['evidence', 'jsonb'], ['coded_by', 'uuid'],
    ],
    diagnoses.map((d) => [d.id, actor.tenantId, d.encounterId, d.sequence, d.code, d.presentOnAdmission, d.origin, d.confidence, d.evidence, d.codedBy]),
  );
  await insertRows(
    q,
    'encounter_procedures',
    [
      ['id', 'uuid'], ['tenant_id', 'uuid'], ['encounter_id', 'uuid'], ['sequence', 'smallint'], ['code_system', 'text'], ['code', 'text'],
      ['modifiers', 'text[]'], ['units', 'integer'], ['unit_measure', 'text'], ['diagnosis_pointers', 'smallint[]'], ['service_date', 'date'],
      ['origin', 'text'], ['confidence', 'real'], ['evidence', 'jsonb'], ['coded_by', 'uuid'],
    ],
    procedures.map((p) => [
      p.id, actor.tenantId, p.encounterId, p.sequence, p.codeSystem, p.code, p.modifiers, p.units, p.unitMeasure, p.diagnosisPointers,
      p.serviceDate, p.origin, p.confidence, p.evidence, p.codedBy,
    ]),
  );
  const encounters = new Set([...diagnoses, ...procedures].map((c) => c.encounterId));
  await recordAudit(q, actor, [...encounters].map((id) => ({ action: 'update', entity: 'encounter_codes', entityId: id, patientId, detail: { diagnoses: diagnoses.length, procedures: procedures.length } })));
}

function diagnosisFromRow(r: Row): CodedDiagnosis {
  return {
    id: r.id as string, tenantId: r.tenant_id as string, encounterId: r.encounter_id as string, sequence: r.sequence as number,
    code: r.code as string, presentOnAdmission: optional(r.present_on_admission as CodedDiagnosis['presentOnAdmission'] | null),
    origin: r.origin as CodeOrigin, confidence: optional(r.confidence as number | null), evidence: optional(r.evidence as CodedDiagnosis['evidence'] | null),
    codedBy: optional(r.coded_by as string | null),
  };
}

function procedureFromRow(r: Row): CodedProcedure {
  return {
    id: r.id as string, tenantId: r.tenant_id as string, encounterId: r.encounter_id as string, sequence: r.sequence as number,
    codeSystem: r.code_system as CodedProcedure['codeSystem'], code: r.code as string, modifiers: r.modifiers as string[], units: r.units as number,
    unitMeasure: r.unit_measure as CodedProcedure['unitMeasure'], diagnosisPointers: r.diagnosis_pointers as number[],
    serviceDate: optional(r.service_date as CalendarDate | null), origin: r.origin as CodeOrigin, confidence: optional(r.confidence as number | null),
    evidence: optional(r.evidence as CodedProcedure['evidence'] | null), codedBy: optional(r.coded_by as string | null),
  };
}

export async function getCodes(q: Queryable, actor: Actor, encounterId: string): Promise<{ diagnoses: CodedDiagnosis[]; procedures: CodedProcedure[] }> {
  authorize(actor, 'patient.read');
  const diagnoses = await q.query('SELECT * FROM encounter_diagnoses WHERE tenant_id = $1 AND encounter_id = $2 ORDER BY sequence, coded_at', [actor.tenantId, encounterId]);
  const procedures = await q.query('SELECT * FROM encounter_procedures WHERE tenant_id = $1 AND encounter_id = $2 ORDER BY sequence, coded_at', [actor.tenantId, encounterId]);
  return { diagnoses: diagnoses.map(diagnosisFromRow), procedures: procedures.map(procedureFromRow) };
}

/** A coder's decision on suggested codes: accept them as they are, or reject them; who and when is kept. */
export async function decideSuggestions(
  q: Queryable,
  actor: Actor,
  encounterId: string,
  decision: 'accepted' | 'rejected',
  codes?: readonly string[],
): Promise<number> {
  authorize(actor, 'coding.write');
  let changed = 0;
  for (const table of ['encounter_diagnoses', 'encounter_procedures']) {
    const rows = await q.query(
      `UPDATE ${table} SET origin = $3, coded_by = $4, coded_at = now()
       WHERE tenant_id = $1 AND encounter_id = $2 AND origin = 'suggested' AND ($5::text[] IS NULL OR code = ANY($5))
       RETURNING id`,
      [actor.tenantId, encounterId, decision, actor.userId, codes ?? null],
    );
    changed += rows.length;
  }
  await recordAudit(q, actor, [{ action: 'update', entity: 'encounter_codes', entityId: encounterId, detail: { decision, codes: codes ?? 'all' } }]);
  return changed;
}

export async function setEncounterStatus(q: Queryable, actor: Actor, encounterId: string, status: EncounterStatus): Promise<void> {
  authorize(actor, actor.role === 'coder' || actor.role === 'coding_auditor' ? 'coding.write' : 'patient.write');
  const rows = await q.query('UPDATE encounters SET status = $3 WHERE tenant_id = $1 AND id = $2 RETURNING patient_id', [actor.tenantId, encounterId, status]);
  if (rows.length === 0) throw new AppError('domain', 'encounter.not_found', `no encounter ${encounterId}`);
  await recordAudit(q, actor, [{ action: 'update', entity: 'encounter', entityId: encounterId, patientId: rows[0]!.patient_id as string, detail: { status } }]);
}

export interface ProviderQueryInput {
  id: string;
  encounterId: string;
  providerId?: string;
  gap: string;
  question: string;
  options?: string[];
}

export async function raiseProviderQueries(q: Queryable, actor: Actor, queries: readonly ProviderQueryInput[]): Promise<void> {
  authorize(actor, 'coding.write');
  await insertRows(
    q,
    'provider_queries',
    [['id', 'uuid'], ['tenant_id', 'uuid'], ['encounter_id', 'uuid'], ['provider_id', 'uuid'], ['raised_by', 'uuid'], ['gap', 'text'], ['question', 'text'], ['options', 'jsonb'], ['status', 'text']],
    queries.map((x) => [x.id, actor.tenantId, x.encounterId, x.providerId, actor.userId, x.gap, x.question, x.options, 'open']),
  );
  await recordAudit(q, actor, queries.map((x) => ({ action: 'create', entity: 'provider_query', entityId: x.id, detail: { encounterId: x.encounterId, gap: x.gap } })));
}

export async function answerProviderQuery(q: Queryable, actor: Actor, queryId: string, answer: string): Promise<void> {
  authorize(actor, 'coding.write');
  const rows = await q.query(
    "UPDATE provider_queries SET status = 'answered', answer = $3, answered_by = $4, answered_at = now() WHERE tenant_id = $1 AND id = $2 AND status = 'open' RETURNING id",
    [actor.tenantId, queryId, answer, actor.userId],
  );
  if (rows.length === 0) throw new AppError('domain', 'query.not_open', `no open provider query ${queryId}`);
  await recordAudit(q, actor, [{ action: 'update', entity: 'provider_query', entityId: queryId, detail: { answered: true } }]);
}
