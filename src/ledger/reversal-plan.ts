// CLP02 22: the payer reverses a payment it made earlier on this claim (usually followed, in the same
// 835, by the corrected claim payment). The exact reversal is the negation of what was posted for that
// payment, so the books return to where they were before it; the corrected CLP then posts afresh.
import { sum } from '../money/index';
import { reverse } from './builders';
import { reversalKey } from './keys';
import type { PlanContext } from './plan-types';
import { sourceOf } from './post-line';
import type { RemittanceClaimPayment, StoredClaim } from './remittance';
import type { LedgerTransaction, TransactionKind } from './transaction';

const REVERSIBLE: ReadonlySet<TransactionKind> = new Set(['payer_payment', 'adjustment', 'patient_responsibility']);

/**
 * The stored postings of this payer on this claim that the reversal cancels: from an earlier payment
 * (never from this one: its correction follows the reversal), not reversals, and not reversed by
 * anything but this very claim payment, so that planning the same 835 again finds the same targets.
 */
function postingsToReverse(ctx: PlanContext, clp: RemittanceClaimPayment, clpKey: string, claim: StoredClaim): LedgerTransaction[] {
  const prior = ctx.options.priorTransactions ?? [];
  const reversedElsewhere = new Set(
    prior.flatMap((t) => (t.reversesKey && t.idempotencyKey !== reversalKey(t.reversesKey, clpKey) ? [t.reversesKey] : [])),
  );
  const icn = clp.payerClaimControlNumber;
  return prior.filter(
    (t) =>
      t.claimId === claim.id &&
      REVERSIBLE.has(t.kind) &&
      t.source?.payerId === ctx.payment.payerId &&
      t.source.traceNumber !== ctx.payment.traceNumber &&
      t.source.claimStatusCode !== '22' &&
      !reversedElsewhere.has(t.idempotencyKey) &&
      (!icn || !t.source.payerClaimControlNumber || t.source.payerClaimControlNumber === icn),
  );
}

/**
 * Plans the reversal by negating the earlier postings when they account for exactly the cash the CLP
 * takes back. Returns false (and warns) when they do not, so the caller posts the reversal's own
 * negative amounts instead: then cash still agrees with the 835, and a person checks the claim.
 */
export function planClaimReversal(ctx: PlanContext, clp: RemittanceClaimPayment, clpKey: string, claim: StoredClaim): boolean {
  const pcn = clp.patientControlNumber;
  const targets = postingsToReverse(ctx, clp, clpKey, claim);
  if (targets.length === 0) {
    ctx.plan.warnings.push({ code: 'reversal_without_prior_posting', patientControlNumber: pcn, message: `reversal (CLP02 22) of ${pcn}: no earlier posting from this payer found; posted the reversal's own amounts` });
    return false;
  }
  const cashPosted = sum(targets.flatMap((t) => t.legs.filter((l) => l.account.kind === 'cash').map((l) => l.amount)));
  if (cashPosted !== 0 - clp.paidAmount) {
    ctx.plan.warnings.push({
      code: 'reversal_amount_mismatch',
      patientControlNumber: pcn,
      message: `reversal (CLP02 22) of ${pcn} takes back ${0 - clp.paidAmount} cents but ${cashPosted} were posted; posted the reversal's own amounts`,
    });
    return false;
  }
  for (const t of targets) {
    ctx.plan.transactions.push(reverse(t, { idempotencyKey: reversalKey(t.idempotencyKey, clpKey), effectiveDate: ctx.payment.paymentDate, source: sourceOf(ctx, clp) }));
  }
  return true;
}
