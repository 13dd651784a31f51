// What the simulated payer remembers between claims: accumulators per member and plan year, the
// claims it paid (for reversals), and claim signatures (for duplicates).
import type { Cents } from '../money/index';
import type { x835 } from '../x12/index';

export interface Accumulator {
  deductibleMet: Cents;
  outOfPocketMet: Cents;
}

export interface PaidClaim {
  payerClaimControlNumber: string;
  clp: x835.Loop2100;
  accumulatorKey: string;
  deductible: Cents;
  outOfPocket: Cents;
  signature: string;
}

export interface AdjudicationState {
  accumulators: Map<string, Accumulator>;
  /** By payer claim control number (CLP07). */
  paid: Map<string, PaidClaim>;
  /** Patient control number → latest payer claim control number. */
  byPatientControlNumber: Map<string, string>;
  signatures: Set<string>;
  nextClaimNumber: number;
}

export function newAdjudicationState(): AdjudicationState {
  return { accumulators: new Map(), paid: new Map(), byPatientControlNumber: new Map(), signatures: new Set(), nextClaimNumber: 1 };
}
