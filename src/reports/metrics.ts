// Revenue-cycle key performance indicators over plain data. Each states the definition it follows:
// the HFMA MAP Keys where HFMA defines one, adapted where a physician practice has no equivalent.
import type { Cents } from '../money/index';

/** A rate with its parts, so a report can show "42 of 50" and never divide by zero. */
export interface Rate {
  numerator: number;
  denominator: number;
  /** numerator / denominator, or null when there is nothing to measure. */
  rate: number | null;
}

export function rate(numerator: number, denominator: number): Rate {
  return { numerator, denominator, rate: denominator === 0 ? null : numerator / denominator };
}

/**
 * Days in A/R. HFMA MAP Key "Days in Net A/R": net A/R divided by average daily net patient service
 * revenue, the average taken over the last three months. Practices commonly compute it gross (gross A/R
 * over average daily gross charges); pass either pair consistently. periodDays is the length of the
 * period the revenue was measured over (e.g. 90, or the actual days of the last three months).
 */
export function daysInAr(input: { arBalance: Cents; revenueInPeriod: Cents; periodDays: number }): number | null {
  if (input.revenueInPeriod <= 0 || input.periodDays <= 0) return null;
  return input.arBalance / (input.revenueInPeriod / input.periodDays);
}

/** One claim's life, as the claim-level KPIs need it. */
export interface ClaimOutcome {
  claimId: string;
  payerId?: string;
  /** Passed the claim edits on its first submission with no manual change (and was accepted by the clearinghouse/payer front end). */
  cleanOnFirstSubmission: boolean;
  /** How the payer first adjudicated it; undefined while no remittance has come. */
  firstAdjudication?: 'paid' | 'denied' | 'partially_denied' | 'zero_pay_patient_responsibility';
  /** Root causes (or CARCs) of the denials on the first adjudication. */
  denialReasons: readonly string[];
  /** Times the claim was submitted (1 = never corrected or resubmitted). */
  submissions: number;
  charges: Cents;
  /** Charges on denied lines at first adjudication. */
  deniedCharges: Cents;
}

/**
 * Clean claim rate (HFMA MAP Key "Clean claim rate"): claims that pass edits and go out without
 * manual intervention on first submission, over all claims submitted.
 */
export function cleanClaimRate(claims: readonly ClaimOutcome[]): Rate {
  const submitted = claims.filter((c) => c.submissions > 0);
  return rate(submitted.filter((c) => c.cleanOnFirstSubmission).length, submitted.length);
}

const adjudicated = (claims: readonly ClaimOutcome[]) => claims.filter((c) => c.firstAdjudication !== undefined);
const isDenied = (c: ClaimOutcome) => c.firstAdjudication === 'denied' || c.firstAdjudication === 'partially_denied';

/**
 * Initial denial rate (HFMA MAP Key "Initial denials rate"): claims denied (wholly or in part) on their
 * first adjudication, over claims remitted. By count, and by dollars (denied charges over remitted
 * charges), since a few large denials matter more than many small ones.
 */
export function initialDenialRate(claims: readonly ClaimOutcome[]): { byCount: Rate; byDollars: Rate } {
  const remitted = adjudicated(claims);
  return {
    byCount: rate(remitted.filter(isDenied).length, remitted.length),
    byDollars: rate(remitted.reduce((a, c) => a + c.deniedCharges, 0), remitted.reduce((a, c) => a + c.charges, 0)),
  };
}

/** Denial rate per payer (claims denied over claims that payer remitted). */
export function denialRateByPayer(claims: readonly ClaimOutcome[]): Map<string, Rate> {
  const groups = new Map<string, ClaimOutcome[]>();
  for (const c of adjudicated(claims)) {
    const key = c.payerId ?? 'self_pay';
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return new Map([...groups].map(([payer, cs]) => [payer, rate(cs.filter(isDenied).length, cs.length)]));
}

/** Denial rate per reason: remitted claims denied for that reason, over all remitted claims (a claim may count under several reasons). */
export function denialRateByReason(claims: readonly ClaimOutcome[]): Map<string, Rate> {
  const remitted = adjudicated(claims);
  const counts = new Map<string, number>();
  for (const c of remitted.filter(isDenied)) for (const r of new Set(c.denialReasons)) counts.set(r, (counts.get(r) ?? 0) + 1);
  return new Map([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([r, n]) => [r, rate(n, remitted.length)]));
}

/**
 * First-pass resolution rate: claims paid on their first adjudication without denial, correction or
 * resubmission, over claims remitted. HFMA has no MAP Key of this name; this is the usual industry
 * definition (the complement of rework), and the same denominator as the initial denial rate.
 */
export function firstPassResolutionRate(claims: readonly ClaimOutcome[]): Rate {
  const remitted = adjudicated(claims);
  const firstPass = remitted.filter((c) => !isDenied(c) && c.submissions === 1);
  return rate(firstPass.length, remitted.length);
}

/**
 * Net collection rate (adjusted collection rate): payments received over what was collectible, i.e.
 * charges less contractual adjustments, for the same period. HFMA's MAP Key "Cash collection as a
 * percentage of net patient service revenue" is the same idea measured against net revenue, which for a
 * practice is charges less contractual adjustments. Refunds are netted from payments; bad-debt and other
 * write-offs are NOT subtracted from the denominator, because they are the losses the rate exists to show.
 */
export function netCollectionRate(input: { payments: Cents; refunds: Cents; charges: Cents; contractualAdjustments: Cents }): Rate {
  return rate(input.payments - input.refunds, input.charges - input.contractualAdjustments);
}
