// A statement run: every patient who owes the practice after insurance gets a statement (decideStatement),
// stored once per patient and statement date, so running again the same day sends nothing twice. The run
// reads the ledger under the practice's ledger lock, so no posting lands between two patients' figures.
import { authorize, type Actor } from '../auth/index';
import type { ClaimProvider, PostalAddress } from '../claims/index';
import type { CalendarDate } from '../dates/index';
import { zipCode } from '../forms/index';
import { claimStatementFigures, lockTenantLedger, patientBalances, type ClaimStatementFigures } from '../ledger/index';
import { cents, sum, type Cents } from '../money/index';
import {
  DEFAULT_STATEMENT_POLICY, decideStatement, type NoStatement, type PatientStatement, type StatementAccount, type StatementClaimInput,
  formatPhone, type StatementPolicy, type StatementPractice,
} from '../statements/index';
import { insertRows, recordAudit, timeOrderedUuid, type Columns, type Db, type Queryable } from '../store/index';
import { openPlanRows } from './plan-rows';

export interface StatementRunRequest {
  statementDate: CalendarDate;
  policy?: Partial<StatementPolicy>;
}

/** A statement as stored: what was printed, and who it is from. */
export interface StoredStatement {
  id: string;
  statement: PatientStatement;
  practice: StatementPractice;
  /** True when this run found it already sent on this date: nothing changed. */
  alreadySent: boolean;
}

export interface StatementRunResult {
  statementDate: CalendarDate;
  statements: StoredStatement[];
  /** Patients who owe something (or hold a credit) and get no statement this run, and why. */
  skipped: { patientId: string; accountNumber: string; reason: NoStatement; amountDue: Cents }[];
  totalDue: Cents;
}

export async function runPatientStatements(db: Db, actor: Actor, request: StatementRunRequest): Promise<StatementRunResult> {
  authorize(actor, 'statement.send');
  const policy = { ...DEFAULT_STATEMENT_POLICY, ...request.policy };
  return db.transaction(async (tx) => {
    await lockTenantLedger(tx, actor.tenantId);
    const accounts = await loadStatementAccounts(tx, actor, request.statementDate);
    const statements: StoredStatement[] = [];
    const skipped: StatementRunResult['skipped'] = [];
    for (const a of accounts) {
      if (a.sentToday) {
        statements.push({ ...a.sentToday, alreadySent: true });
        continue;
      }
      const decision = decideStatement(a.account, request.statementDate, policy);
      if (decision.send) statements.push({ id: timeOrderedUuid(), statement: decision.statement, practice: a.practice, alreadySent: false });
      else skipped.push({ patientId: a.account.patientId, accountNumber: a.account.accountNumber, reason: decision.reason, amountDue: decision.amountDue });
    }
    const sent = statements.filter((s) => !s.alreadySent);
    await store(tx, actor, sent);
    return { statementDate: request.statementDate, statements, skipped, totalDue: sum(statements.map((s) => s.statement.amountDue)) };
  });
}

/** A patient whose final notice went unanswered: the account to call, or to send on to collections. */
export interface OverdueAccount {
  patientId: string;
  accountNumber: string;
  name: string;
  phone?: string;
  finalNoticeOn: CalendarDate;
  /** What the final notice asked for. */
  amountDue: Cents;
  /** What the patient owes now (their receivable). */
  balance: Cents;
}

/**
 * Accounts whose last statement was a final notice at least `graceDays` ago (the notice gives ten days), with no
 * payment since and a balance still owed: the collections worklist.
 */
