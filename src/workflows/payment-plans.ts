// Payment plans: a patient who cannot pay at once agrees to monthly installments of what they owe after
// insurance. The plan is stored with its terms; its standing is read from the payments since, and the
// statement run asks for the installments (patient-statements.ts). A plan ends when the practice cancels
// it, or when a new plan replaces one paid off or in default.
import { authorize, type Actor } from '../auth/index';
import type { CalendarDate } from '../dates/index';
import { AppError, domainError } from '../errors/index';
import { lockTenantLedger } from '../ledger/index';
import { cents, formatUsd, type Cents } from '../money/index';
import { dueAfterInsurance, planStanding, planTermsProblem, type PaymentPlanTerms, type PlanStanding } from '../statements/index';
import { recordAudit, timeOrderedUuid, type Db, type Queryable } from '../store/index';
import { loadStatementAccounts } from './patient-statements';
import { openPlanRows, type OpenPlanRow } from './plan-rows';

export interface PaymentPlanRequest {
  accountNumber: string;
  installment: Cents;
  firstDueOn: CalendarDate;
  agreedOn: CalendarDate;
  note?: string;
}

/** A plan as stored, and where it stands. */
export interface PaymentPlanView extends Omit<OpenPlanRow, 'paid'> {
  standing: PlanStanding;
}

/** Sets up a plan for what the patient owes after insurance today; refused while another plan is being kept. */
export async function setUpPaymentPlan(db: Db, actor: Actor, request: PaymentPlanRequest): Promise<PaymentPlanView> {
  authorize(actor, 'statement.send');
  return db.transaction(async (tx) => {
    await lockTenantLedger(tx, actor.tenantId);
    const patient = await patientByAccount(tx, actor, request.accountNumber);
    const [loaded] = await loadStatementAccounts(tx, actor, request.agreedOn, [patient.id]);
    const total = loaded ? dueAfterInsurance(loaded.account).amountDue : cents(0);
    const terms: PaymentPlanTerms = { total, installment: request.installment, firstDueOn: request.firstDueOn };
    const problem = planTermsProblem(terms) ?? (request.firstDueOn < request.agreedOn ? 'the first installment cannot be due before the plan is agreed' : undefined);
    if (problem) throw domainError('payment_plan.bad_terms', `${request.accountNumber}: ${problem} (owes ${formatUsd(total)} after insurance)`);
    const [open] = await openPlans(tx, actor, request.agreedOn, patient.id);
    if (open) await endReplacedPlan(tx, actor, open, request.agreedOn);
    const planId = timeOrderedUuid();
    await tx.query(
      `INSERT INTO payment_plans (id, tenant_id, patient_id, total_cents, installment_cents, first_due_on, agreed_on, note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [planId, actor.tenantId, patient.id, total, request.installment, request.firstDueOn, request.agreedOn, request.note ?? null],
    );
    await recordAudit(tx, actor, [{ action: 'create', entity: 'payment_plan', entityId: planId, patientId: patient.id, detail: { total, installment: request.installment, firstDueOn: request.firstDueOn } }]);
    return { planId, patientId: patient.id, accountNumber: patient.account_number, name: patient.name, terms, agreedOn: request.agreedOn, standing: planStanding(terms, cents(0), request.agreedOn) };
  });
}

/** Ends the patient's open plan (the patient asked, or the practice sends the balance on); the whole balance is due again. */
export async function cancelPaymentPlan(db: Db, actor: Actor, accountNumber: string, on: CalendarDate, reason: string): Promise<PaymentPlanView> {
  authorize(actor, 'statement.send');
  return db.transaction(async (tx) => {
    const patient = await patientByAccount(tx, actor, accountNumber);
    const [open] = await openPlans(tx, actor, on, patient.id);
    if (!open) throw domainError('payment_plan.none', `${accountNumber} has no open payment plan`);
    await tx.query("UPDATE payment_plans SET ended_on = $2, end_reason = 'cancelled', note = coalesce(note || '; ', '') || $3 WHERE id = $1", [open.planId, on, reason]);
    await recordAudit(tx, actor, [{ action: 'update', entity: 'payment_plan', entityId: open.planId, patientId: patient.id, detail: { ended: 'cancelled', reason } }]);
    return open;
  });
}

/** Every open plan and where it stands on `on`: the list a biller works to chase the plans falling behind. */
export async function paymentPlans(db: Db, actor: Actor, on: CalendarDate): Promise<PaymentPlanView[]> {
  authorize(actor, 'patient.read');
  const plans = await openPlans(db, actor, on);
  await recordAudit(db, actor, plans.map((p) => ({ action: 'read' as const, entity: 'payment_plan', entityId: p.planId, patientId: p.patientId })));
  return plans;
}

/** A plan paid off or in default gives way to a new one; a plan still being kept does not. */
async function endReplacedPlan(q: Queryable, actor: Actor, open: PaymentPlanView, on: CalendarDate): Promise<void> {
  const state = open.standing.state;
  if (state !== 'completed' && state !== 'defaulted') {
    throw new AppError('conflict', 'payment_plan.open', `${open.accountNumber} already has a payment plan of ${formatUsd(open.terms.installment)} a month (${state.replace('_', ' ')}, ${formatUsd(open.standing.remaining)} left); cancel it first`);
  }
  const reason = state === 'completed' ? 'paid' : 'defaulted';
  await q.query('UPDATE payment_plans SET ended_on = $2, end_reason = $3 WHERE id = $1', [open.planId, on, reason]);
  await recordAudit(q, actor, [{ action: 'update', entity: 'payment_plan', entityId: open.planId, patientId: open.patientId, detail: { ended: reason } }]);
}

async function openPlans(q: Queryable, actor: Actor, on: CalendarDate, patientId?: string): Promise<PaymentPlanView[]> {
  const rows = await openPlanRows(q, actor, on, patientId ? [patientId] : undefined);
  return rows.map(({ paid, ...r }) => ({ ...r, standing: planStanding(r.terms, paid, on) }));
}

async function patientByAccount(q: Queryable, actor: Actor, accountNumber: string): Promise<{ id: string; account_number: string; name: string }> {
  const [patient] = await q.query<{ id: string; account_number: string; name: string }>(
    "SELECT id, account_number, concat_ws(' ', first_name, middle_name, last_name) AS name FROM patients WHERE tenant_id = $1 AND account_number = $2",
    [actor.tenantId, accountNumber],
  );
  if (!patient) throw domainError('payment_plan.no_patient', `no patient with account number ${accountNumber}`);
  return patient;
}
