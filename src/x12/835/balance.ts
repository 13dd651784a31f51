// 835 balancing (checklist section 5), in integer cents. Imbalances are warnings: real payers send them,
// and the money has moved anyway; the biller needs to see them, not lose the file.
import type { X12Finding } from '../index-types';
import { toDecimal, type Cents } from '../deps';
import type { ClaimAdjustment, Loop2100, Remittance835 } from './types';

function casTotal(adjustments: readonly ClaimAdjustment[]): number {
  let total = 0;
  for (const a of adjustments) for (const r of a.reasons) total += r.amount;
  return total;
}

function usd(n: number): string {
  return toDecimal(n as Cents);
}

/** Claim and service balancing; `positions` are the CLP and SVC segment positions (for the findings). */
export function checkClaimBalance(claim: Loop2100, positions: { clp: number; svc: readonly number[] }, out: X12Finding[]): void {
  let serviceCas = 0;
  // A loop, not forEach: its closure was the one allocation per claim here (this runs for every claim).
  for (let i = 0; i < claim.services.length; i++) {
    const s = claim.services[i]!;
    const cas = casTotal(s.adjustments);
    serviceCas += cas;
    const diff = s.lineItemChargeAmount - s.lineItemProviderPaymentAmount;
    if (diff !== cas) {
      out.push({
        severity: 'warning', code: '835.unbalanced.service', segmentPosition: positions.svc[i] ?? positions.clp, segmentId: 'SVC', loop: '2110',
        message: `Service line ${i + 1}${s.procedure.code ? ` (${s.procedure.code})` : ''} of claim ${claim.patientControlNumber} does not balance: charge ${usd(s.lineItemChargeAmount)} - paid ${usd(s.lineItemProviderPaymentAmount)} = ${usd(diff)}, but its adjustments total ${usd(cas)}.`,
      });
    }
  }
  const total = casTotal(claim.adjustments) + serviceCas;
  const diff = claim.totalClaimChargeAmount - claim.claimPaymentAmount;
  if (diff !== total) {
    out.push({
      severity: 'warning', code: '835.unbalanced.claim', segmentPosition: positions.clp, segmentId: 'CLP', loop: '2100',
      message: `Claim ${claim.patientControlNumber} does not balance: charge ${usd(claim.totalClaimChargeAmount)} - paid ${usd(claim.claimPaymentAmount)} = ${usd(diff)}, but claim and line adjustments total ${usd(total)}.`,
    });
  }
  if (hasCr(claim)) {
    out.push({
      severity: 'warning', code: '835.cas.cr_group', segmentPosition: positions.clp, segmentId: 'CAS', loop: '2100', element: 'CAS01',
      message: `Claim ${claim.patientControlNumber} uses adjustment group CR, which 4010 used for corrections and reversals; 005010X221A1 reverses with CLP02 = 22 instead. Read as a correction.`,
    });
  }
}

function hasCr(claim: Loop2100): boolean {
  for (const a of claim.adjustments) if (a.groupCode === 'CR') return true;
  for (const s of claim.services) for (const a of s.adjustments) if (a.groupCode === 'CR') return true;
  return false;
}

/** Running totals for the transaction-level check: BPR02 = sum of CLP04 - sum of PLB amounts. */
export class TransactionBalance {
  private paid = 0;
  private plb = 0;

  addClaim(claim: Loop2100): void {
    this.paid += claim.claimPaymentAmount;
  }

  addProviderAdjustments(r: Pick<Remittance835, 'providerAdjustments'>): void {
    for (const p of r.providerAdjustments) for (const a of p.adjustments) this.plb += a.amount;
  }

  check(r: Pick<Remittance835, 'financialInformation'>, bprPosition: number, out: X12Finding[]): void {
    const f = r.financialInformation;
    const amount: number = f.totalActualProviderPaymentAmount;
    const bpr = f.creditDebitFlagCode === 'D' ? -amount : amount;
    const expected = this.paid - this.plb;
    if (bpr !== expected) {
      out.push({
        severity: 'warning', code: '835.unbalanced.transaction', segmentPosition: bprPosition, segmentId: 'BPR', element: 'BPR02',
        message: `The payment does not balance: BPR02 is ${usd(f.totalActualProviderPaymentAmount)} but the claims paid ${usd(this.paid)} less provider adjustments ${usd(this.plb)} = ${usd(expected)}.`,
      });
    }
  }
}
