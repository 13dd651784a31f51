import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { calendarDate } from '../dates/index';
import { AppError } from '../errors/index';
import { cents, formatUsd } from '../money/index';
import type { Rate } from '../reports/index';
import { statementPdf } from '../statements/index';
import {
  appealDeniedClaim, arReport, correctDeniedClaim, denialsReport, kpiReport, paymentPlans, postPatientPayment, runPatientStatements, setUpPaymentPlan, type PaymentPlanView,
} from '../workflows/index';
import type { Actor } from '../auth/index';
import type { Db } from '../store/index';
import { staffActor, type DemoStage } from './stage';

/** When the demo looks at the books: a month after the claims went out. */
const AS_OF = calendarDate('2023-11-01');
/** When the patients who pay at once pay what their statements say. */
const PAID_ON = calendarDate('2023-10-25');
/** When the patients who cannot pay at once agree to payment plans, and when the first installment is due. */
const PLANS_AGREED_ON = calendarDate('2023-10-26');
const FIRST_INSTALLMENT_ON = calendarDate('2023-11-15');

const pct = (r: Rate) => (r.rate === null ? 'n/a' : `${(r.rate * 100).toFixed(1)}%`);

/**
 * After the 835s are posted: patient balances and statements, the denial queues by root cause, a coding denial sent back as a
 * corrected claim (frequency 7), a denial appealed with a generated letter, and the KPIs.
 */
export const moneyStage: DemoStage = {
  name: 'money',
  async run(ctx) {
    const { db, seed, outDir } = ctx;
    const biller = await staffActor(ctx, 'biller');
    const paid = await patientsPay(db, biller);
    const plans = await largestBalancesOnPlans(db, biller);
    const ar = await arReport(db, biller, AS_OF);
    const patientTotal = ar.byPatient.reduce((s, r) => s + r.total, 0);
    const denials = await denialsReport(db, biller);
    const lines = [
      `${paid.accounts} patients paid their balances in full (${formatUsd(cents(paid.total))}, by card); the others still owe`,
      `A/R ${formatUsd(ar.total.total)} (${ar.byPayer.length} payers); patients owe ${formatUsd(cents(patientTotal))} across ${ar.byPatient.length} accounts`,
      `${plans.length} patients with the largest balances agreed to payment plans (${plans.map((p) => `${p.accountNumber} ${formatUsd(p.terms.installment)}/month`).join(', ')})`,
      await sendStatements(db, biller, join(outDir, 'statements')),
      `denial queues: ${denials.openWork.map((w) => `${w.rootCause} → ${w.queue} ${w.items}`).join(', ') || 'none'}`,
    ];
    const work = await db.query<{ claim_id: string; queue: string; pcn: string }>(
      `SELECT w.claim_id, w.queue, c.patient_control_number AS pcn FROM work_items w JOIN claims c ON c.id = w.claim_id
       WHERE w.tenant_id = $1 AND w.kind = 'denial' AND w.status = 'open' AND c.status IN ('denied', 'partially_paid') ORDER BY w.created_at, c.patient_control_number`,
      [seed.tenantId],
    );
    const coding = work.find((w) => w.queue === 'coder');
    if (coding) {
      const corrected = await correctDeniedClaim(db, biller, coding.claim_id).catch((e: unknown) => e as Error);
      lines.push(corrected instanceof Error ? `corrected claim for ${coding.pcn}: ${corrected.message}` : `coding denial on ${coding.pcn} sent back as corrected claim ${corrected.patientControlNumber} (frequency 7, payer claim ${corrected.payerClaimControlNumber})`);
    }
    const other = work.find((w) => w.queue === 'biller' && w.claim_id !== coding?.claim_id);
    if (other) {
      const appeal = await appealDeniedClaim(db, biller, other.claim_id, AS_OF).catch((e: unknown) => e as Error);
      if (appeal instanceof Error) lines.push(`appeal for ${other.pcn}: ${appeal.message}`);
      else {
        const file = join(outDir, `appeal-${appeal.patientControlNumber}`);
        writeFileSync(`${file}.txt`, appeal.text);
        writeFileSync(`${file}.pdf`, appeal.pdf);
        lines.push(`appeal letter for ${appeal.patientControlNumber} written to ${file}.pdf (and .txt)${appeal.appealBy ? `, due by ${appeal.appealBy}` : ''}`);
      }
    }
    const kpi = await kpiReport(db, biller, AS_OF, calendarDate('2022-10-01'));
    lines.push(
      `KPIs ${kpi.from} to ${AS_OF}: clean-claim rate ${pct(kpi.cleanClaimRate)}, initial denial rate ${pct(kpi.initialDenialRate)}, first-pass resolution ${pct(kpi.firstPassResolutionRate)}, net collection ${pct(kpi.netCollectionRate)}, days in A/R ${kpi.daysInAr === null ? 'n/a' : kpi.daysInAr.toFixed(1)}`,
      `charges ${formatUsd(kpi.totals.charges)}, payments ${formatUsd(kpi.totals.payments)}, contractual adjustments ${formatUsd(kpi.totals.contractualAdjustments)}`,
    );
    return { stage: 'money', lines, figures: { openDenials: work.length, patientPayments: paid.accounts } };
  },
};

