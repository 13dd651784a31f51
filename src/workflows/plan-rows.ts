// The open payment plans as stored, with what each patient paid from the day the plan was agreed to a given
// day: read by the statement run and by the payment plan commands alike.
import type { Actor } from '../auth/index';
import type { CalendarDate } from '../dates/index';
import { cents, type Cents } from '../money/index';
import type { PaymentPlanTerms } from '../statements/index';
import type { Queryable } from '../store/index';

export interface OpenPlanRow {
  planId: string;
  patientId: string;
  accountNumber: string;
  name: string;
  terms: PaymentPlanTerms;
  agreedOn: CalendarDate;
  /** Patient payments received from the plan's agreed date to `on`, less those reversed. */
  paid: Cents;
}

/** Open plans agreed by `on`, of the given patients (all when undefined). */
export async function openPlanRows(q: Queryable, actor: Actor, on: CalendarDate, patientIds?: readonly string[]): Promise<OpenPlanRow[]> {
  const rows = await q.query<{
    id: string; patient_id: string; account_number: string; name: string; total_cents: number; installment_cents: number; first_due_on: CalendarDate; agreed_on: CalendarDate; paid: number;
  }>(
    `SELECT p.id, p.patient_id, pt.account_number, concat_ws(' ', pt.first_name, pt.middle_name, pt.last_name) AS name,
       p.total_cents, p.installment_cents, p.first_due_on, p.agreed_on,
       (SELECT coalesce(sum(r.amount_cents), 0) FROM patient_payments r WHERE r.tenant_id = p.tenant_id AND r.patient_id = p.patient_id
          AND r.reversed_on IS NULL AND r.received_on BETWEEN p.agreed_on AND $2::date)::bigint AS paid
     FROM payment_plans p JOIN patients pt ON pt.id = p.patient_id
     WHERE p.tenant_id = $1 AND p.ended_on IS NULL AND p.agreed_on <= $2::date AND ($3::uuid[] IS NULL OR p.patient_id = ANY($3::uuid[]))
     ORDER BY pt.account_number`,
    [actor.tenantId, on, patientIds ?? null],
  );
  return rows.map((r) => ({
    planId: r.id, patientId: r.patient_id, accountNumber: r.account_number, name: r.name, agreedOn: r.agreed_on, paid: cents(r.paid),
    terms: { total: cents(r.total_cents), installment: cents(r.installment_cents), firstDueOn: r.first_due_on },
  }));
}