export async function overdueAccounts(db: Db, actor: Actor, on: CalendarDate, graceDays = 10): Promise<OverdueAccount[]> {
  authorize(actor, 'statement.send');
  const balances = await patientBalances(db, actor);
  const rows = await db.query<{ patient_id: string; account_number: string; name: string; phone: string | null; statement_date: CalendarDate; amount_due_cents: number }>(
    `SELECT s.patient_id, p.account_number, concat_ws(' ', p.first_name, p.middle_name, p.last_name) AS name, p.phone, s.statement_date, s.amount_due_cents
     FROM (SELECT DISTINCT ON (patient_id) patient_id, statement_date, notice, amount_due_cents FROM patient_statements
           WHERE tenant_id = $1 AND statement_date <= $2::date ORDER BY patient_id, statement_date DESC) s
     JOIN patients p ON p.id = s.patient_id
     WHERE s.notice >= 3 AND s.statement_date + $3::int <= $2::date
       AND NOT EXISTS (SELECT 1 FROM patient_payments r WHERE r.tenant_id = $1 AND r.patient_id = s.patient_id AND r.reversed_on IS NULL
                       AND r.received_on > s.statement_date AND r.received_on <= $2::date)
     ORDER BY s.statement_date, p.account_number`,
    [actor.tenantId, on, graceDays],
  );
  const owing = rows.filter((r) => (balances.get(r.patient_id) ?? 0) > 0);
  await recordAudit(db, actor, owing.map((r) => ({ action: 'read' as const, entity: 'patient_account_overdue', patientId: r.patient_id })));
  return owing.map((r) => ({
    patientId: r.patient_id, accountNumber: r.account_number, name: r.name, ...(r.phone ? { phone: formatPhone(r.phone) } : {}),
    finalNoticeOn: r.statement_date, amountDue: cents(r.amount_due_cents), balance: balances.get(r.patient_id)!,
  }));
}

/** Statements stored for a patient (by account number), newest first, to print again or show. */
export async function loadPatientStatements(db: Db, actor: Actor, accountNumber: string): Promise<StoredStatement[]> {
  authorize(actor, 'patient.read');
  const rows = await db.query<{ id: string; patient_id: string; document: { statement: PatientStatement; practice: StatementPractice } }>(
    `SELECT s.id, s.patient_id, s.document FROM patient_statements s JOIN patients p ON p.id = s.patient_id
     WHERE s.tenant_id = $1 AND p.account_number = $2 ORDER BY s.statement_date DESC`,
    [actor.tenantId, accountNumber],
  );
  await recordAudit(db, actor, rows.map((r) => ({ action: 'read' as const, entity: 'patient_statement', entityId: r.id, patientId: r.patient_id })));
  return rows.map((r) => ({ id: r.id, ...r.document, alreadySent: true }));
}

export interface LoadedAccount {
  account: StatementAccount;
  practice: StatementPractice;
  sentToday?: Omit<StoredStatement, 'alreadySent'>;
}

/**
 * The statement accounts of every patient whose receivable is not zero (or of `only` those patients), as
 * the ledger has them on `statementDate`, with their statement history, last payment and open payment plan.
 */
