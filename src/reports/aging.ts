// A/R aging. Functions over plain rows (one per claim with open balances), so a storage query, a test
// or a spreadsheet import can feed them.
//
// Aging basis: by default from the DATE OF SERVICE (statement-from date). It measures the whole cycle
// (charge lag + payer time), does not reset when a claim is corrected or resubmitted, and matches how
// HFMA ages hospital A/R (from discharge). The alternative basis, 'first_submission', ages from the
// claim's FIRST submission (never a resubmission), which isolates payer and follow-up performance;
// under it a claim never submitted is reported as unbilled rather than aged.
import { daysBetween, type CalendarDate } from '../dates/index';
import { cents, type Cents } from '../money/index';

export const AGING_BUCKETS = ['0-30', '31-60', '61-90', '91-120', '120+'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];
export type AgingBasis = 'date_of_service' | 'first_submission';

export interface OpenClaim {
  claimId: string;
  payerId?: string;
  patientId: string;
  serviceDate: CalendarDate;
  firstSubmittedOn?: CalendarDate;
  /** Still owed by the payer(s) and by the patient. */
  payerBalance: Cents;
  patientBalance: Cents;
}

export interface AgingRow {
  /** Payer id, patient id, or 'self_pay' for claims without a payer. */
  key: string;
  buckets: Record<AgingBucket, Cents>;
  /** Not yet submitted (first_submission basis only). */
  unbilled: Cents;
  /** Credit balances (overpayments), kept out of the buckets: they are refunds to work, not A/R. */
  credits: Cents;
  total: Cents;
}

export function bucketFor(ageDays: number): AgingBucket {
  if (ageDays <= 30) return '0-30';
  if (ageDays <= 60) return '31-60';
  if (ageDays <= 90) return '61-90';
  if (ageDays <= 120) return '91-120';
  return '120+';
}

function emptyRow(key: string): AgingRow {
  const zero = cents(0);
  return { key, buckets: { '0-30': zero, '31-60': zero, '61-90': zero, '91-120': zero, '120+': zero }, unbilled: zero, credits: zero, total: zero };
}

function addTo(rows: Map<string, AgingRow>, key: string, claim: OpenClaim, amount: Cents, asOf: CalendarDate, basis: AgingBasis): void {
  if (amount === 0) return;
  const row = rows.get(key) ?? emptyRow(key);
  rows.set(key, row);
  if (amount < 0) row.credits = cents(row.credits + amount);
  else {
    const from = basis === 'date_of_service' ? claim.serviceDate : claim.firstSubmittedOn;
    if (from === undefined) row.unbilled = cents(row.unbilled + amount);
    else {
      const bucket = bucketFor(Math.max(0, daysBetween(from, asOf)));
      row.buckets[bucket] = cents(row.buckets[bucket] + amount);
    }
  }
  row.total = cents(row.total + amount);
}

const sortRows = (rows: Map<string, AgingRow>) => [...rows.values()].sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));

/** Insurance A/R aged per payer: the payer's share of each open claim. */
export function agingByPayer(claims: readonly OpenClaim[], asOf: CalendarDate, basis: AgingBasis = 'date_of_service'): AgingRow[] {
  const rows = new Map<string, AgingRow>();
  for (const c of claims) addTo(rows, c.payerId ?? 'self_pay', c, c.payerBalance, asOf, basis);
  return sortRows(rows);
}

/** Patient A/R aged per patient: the patient's share of each open claim. */
export function agingByPatient(claims: readonly OpenClaim[], asOf: CalendarDate, basis: AgingBasis = 'date_of_service'): AgingRow[] {
  const rows = new Map<string, AgingRow>();
  for (const c of claims) addTo(rows, c.patientId, c, c.patientBalance, asOf, basis);
  return sortRows(rows);
}

/** Column totals of an aging report. */
export function agingTotals(rows: readonly AgingRow[]): AgingRow {
  const t = emptyRow('total');
  for (const r of rows) {
    for (const b of AGING_BUCKETS) t.buckets[b] = cents(t.buckets[b] + r.buckets[b]);
    t.unbilled = cents(t.unbilled + r.unbilled);
    t.credits = cents(t.credits + r.credits);
    t.total = cents(t.total + r.total);
  }
  return t;
}
