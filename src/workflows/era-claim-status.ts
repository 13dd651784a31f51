// Where an 835 claim payment moves the claim in its lifecycle. Pure: the posting plan says which
// adjustments were denials, the CLP says how the payer processed the claim.
import type { ClaimStatus } from '../claims/index';
import type { DenialAdjustment, RemittanceClaimPayment } from '../ledger/index';

export interface ClaimStatusMove {
  to: ClaimStatus;
  reason: string;
}

/**
 * CLP02 1/2/3 (processed as primary/secondary/tertiary) and 19/20/21 (processed and forwarded):
 * `paid` when every charged cent is paid or adjusted by contract or owed by the patient, `partially_paid`
 * when part of it was denied but something was paid, `denied` when nothing was paid because of denials.
 * CLP02 4: denied. CLP02 22 (reversal): no move; the correction that follows moves the claim.
 * Comparing CLP04 to CLP03 alone would call every claim with a contractual write-down "partial".
 */
export function statusAfterRemittance(c: RemittanceClaimPayment, denials: readonly DenialAdjustment[]): ClaimStatusMove | undefined {
  const carcs = [...c.adjustments, ...c.serviceLines.flatMap((s) => s.adjustments)]
    .filter((a) => a.amount !== 0)
    .map((a) => `${a.group}-${a.reason}`);
  const why = carcs.length ? ` (${[...new Set(carcs)].join(', ')})` : '';
  const label = `835 CLP02 ${c.claimStatusCode}: paid ${(c.paidAmount / 100).toFixed(2)} of ${(c.totalCharge / 100).toFixed(2)}${why}`;
  switch (c.claimStatusCode) {
    case '4':
      return { to: 'denied', reason: label };
    case '1': case '2': case '3': case '19': case '20': case '21': {
      const denied = denials.some((d) => d.amount > 0);
      if (!denied) return { to: 'paid', reason: label };
      return { to: c.paidAmount > 0 ? 'partially_paid' : 'denied', reason: label };
    }
    default:
      return undefined;
  }
}