export async function loadStatementAccounts(q: Queryable, actor: Actor, statementDate: CalendarDate, only?: readonly string[]): Promise<LoadedAccount[]> {
  const balances = await patientBalances(q, actor, only);
  const ids = [...balances.keys()].filter((id) => balances.get(id) !== 0);
  if (ids.length === 0) return [];
  const patients = await q.query<PatientRow>(
    `SELECT id, account_number, last_name, first_name, middle_name, address_line1, address_line2, city, state, postal_code
     FROM patients WHERE tenant_id = $1 AND id = ANY($2::uuid[]) ORDER BY account_number`,
    [actor.tenantId, ids],
  );
  const claims = await q.query<ClaimRow>(
    `SELECT c.id, c.patient_id, c.patient_control_number, c.statement_from, py.name AS payer_name,
       c.document->'billingProvider' AS billing_provider, c.document->'payToAddress' AS pay_to,
       coalesce(json_agg(json_build_object('serviceDate', l.service_date, 'procedureCode', l.procedure_code, 'modifiers', l.modifiers, 'charge', l.charge_cents) ORDER BY l.line_number)
         FILTER (WHERE l.id IS NOT NULL), '[]') AS lines
     FROM claims c LEFT JOIN payers py ON py.id = c.payer_id LEFT JOIN claim_lines l ON l.claim_id = c.id
     WHERE c.tenant_id = $1 AND c.patient_id = ANY($2::uuid[])
     GROUP BY c.id, py.name ORDER BY c.statement_from, c.patient_control_number`,
    [actor.tenantId, ids],
  );
  const figures = new Map((await claimStatementFigures(q, actor, claims.map((c) => c.id))).map((f) => [f.claimId, f]));
  const history = await statementHistory(q, actor, ids, statementDate);
  const lastPayments = await lastPatientPayments(q, actor, ids);
  const plans = await openPaymentPlans(q, actor, ids, statementDate);
  const claimsOf = new Map<string, ClaimRow[]>();
  for (const c of claims) {
    const list = claimsOf.get(c.patient_id);
    if (list) list.push(c);
    else claimsOf.set(c.patient_id, [c]);
  }
  await recordAudit(q, actor, [{ action: 'read', entity: 'patient_statement_accounts', detail: { patients: ids.length, statementDate } }]);
  return patients.map((p) => {
    const all = claimsOf.get(p.id) ?? [];
    const own = all.filter((c) => figures.has(c.id));
    const onClaims = own.reduce((t, c) => t + figures.get(c.id)!.patientBalance, 0);
    const h = history.get(p.id);
    const account: StatementAccount = {
      patientId: p.id, accountNumber: p.account_number, name: [p.first_name, p.middle_name, p.last_name].filter(Boolean).join(' '),
      address: { line1: p.address_line1, ...(p.address_line2 ? { line2: p.address_line2 } : {}), city: p.city, state: p.state, postalCode: zipCode(p.postal_code) },
      claims: own.map((c) => claimInput(c, figures.get(c.id)!)), onAccount: cents(balances.get(p.id)! - onClaims),
      ...(h?.last ? { lastStatement: h.last } : {}), ...(lastPayments.has(p.id) ? { lastPaymentOn: lastPayments.get(p.id)! } : {}),
      ...(plans.has(p.id) ? { plan: plans.get(p.id)! } : {}),
    };
    const latest = own.at(-1) ?? all.at(-1);
    return { account, practice: latest ? practiceOf(latest) : UNKNOWN_PRACTICE, ...(h?.today ? { sentToday: h.today } : {}) };
  });
}

type PatientRow = {
  id: string; account_number: string; last_name: string; first_name: string; middle_name: string | null;
  address_line1: string; address_line2: string | null; city: string; state: string; postal_code: string;
};

type ClaimRow = {
  id: string; patient_id: string; patient_control_number: string; statement_from: CalendarDate; payer_name: string | null;
  billing_provider: ClaimProvider | null; pay_to: PostalAddress | null;
  lines: { serviceDate: CalendarDate; procedureCode: string; modifiers: string[]; charge: number }[];
};

function claimInput(c: ClaimRow, f: ClaimStatementFigures): StatementClaimInput {
  return {
    claimId: c.id, patientControlNumber: c.patient_control_number, ...(c.payer_name ? { payerName: c.payer_name } : {}), serviceDate: c.statement_from,
    lines: c.lines.map((l) => ({ serviceDate: l.serviceDate, procedureCode: l.procedureCode, modifiers: l.modifiers, charge: cents(l.charge) })),
    charges: f.charges, insurancePaid: f.insurancePaid, adjustments: f.adjustments, patientPaid: f.patientPaid,
    payerBalance: f.payerBalance, patientBalance: f.patientBalance, ...(f.patientShareSince ? { patientShareSince: f.patientShareSince } : {}),
  };
}

const UNKNOWN_PRACTICE: StatementPractice = { name: 'Billing office', address: [] };

