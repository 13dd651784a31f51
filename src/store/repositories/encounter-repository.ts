import { authorize, type Actor } from '../../auth/index';
import type { CalendarDate } from '../../dates/index';
import type { ClinicalDocument, Encounter, EncounterStatus } from '../../encounters/index';
import { recordAudit } from '../audit';
import { insertRows } from '../bulk';
import type { Queryable, Row } from '../db';
import { optional } from './rows';

export async function insertEncounters(q: Queryable, actor: Actor, encounters: readonly Encounter[]): Promise<void> {
  authorize(actor, 'patient.write');
  await insertRows(
    q,
    'encounters',
    [
      ['id', 'uuid'], ['tenant_id', 'uuid'], ['patient_id', 'uuid'], ['date_of_service', 'date'], ['discharge_date', 'date'],
      ['setting', 'text'], ['place_of_service', 'char'], ['rendering_provider_id', 'uuid'], ['billing_provider_id', 'uuid'],
      ['referring_provider_id', 'uuid'], ['supervising_provider_id', 'uuid'], ['service_facility_id', 'uuid'],
      ['prior_authorization', 'text'], ['referral_number', 'text'], ['status', 'text'],
    ],
    encounters.map((e) => [
      e.id, actor.tenantId, e.patientId, e.dateOfService, e.dischargeDate, e.setting, e.placeOfService, e.renderingProviderId,
      e.billingProviderId, e.referringProviderId, e.supervisingProviderId, e.serviceFacilityId, e.priorAuthorization,
      e.referralNumber, e.status,
    ]),
  );
  await recordAudit(q, actor, encounters.map((e) => ({ action: 'create', entity: 'encounter', entityId: e.id, patientId: e.patientId })));
}

export async function insertDocuments(
  q: Queryable,
  actor: Actor,
  documents: readonly (ClinicalDocument & { patientId: string })[],
): Promise<void> {
  authorize(actor, 'patient.write');
  await insertRows(
    q,
    'clinical_documents',
    [
      ['id', 'uuid'], ['tenant_id', 'uuid'], ['encounter_id', 'uuid'], ['kind', 'text'], ['author_provider_id', 'uuid'],
      ['document_date', 'date'], ['text', 'text'], ['gold_codes', 'jsonb'], ['scenario', 'text'],
    ],
    documents.map((d) => [
      d.id, actor.tenantId, d.encounterId, d.kind, d.authorProviderId, d.documentDate, d.text, d.goldCodes, d.scenario,
    ]),
  );
  await recordAudit(q, actor, documents.map((d) => ({ action: 'create', entity: 'clinical_document', entityId: d.id, patientId: d.patientId })));
}

function encounterFromRow(r: Row): Encounter {
  return {
    id: r.id as string,
    tenantId: r.tenant_id as string,
    patientId: r.patient_id as string,
    dateOfService: r.date_of_service as CalendarDate,
    dischargeDate: optional(r.discharge_date as CalendarDate | null),
    setting: r.setting as Encounter['setting'],
    placeOfService: r.place_of_service as string,
    renderingProviderId: optional(r.rendering_provider_id as string | null),
    billingProviderId: r.billing_provider_id as string,
    referringProviderId: optional(r.referring_provider_id as string | null),
    supervisingProviderId: optional(r.supervising_provider_id as string | null),
    serviceFacilityId: optional(r.service_facility_id as string | null),
    priorAuthorization: optional(r.prior_authorization as string | null),
    referralNumber: optional(r.referral_number as string | null),
    status: r.status as EncounterStatus,
  };
}

function documentFromRow(r: Row): ClinicalDocument {
  return {
    id: r.id as string,
    tenantId: r.tenant_id as string,
    encounterId: r.encounter_id as string,
    kind: r.kind as ClinicalDocument['kind'],
    authorProviderId: optional(r.author_provider_id as string | null),
    documentDate: r.document_date as CalendarDate,
    text: r.text as string,
    goldCodes: optional(r.gold_codes as ClinicalDocument['goldCodes'] | null),
    scenario: optional(r.scenario as string | null),
  };
}

/** An encounter of the actor's tenant with its documents; the read is audited. */
export async function getEncounter(
  q: Queryable,
  actor: Actor,
  id: string,
): Promise<{ encounter: Encounter; documents: ClinicalDocument[] } | undefined> {
  authorize(actor, 'patient.read');
  const rows = await q.query('SELECT * FROM encounters WHERE tenant_id = $1 AND id = $2', [actor.tenantId, id]);
  const row = rows[0];
  if (!row) return undefined;
  const encounter = encounterFromRow(row);
  const docs = await q.query('SELECT * FROM clinical_documents WHERE tenant_id = $1 AND encounter_id = $2 ORDER BY document_date, id', [
    actor.tenantId,
    id,
  ]);
  await recordAudit(q, actor, [{ action: 'read', entity: 'encounter', entityId: id, patientId: encounter.patientId }]);
  return { encounter, documents: docs.map(documentFromRow) };
}

/** Encounters in a status, oldest first; each read is audited. */
export async function listEncounters(
  q: Queryable,
  actor: Actor,
  filter: { status?: EncounterStatus; limit?: number } = {},
): Promise<Encounter[]> {
  authorize(actor, 'patient.read');
  const rows = await q.query(
    `SELECT * FROM encounters WHERE tenant_id = $1 AND ($2::text IS NULL OR status = $2) ORDER BY date_of_service, id LIMIT $3`,
    [actor.tenantId, filter.status ?? null, filter.limit ?? 1000],
  );
  const encounters = rows.map(encounterFromRow);
  await recordAudit(q, actor, encounters.map((e) => ({ action: 'read', entity: 'encounter', entityId: e.id, patientId: e.patientId })));
  return encounters;
}