/** Every other patient who owes after the payers paid (A/R by patient) pays it all: a practice collects part of what patients owe at once. */
async function patientsPay(db: Db, biller: Actor): Promise<{ accounts: number; total: number }> {
  const owing = (await arReport(db, biller, AS_OF)).byPatient.filter((p) => p.total > 0);
  let total = 0;
  const paying = owing.filter((_, i) => i % 2 === 0);
  for (const p of paying) {
    const r = await postPatientPayment(db, biller, { patient: { id: p.key }, amount: p.total, method: 'card', reference: `DEMO-${p.key}`, receivedOn: PAID_ON });
    total += r.amount;
  }
  return { accounts: paying.length, total };
}

/** The statement run on the day the demo looks at the books: the patients who did not pay get one each. */
async function sendStatements(db: Db, biller: Actor, dir: string): Promise<string> {
  const r = await runPatientStatements(db, biller, { statementDate: AS_OF });
  mkdirSync(dir, { recursive: true });
  for (const s of r.statements) writeFileSync(join(dir, `${s.statement.accountNumber}-${AS_OF}.pdf`), await statementPdf(s.statement, s.practice));
  const pending = r.statements.filter((s) => s.statement.pendingInsurance > 0).length;
  const onPlans = r.statements.filter((s) => s.statement.plan).length;
  return `statements ${AS_OF}: ${r.statements.length} patients, ${formatUsd(r.totalDue)} due (${onPlans} of them their plan's installment; ${pending} also with visits insurance is still processing), printed to ${dir}/`;
}

/** The three patients who owe the most after insurance (and did not pay) agree to pay it over six months. */
async function largestBalancesOnPlans(db: Db, biller: Actor): Promise<PaymentPlanView[]> {
  const owing = (await arReport(db, biller, AS_OF)).byPatient.filter((p) => p.total > 0).sort((a, b) => b.total - a.total);
  for (const p of owing.slice(0, 3)) {
    const [account] = await db.query<{ account_number: string }>('SELECT account_number FROM patients WHERE id = $1', [p.key]);
    const installment = cents(Math.ceil(p.total / 6 / 100) * 100);
    await setUpPaymentPlan(db, biller, { accountNumber: account!.account_number, installment, firstDueOn: FIRST_INSTALLMENT_ON, agreedOn: PLANS_AGREED_ON })
      // A balance that is mostly still with insurance leaves too little to put on a plan: that patient is skipped.
      .catch((e: unknown) => { if (!(e instanceof AppError && e.code === 'payment_plan.bad_terms')) throw e; });
  }
  return paymentPlans(db, biller, AS_OF);
}