/** Who the statement is from: the billing provider of the patient's latest claim; payments go to its pay-to address. */
function practiceOf(c: ClaimRow): StatementPractice {
  const p = c.billing_provider;
  if (!p) return UNKNOWN_PRACTICE;
  const a = c.pay_to ?? p.address;
  return {
    name: p.lastNameOrOrganization,
    address: a ? [a.line1, ...(a.line2 ? [a.line2] : []), `${a.city}, ${a.state} ${zipCode(a.postalCode)}`] : [],
    ...(p.contact?.phone ? { phone: formatPhone(p.contact.phone) } : {}),
  };
}

/** Per patient: the last statement before the statement date, and the one already sent on it (a run repeated). */
async function statementHistory(q: Queryable, actor: Actor, patientIds: readonly string[], statementDate: CalendarDate) {
  const rows = await q.query<{ id: string; patient_id: string; statement_date: CalendarDate; notice: number; document: { statement: PatientStatement; practice: StatementPractice } | null }>(
    `SELECT DISTINCT ON (patient_id, statement_date = $3::date) id, patient_id, statement_date, notice,
       CASE WHEN statement_date = $3::date THEN document END AS document
     FROM patient_statements WHERE tenant_id = $1 AND patient_id = ANY($2::uuid[]) AND statement_date <= $3::date
     ORDER BY patient_id, statement_date = $3::date, statement_date DESC`,
    [actor.tenantId, patientIds, statementDate],
  );
  const out = new Map<string, { last?: { statementDate: CalendarDate; notice: number }; today?: Omit<StoredStatement, 'alreadySent'> }>();
  for (const r of rows) {
    const h = out.get(r.patient_id) ?? {};
    if (r.document) h.today = { id: r.id, ...r.document };
    else h.last = { statementDate: r.statement_date, notice: r.notice };
    out.set(r.patient_id, h);
  }
  return out;
}

async function lastPatientPayments(q: Queryable, actor: Actor, patientIds: readonly string[]): Promise<Map<string, CalendarDate>> {
  const rows = await q.query<{ patient_id: string; last: CalendarDate }>(
    `SELECT patient_id, max(received_on) AS last FROM patient_payments
     WHERE tenant_id = $1 AND patient_id = ANY($2::uuid[]) AND reversed_on IS NULL GROUP BY patient_id`,
    [actor.tenantId, patientIds],
  );
  return new Map(rows.map((r) => [r.patient_id, r.last]));
}

/** Each patient's open payment plan, with what they paid from the day it was agreed to `on`. */
async function openPaymentPlans(q: Queryable, actor: Actor, patientIds: readonly string[], on: CalendarDate): Promise<Map<string, NonNullable<StatementAccount['plan']>>> {
  const rows = await openPlanRows(q, actor, on, patientIds);
  return new Map(rows.map((r) => [r.patientId, { terms: r.terms, paidSinceStart: r.paid }]));
}

const STATEMENT_COLUMNS: Columns = [
  ['id', 'uuid'], ['tenant_id', 'uuid'], ['patient_id', 'uuid'], ['statement_date', 'date'], ['due_date', 'date'], ['notice', 'smallint'],
  ['amount_due_cents', 'bigint'], ['document', 'jsonb'],
];

/** One insert for the run's statements (a practice sends thousands), and their audit rows. */
async function store(q: Queryable, actor: Actor, sent: readonly StoredStatement[]): Promise<void> {
  if (sent.length === 0) return;
  await insertRows(q, 'patient_statements', STATEMENT_COLUMNS, sent.map((s) => {
    const st = s.statement;
    return [s.id, actor.tenantId, st.patientId, st.statementDate, st.dueDate, st.notice, st.amountDue, { statement: st, practice: s.practice }];
  }));
  await recordAudit(q, actor, sent.map((s) => ({
    action: 'create' as const, entity: 'patient_statement', entityId: s.id, patientId: s.statement.patientId,
    detail: { statementDate: s.statement.statementDate, amountDue: s.statement.amountDue, notice: s.statement.notice },
  })));
}
