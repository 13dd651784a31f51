import type { Actor } from '../../auth/index';
import { authorize } from '../../auth/index';
import type { FeeSchedule, Payer, Provider, ServiceFacility, Tenant, User } from '../../practice/index';
import { insertRows } from '../bulk';
import type { Queryable } from '../db';
import { addressOf, optional } from './rows';

export async function insertTenant(q: Queryable, tenant: Tenant): Promise<void> {
  await q.query('INSERT INTO tenants (id, name, kind, billing_company) VALUES ($1, $2, $3, $4)', [
    tenant.id, tenant.name, tenant.kind, tenant.billingCompany ?? null,
  ]);
}

export async function insertUsers(q: Queryable, actor: Actor, users: readonly User[]): Promise<void> {
  authorize(actor, 'practice.write');
  await insertRows(q, 'users', [['id', 'uuid'], ['tenant_id', 'uuid'], ['username', 'text'], ['display_name', 'text']],
    users.map((u) => [u.id, u.tenantId, u.username, u.displayName]));
  await insertRows(q, 'user_roles', [['user_id', 'uuid'], ['tenant_id', 'uuid'], ['role', 'text']],
    users.flatMap((u) => u.roles.map((r) => [u.id, u.tenantId, r])));
}

export async function insertProviders(q: Queryable, actor: Actor, providers: readonly Provider[]): Promise<void> {
  authorize(actor, 'practice.write');
  await insertRows(
    q,
    'providers',
    [
      ['id', 'uuid'], ['tenant_id', 'uuid'], ['entity_type', 'text'], ['npi', 'char'], ['last_name_or_org', 'text'],
      ['first_name', 'text'], ['middle_name', 'text'], ['credential', 'text'], ['taxonomy_code', 'text'], ['tax_id', 'text'],
      ['tax_id_type', 'text'], ['address_line1', 'text'], ['address_line2', 'text'], ['city', 'text'], ['state', 'char'],
      ['postal_code', 'text'], ['phone', 'text'],
    ],
    providers.map((p) => [
      p.id, p.tenantId, p.entityType, p.npi, p.lastNameOrOrganization, p.firstName, p.middleName, p.credential, p.taxonomyCode,
      p.taxId, p.taxIdType, p.address?.line1, p.address?.line2, p.address?.city, p.address?.state, p.address?.postalCode, p.phone,
    ]),
  );
}

export async function insertFacilities(q: Queryable, actor: Actor, facilities: readonly ServiceFacility[]): Promise<void> {
  authorize(actor, 'practice.write');
  await insertRows(
    q,
    'service_facilities',
    [
      ['id', 'uuid'], ['tenant_id', 'uuid'], ['name', 'text'], ['npi', 'char'], ['place_of_service', 'char'],
      ['address_line1', 'text'], ['address_line2', 'text'], ['city', 'text'], ['state', 'char'], ['postal_code', 'text'],
    ],
    facilities.map((f) => [
      f.id, f.tenantId, f.name, f.npi, f.placeOfService, f.address.line1, f.address.line2, f.address.city, f.address.state,
      f.address.postalCode,
    ]),
  );
}

export async function insertPayers(q: Queryable, actor: Actor, payers: readonly Payer[]): Promise<void> {
  authorize(actor, 'practice.write');
  await insertRows(
    q,
    'payers',
    [
      ['id', 'uuid'], ['tenant_id', 'uuid'], ['name', 'text'], ['category', 'text'], ['payer_id', 'text'],
      ['claim_filing_indicator', 'text'], ['timely_filing_days', 'integer'], ['appeal_days', 'integer'],
      ['allows_multiple_encounters_per_claim', 'boolean'], ['address_line1', 'text'], ['city', 'text'], ['state', 'char'],
      ['postal_code', 'text'],
    ],
    payers.map((p) => [
      p.id, p.tenantId, p.name, p.category, p.payerId, p.claimFilingIndicator, p.timelyFilingDays, p.appealDays,
      p.allowsMultipleEncountersPerClaim, p.address?.line1, p.address?.city, p.address?.state, p.address?.postalCode,
    ]),
  );
}

export async function insertFeeSchedule(q: Queryable, actor: Actor, schedule: FeeSchedule): Promise<void> {
  authorize(actor, 'practice.write');
  await q.query(
    'INSERT INTO fee_schedules (id, tenant_id, name, payer_id, effective_from, effective_to) VALUES ($1, $2, $3, $4, $5, $6)',
    [schedule.id, schedule.tenantId, schedule.name, schedule.payerId ?? null, schedule.effectiveFrom, schedule.effectiveTo ?? null],
  );
  await insertRows(
    q,
    'fee_schedule_items',
    [['fee_schedule_id', 'uuid'], ['code_system', 'text'], ['code', 'text'], ['modifier', 'text'], ['amount_cents', 'bigint']],
    schedule.items.map((i) => [schedule.id, i.codeSystem, i.code, i.modifier, i.amount]),
  );
}

export async function listPayers(q: Queryable, actor: Actor): Promise<Payer[]> {
  const rows = await q.query('SELECT * FROM payers WHERE tenant_id = $1 ORDER BY name', [actor.tenantId]);
  return rows.map((r) => ({
    id: r.id as string,
    tenantId: r.tenant_id as string,
    name: r.name as string,
    category: r.category as Payer['category'],
    payerId: optional(r.payer_id as string | null),
    claimFilingIndicator: r.claim_filing_indicator as Payer['claimFilingIndicator'],
    timelyFilingDays: r.timely_filing_days as number,
    appealDays: r.appeal_days as number,
    allowsMultipleEncountersPerClaim: r.allows_multiple_encounters_per_claim as boolean,
    address: addressOf(r),
  }));
}

export async function listTenants(q: Queryable): Promise<Tenant[]> {
  const rows = await q.query('SELECT id, name, kind, billing_company FROM tenants ORDER BY name');
  return rows.map((r) => ({
    id: r.id as string,
    name: r.name as string,
    kind: r.kind as Tenant['kind'],
    billingCompany: optional(r.billing_company as string | null),
  }));
}
