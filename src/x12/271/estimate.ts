// The patient's share of an allowed amount, from what the 271 said. The order is explicit because
// it changes the answer: first the copay, then what is left of the deductible, then coinsurance on
// the rest; the sum never exceeds the out-of-pocket amount still remaining.
import { applyBasisPoints, cents } from '../deps';
import type { Cents } from '../deps';
import type { Accumulator, EligibilityResult } from './interpret';

export interface PatientShare {
  copay: Cents;
  deductible: Cents;
  coinsurance: Cents;
  total: Cents;
  /** True when the out-of-pocket remaining amount lowered the total. */
  outOfPocketCapApplied: boolean;
  /** What the estimate had to assume (no remaining deductible known, no coinsurance stated...). */
  assumptions: string[];
}

/** The smaller of the individual and family remaining amounts: meeting either one ends the patient's share. */
function remaining(acc: { individual: Accumulator; family: Accumulator }): Cents | undefined {
  const values = [acc.individual.remaining, acc.family.remaining].filter((v): v is Cents => v !== undefined);
  return values.length ? cents(Math.min(...values)) : undefined;
}

/**
 * Estimates what the patient owes on `allowedCharges` (the payer's allowed amount for the visit).
 * 1. copay (the copay for the service type interpreted, at most the allowed amount);
 * 2. deductible: the smaller of what is left of the deductible and what is left of the allowed amount;
 * 3. coinsurance: the coinsurance rate on what remains after 1 and 2;
 * 4. the total is capped at the out-of-pocket amount remaining, taking the excess back from
 *    coinsurance first, then deductible, then copay, so the parts still add up to the total.
 * Unknown figures count as zero and are listed in `assumptions`.
 */
export function estimatePatientShare(eligibility: EligibilityResult, allowedCharges: Cents): PatientShare {
  const assumptions: string[] = [];
  const allowed = Math.max(0, allowedCharges);
  if (eligibility.status !== 'active') assumptions.push(`Coverage is ${eligibility.status}: the payer may pay nothing and the patient may owe the whole amount.`);
  const copayAmount = eligibility.copay ?? 0;
  if (eligibility.copay === undefined) assumptions.push('No copay stated for this service: counted as none.');
  let copay = Math.min(copayAmount, allowed);
  const deductibleLeft = remaining(eligibility.deductible);
  if (deductibleLeft === undefined) assumptions.push('No remaining deductible stated: counted as already met.');
  let deductible = Math.min(deductibleLeft ?? 0, allowed - copay);
  const rate = eligibility.coinsuranceBasisPoints;
  if (rate === undefined) assumptions.push('No coinsurance stated for this service: counted as none.');
  let coinsurance: number = applyBasisPoints(cents(allowed - copay - deductible), rate ?? 0);
  let total = copay + deductible + coinsurance;
  const cap = remaining(eligibility.outOfPocketMaximum);
  if (cap === undefined) assumptions.push('No out-of-pocket remaining amount stated: no cap applied.');
  const capApplied = cap !== undefined && total > cap;
  if (capApplied) {
    let excess = total - cap;
    const take = (part: number) => {
      const cut = Math.min(part, excess);
      excess -= cut;
      return part - cut;
    };
    coinsurance = take(coinsurance);
    deductible = take(deductible);
    copay = take(copay);
    total = cap;
  }
  return { copay: cents(copay), deductible: cents(deductible), coinsurance: cents(coinsurance), total: cents(total), outOfPocketCapApplied: capApplied, assumptions };
}
