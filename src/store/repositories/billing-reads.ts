// What claim building reads: a coded encounter with its patient, coverages, providers and fee schedule.
import { authorize, type Actor } from '../../auth/index';
import type { CalendarDate } from '../../dates/index';
import type { FeeSchedule, Provider, ServiceFacility } from '../../practice/index';
import type { Queryable } from '../db';
import { getCodes } from './coding-repository';
import { getEncounter } from './encounter-repository';
import { getCoverages, getPatient } from './patient-repository';
import { listPayers } from './practice-repository';
import { addressOf, optional } from './rows';

export async function readEncounterForBilling(q: Queryable, actor: Actor, encounterId: string) {
  authorize(actor, 'claim.write');
  const found = await getEncounter(q, actor, encounterId);
  if (!found) return undefined;
  const { encounter } = found;
  const patient = await getPatient(q, actor, encounter.patientId);
  const coverages = await getCoverages(q, actor, encounter.patientId);
  const codes = await getCodes(q, actor, encounterId);
  return { encounter, patient: patient!, coverages, codes };
}

export async function readPracticeForBilling(q: Queryable, actor: Actor, dateOfService: CalendarDate) {
  authorize(actor, 'claim.read');
  const providers = await q.query('SELECT * FROM providers WHERE tenant_id = $1', [actor.tenantId]);
  const facilities = await q.query('SELECT * FROM service_facilities WHERE tenant_id = $1', [actor.tenantId]);
  const schedules = await q.query(
    `SELECT * FROM fee_schedules WHERE tenant_id = $1 AND payer_id IS NULL AND effective_from <= $2 AND (effective_to IS NULL OR effective_to >= $2)
     ORDER BY effective_from DESC LIMIT 1`,
    [actor.tenantId, dateOfService],
  );
  const schedule = schedules[0];
  const items = schedule
    ? await q.query('SELECT * FROM fee_schedule_items WHERE fee_schedule_id = $1', [schedule.id])
    : [];
  return {
    payers: await listPayers(q, actor),
    providers: new Map(providers.map((r): [string, Provider] => [r.id as string, {
      id: r.id as string, tenantId: r.tenant_id as string, entityType: r.entity_type as Provider['entityType'], npi: r.npi as string,
      lastNameOrOrganization: r.last_name_or_org as string, firstName: optional(r.first_name as string | null),
      middleName: optional(r.middle_name as string | null), credential: optional(r.credential as string | null),
      taxonomyCode: optional(r.taxonomy_code as string | null), taxId: optional(r.tax_id as string | null),
      taxIdType: optional(r.tax_id_type as Provider['taxIdType'] | null), address: addressOf(r), phone: optional(r.phone as string | null),
    }])),
    facilities: new Map(facilities.map((r): [string, ServiceFacility] => [r.id as string, {
      id: r.id as string, tenantId: r.tenant_id as string, name: r.name as string, npi: optional((r.npi as string | null)?.trim()),
      placeOfService: r.place_of_service as string, address: addressOf(r)!,
    }])),
    feeSchedule: schedule
      ? ({
          id: schedule.id as string, tenantId: actor.tenantId, name: schedule.name as string, effectiveFrom: schedule.effective_from as CalendarDate,
          items: items.map((i) => ({ codeSystem: i.code_system as 'CPT' | 'HCPCS', code: i.code as string, modifier: i.modifier as string, amount: i.amount_cents as FeeSchedule['items'][number]['amount'] })),
        } satisfies FeeSchedule)
      : undefined,
  };
}

/** Encounters whose codes a coder has finished and that are not billed yet. */
export async function codedEncounterIds(q: Queryable, actor: Actor, limit = 1_000_000): Promise<string[]> {
  authorize(actor, 'claim.read');
  const rows = await q.query<{ id: string }>("SELECT id FROM encounters WHERE tenant_id = $1 AND status = 'coded' ORDER BY date_of_service, id LIMIT $2", [
    actor.tenantId, limit,
  ]);
  return rows.map((r) => r.id);
}

