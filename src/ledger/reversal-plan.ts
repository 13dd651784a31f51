// CLP02 22: the payer reverses a payment it made earlier on this claim (usually followed, in the same
// 835, by the corrected claim payment). The exact reversal is the negation of what was posted for that
// payment, so the books return to where they were before it; the corrected CLP then posts afresh.
import { sum } from '../money/index';
import { reverse } from './builders';
import { casTreatment } from './cas-treatment';
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
  const reversedElsewhere = (t: LedgerTransaction) => (ctx.prior.reversers.get(t.idempotencyKey) ?? []).some((k) => k !== reversalKey(t.idempotencyKey, clpKey));
  const icn = clp.payerClaimControlNumber;
  return (ctx.prior.byClaim.get(claim.id) ?? []).filter(
    (t) =>
      REVERSIBLE.has(t.kind) &&
      t.source?.payerId === ctx.payment.payerId &&
      t.source.traceNumber !== ctx.payment.traceNumber &&
      t.source.claimStatusCode !== '22' &&
      !reversedElsewhere(t) &&
      (!icn || !t.source.payerClaimControlNumber || t.source.payerClaimControlNumber === icn),
  );
}

/** What the CLP itself would post, per account: cash, accepted adjustments, patient responsibility. */
function clpFootprint(ctx: PlanContext, clp: RemittanceClaimPayment): [number, number, number] {
  const cas = [...clp.adjustments, ...clp.serviceLines.flatMap((s) => s.adjustments)];
  const adjusted = cas.filter((a) => {
    const t = casTreatment(a);
    return t === 'contractual' || (t === 'denial' && ctx.options.postDenialAdjustments);
  });
  return [clp.paidAmount, sum(adjusted.map((a) => a.amount)), sum(cas.filter((a) => a.group === 'PR').map((a) => a.amount))];
}

function footprintOf(targets: readonly LedgerTransaction[]): [number, number, number] {
  const legs = targets.flatMap((t) => t.legs);
  const total = (kind: string) => legs.filter((l) => l.account.kind === kind).reduce((a, l) => a + l.amount, 0);
  return [total('cash'), total('contractual_adjustment'), total('receivable_patient')];
}

/**
 * Plans the reversal by negating the earlier postings when they account for exactly what the CLP takes
 * back (cash, adjustments and patient responsibility). Returns false (and warns) when they do not, so
 * the caller posts the reversal's own negative amounts instead: then cash still agrees with the 835,
 * and a person checks the claim. A reversal already processed (the same 835 posted again) re-plans
 * exactly what it stored, whatever was posted since.
 */
export function planClaimReversal(ctx: PlanContext, clp: RemittanceClaimPayment, clpKey: string, claim: StoredClaim): boolean {
  const pcn = clp.patientControlNumber;
  const own = `${clpKey}:`;
  // Everything this CLP posted before (replayed as is) is on this claim: reversals and fallback line postings alike.
  const done = (ctx.prior.byClaim.get(claim.id) ?? []).filter((t) => t.idempotencyKey.startsWith(own) && !t.idempotencyKey.startsWith(`${own}unapplied`));
  if (done.length > 0) {
    ctx.plan.transactions.push(...done);
    return true;
  }
  const targets = postingsToReverse(ctx, clp, clpKey, claim);
  if (targets.length === 0) {
    ctx.plan.warnings.push({ code: 'reversal_without_prior_posting', patientControlNumber: pcn, message: `reversal (CLP02 22) of ${pcn}: no earlier posting from this payer found; posted the reversal's own amounts` });
    return false;
  }
  const [cash, adjusted, patient] = footprintOf(targets);
  const [paid, adjusting, pr] = clpFootprint(ctx, clp);
  if (cash + paid !== 0 || adjusted + adjusting !== 0 || patient + pr !== 0) {
    ctx.plan.warnings.push({
      code: 'reversal_amount_mismatch',
      patientControlNumber: pcn,
      message: `reversal (CLP02 22) of ${pcn} takes back ${0 - paid} cents paid, ${0 - adjusting} adjusted and ${0 - pr} patient responsibility, but ${cash}, ${adjusted} and ${patient} were posted; posted the reversal's own amounts`,
    });
    return false;
  }
  for (const t of targets) {
    ctx.plan.transactions.push(reverse(t, { idempotencyKey: reversalKey(t.idempotencyKey, clpKey), effectiveDate: ctx.payment.paymentDate, source: sourceOf(ctx, clp) }));
  }
  return true;
}
