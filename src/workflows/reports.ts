// The stored data the revenue-cycle reports (src/reports) are computed over: A/R aging from the ledger,
// claim outcomes from the status history and the denial work items, period totals from the ledger.
import type { Actor } from '../auth/index';
import { addDays, type CalendarDate } from '../dates/index';
import { openClaimBalances, periodTotals, type PeriodTotals } from '../ledger/index';
import { cents } from '../money/index';
import {
  agingByPatient, agingByPayer, agingTotals, cleanClaimRate, daysInAr, denialRateByPayer, denialRateByReason, firstPassResolutionRate,
  initialDenialRate, netCollectionRate, type AgingRow, type ClaimOutcome, type Rate,
} from '../reports/index';
import type { Queryable } from '../store/index';

export interface ArReport { asOf: CalendarDate; byPayer: AgingRow[]; byPatient: AgingRow[]; total: AgingRow; daysInAr: number | null }

export async function arReport(q: Queryable, actor: Actor, asOf: CalendarDate): Promise<ArReport> {
  const open = await openClaimBalances(q, actor);
  const byPayer = agingByPayer(open, asOf);
  const totals = await periodTotals(q, actor, addDays(asOf, -89), asOf);
  const total = agingTotals(byPayer);
  return { asOf, byPayer, byPatient: agingByPatient(open, asOf), total, daysInAr: daysInAr({ arBalance: total.total, revenueInPeriod: totals.charges, periodDays: 90 }) };
}

/** One row per submitted claim: how its first submission and its first 835 went. */
export async function claimOutcomes(q: Queryable, actor: Actor): Promise<ClaimOutcome[]> {
  const rows = await q.query<{ id: string; payer_id: string | null; charges: number; submissions: number; held_before: boolean; first_835: string | null; reasons: string[] | null; denied: number }>(
    `SELECT c.id, c.payer_id, c.total_charge_cents AS charges,
       (SELECT count(*)::int FROM claim_status_history h WHERE h.claim_id = c.id AND h.to_status = 'submitted') AS submissions,
       EXISTS (SELECT 1 FROM claim_status_history h WHERE h.claim_id = c.id AND h.to_status IN ('held', 'rejected')) AS held_before,
       (SELECT h.to_status FROM claim_status_history h WHERE h.claim_id = c.id AND h.source = '835' ORDER BY h.id LIMIT 1) AS first_835,
       (SELECT array_agg(DISTINCT w.root_cause) FROM work_items w WHERE w.claim_id = c.id AND w.kind = 'denial') AS reasons,
       coalesce((SELECT sum((w.detail->>'amount')::bigint) FROM work_items w WHERE w.claim_id = c.id AND w.kind = 'denial'), 0)::bigint AS denied
     FROM claims c WHERE c.tenant_id = $1 AND c.payer_sequence = 'P' AND c.frequency_code = '1'`,
    [actor.tenantId],
  );
  return rows.map((r) => ({
    claimId: r.id, ...(r.payer_id ? { payerId: r.payer_id } : {}), cleanOnFirstSubmission: !r.held_before, submissions: r.submissions,
    ...(r.first_835 ? { firstAdjudication: r.first_835 === 'paid' ? 'paid' as const : r.first_835 === 'denied' ? 'denied' as const : 'partially_denied' as const } : {}),
    denialReasons: r.reasons ?? [], charges: cents(r.charges), deniedCharges: cents(Math.min(r.denied, r.charges)),
  }));
}

export interface DenialsReport {
  initial: { byCount: Rate; byDollars: Rate };
  byReason: Record<string, Rate>;
  byPayer: Record<string, Rate>;
  openWork: { queue: string; rootCause: string; items: number; amount: number; nextDue: CalendarDate | null }[];
}

export async function denialsReport(q: Queryable, actor: Actor): Promise<DenialsReport> {
  const outcomes = await claimOutcomes(q, actor);
  const names = new Map((await q.query<{ id: string; name: string }>('SELECT id, name FROM payers WHERE tenant_id = $1', [actor.tenantId])).map((p) => [p.id, p.name]));
  const open = await q.query<{ queue: string; root_cause: string; items: number; amount: number; next_due: CalendarDate | null }>(
    `SELECT queue, root_cause, count(*)::int AS items, coalesce(sum((detail->>'amount')::bigint), 0)::bigint AS amount, min(due_date)::text AS next_due
     FROM work_items WHERE tenant_id = $1 AND kind = 'denial' AND status IN ('open', 'in_progress', 'waiting') GROUP BY queue, root_cause ORDER BY queue, root_cause`,
    [actor.tenantId],
  );
  return {
    initial: initialDenialRate(outcomes),
    byReason: Object.fromEntries(denialRateByReason(outcomes)),
    byPayer: Object.fromEntries([...denialRateByPayer(outcomes)].map(([id, r]) => [names.get(id) ?? id, r])),
    openWork: open.map((o) => ({ queue: o.queue, rootCause: o.root_cause, items: o.items, amount: o.amount, nextDue: o.next_due })),
  };
}

export interface KpiReport { from: CalendarDate; to: CalendarDate; totals: PeriodTotals; cleanClaimRate: Rate; initialDenialRate: Rate; firstPassResolutionRate: Rate; netCollectionRate: Rate; daysInAr: number | null }

/** KPIs over the period ending asOf, 90 days unless given (days in A/R on gross charges, as most practices compute it). */
export async function kpiReport(q: Queryable, actor: Actor, asOf: CalendarDate, from: CalendarDate = addDays(asOf, -89)): Promise<KpiReport> {
  const totals = await periodTotals(q, actor, from, asOf);
  const outcomes = await claimOutcomes(q, actor);
  const ar = await arReport(q, actor, asOf);
  return {
    from, to: asOf, totals, cleanClaimRate: cleanClaimRate(outcomes), initialDenialRate: initialDenialRate(outcomes).byCount,
    firstPassResolutionRate: firstPassResolutionRate(outcomes), netCollectionRate: netCollectionRate(totals), daysInAr: ar.daysInAr,
  };
}
