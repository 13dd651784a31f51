import { authorize, type Actor } from '../../auth/index';
import type { CalendarDate } from '../../dates/index';
import type { Cents } from '../../money/index';
import type { Coverage, Patient } from '../../patients/index';
import { recordAudit } from '../audit';
import { insertRows } from '../bulk';
import type { Queryable, Row } from '../db';
import { addressOf, optional } from './rows';

export async function insertPatients(q: Queryable, actor: Actor, patients: readonly Patient[]): Promise<void> {
  authorize(actor, 'patient.write');
  await insertRows(
    q,
    'patients',
    [
      ['id', 'uuid'], ['tenant_id', 'uuid'], ['account_number', 'text'], ['last_name', 'text'], ['first_name', 'text'],
      ['middle_name', 'text'], ['birth_date', 'date'], ['sex', 'char'], ['address_line1', 'text'], ['address_line2', 'text'],
      ['city', 'text'], ['state', 'char'], ['postal_code', 'text'], ['phone', 'text'], ['email', 'text'],
    ],
    patients.map((p) => [
      p.id, actor.tenantId, p.accountNumber, p.lastName, p.firstName, p.middleName, p.birthDate, p.sex, p.address.line1,
      p.address.line2, p.address.city, p.address.state, p.address.postalCode, p.phone, p.email,
    ]),
  );
  await recordAudit(q, actor, patients.map((p) => ({ action: 'create', entity: 'patient', entityId: p.id, patientId: p.id })));
}

export async function insertCoverages(q: Queryable, actor: Actor, coverages: readonly Coverage[]): Promise<void> {
  authorize(actor, 'patient.write');
  await insertRows(
    q,
    'coverages',
    [
      ['id', 'uuid'], ['tenant_id', 'uuid'], ['patient_id', 'uuid'], ['payer_id', 'uuid'], ['priority', 'smallint'],
      ['member_id', 'text'], ['group_number', 'text'], ['plan_name', 'text'], ['relationship', 'text'],
      ['subscriber_last_name', 'text'], ['subscriber_first_name', 'text'], ['subscriber_birth_date', 'date'],
      ['subscriber_sex', 'char'], ['subscriber_address_line1', 'text'], ['subscriber_city', 'text'],
      ['subscriber_state', 'char'], ['subscriber_postal_code', 'text'], ['copay_cents', 'bigint'],
      ['effective_from', 'date'], ['effective_to', 'date'],
    ],
    coverages.map((c) => [
      c.id, actor.tenantId, c.patientId, c.payerId, c.priority, c.memberId, c.groupNumber, c.planName, c.relationship,
      c.subscriber.lastName, c.subscriber.firstName, c.subscriber.birthDate, c.subscriber.sex, c.subscriber.address.line1,
      c.subscriber.address.city, c.subscriber.address.state, c.subscriber.address.postalCode, c.copay, c.effectiveFrom,
      c.effectiveTo,
    ]),
  );
  await recordAudit(q, actor, coverages.map((c) => ({ action: 'create', entity: 'coverage', entityId: c.id, patientId: c.patientId })));
}

function patientFromRow(r: Row): Patient {
  return {
    id: r.id as string,
    tenantId: r.tenant_id as string,
    accountNumber: r.account_number as string,
    lastName: r.last_name as string,
    firstName: r.first_name as string,
    middleName: optional(r.middle_name as string | null),
    birthDate: r.birth_date as CalendarDate,
    sex: r.sex as Patient['sex'],
    address: addressOf(r)!,
    phone: optional(r.phone as string | null),
    email: optional(r.email as string | null),
  };
}

function coverageFromRow(r: Row): Coverage {
  return {
    id: r.id as string,
    tenantId: r.tenant_id as string,
    patientId: r.patient_id as string,
    payerId: r.payer_id as string,
    priority: r.priority as Coverage['priority'],
    memberId: r.member_id as string,
    groupNumber: optional(r.group_number as string | null),
    planName: optional(r.plan_name as string | null),
    relationship: r.relationship as Coverage['relationship'],
    subscriber: {
      lastName: r.subscriber_last_name as string,
      firstName: r.subscriber_first_name as string,
      birthDate: r.subscriber_birth_date as CalendarDate,
      sex: r.subscriber_sex as Coverage['subscriber']['sex'],
      address: addressOf(r, 'subscriber_')!,
    },
    copay: optional(r.copay_cents as Cents | null),
    effectiveFrom: r.effective_from as CalendarDate,
    effectiveTo: optional(r.effective_to as CalendarDate | null),
  };
}

/** Reads one patient of the actor's tenant; the read is audited. */
export async function getPatient(q: Queryable, actor: Actor, id: string): Promise<Patient | undefined> {
  authorize(actor, 'patient.read');
  const rows = await q.query('SELECT * FROM patients WHERE tenant_id = $1 AND id = $2', [actor.tenantId, id]);
  const row = rows[0];
  if (!row) return undefined;
  await recordAudit(q, actor, [{ action: 'read', entity: 'patient', entityId: id, patientId: id }]);
  return patientFromRow(row);
}

export async function getCoverages(q: Queryable, actor: Actor, patientId: string): Promise<Coverage[]> {
  authorize(actor, 'patient.read');
  const rows = await q.query('SELECT * FROM coverages WHERE tenant_id = $1 AND patient_id = $2 ORDER BY priority, effective_from', [
    actor.tenantId,
    patientId,
  ]);
  await recordAudit(q, actor, [{ action: 'read', entity: 'coverage', patientId }]);
  return rows.map(coverageFromRow);
}
