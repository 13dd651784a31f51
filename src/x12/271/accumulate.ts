// Folds the deductible or out-of-pocket benefits of a 271 into one accumulator (total, remaining,
// met to date) for a coverage level and network, at health benefit plan level (EB03 30 or none).
import { cents } from '../deps';
import type { Accumulator, BenefitAmount, Network } from './interpret';

/** EB06 codes that state the amount for a whole period. */
const PERIOD_TOTAL = ['21', '22', '23', '25', '26', '32', '36'];
/** EB06 codes that state what is left. */
const REMAINING = ['29', '33'];
/** EB06 codes that state what was met so far. */
const MET = ['24'];

function fits(b: BenefitAmount, level: 'IND' | 'FAM', network: Network): boolean {
  const levelOk = level === 'IND' ? b.coverageLevel === 'IND' || b.coverageLevel === undefined : b.coverageLevel === 'FAM';
  const planLevel = b.serviceTypeCodes.length === 0 || b.serviceTypeCodes.includes('30');
  return levelOk && planLevel && (b.network === 'any' || b.network === network);
}

export function accumulate(benefits: readonly BenefitAmount[], level: 'IND' | 'FAM', network: Network): Accumulator {
  const acc: Accumulator = {};
  for (const b of benefits) {
    if (!fits(b, level, network)) continue;
    const period = b.timePeriod?.code;
    if (period && REMAINING.includes(period)) acc.remaining ??= b.amount;
    else if (period && MET.includes(period)) acc.metToDate ??= b.amount;
    else if (!period || PERIOD_TOTAL.includes(period)) acc.total ??= b.amount;
  }
  if (acc.remaining === undefined && acc.total !== undefined && acc.metToDate !== undefined) {
    acc.remaining = cents(Math.max(0, acc.total - acc.metToDate));
  }
  return acc;
}
