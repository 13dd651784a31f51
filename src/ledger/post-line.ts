// Posting one claim line's share of a claim payment: payment, then each CAS by its treatment.
import type { Cents } from '../money/index';
import { contractualAdjustment, patientResponsibilityTransfer, payerPaymentTransaction, reverse, unappliedPayment, type ClaimLineRef, type EventBase } from './builders';
import { casTreatment, isDenialAdjustment } from './cas-treatment';
import { numberParts } from './keys';
import type { PlanContext } from './plan-types';
import type { CasAdjustment, RemittanceClaimPayment, StoredClaim, StoredClaimLine } from './remittance';
import type { PostingSource } from './transaction';

export function lineRef(ctx: PlanContext, claim: StoredClaim, line: StoredClaimLine): ClaimLineRef {
  return { claimId: claim.id, claimLineId: line.id, patientId: claim.patientId, payerId: claim.payerId ?? ctx.payment.payerId };
}

export function sourceOf(ctx: PlanContext, clp: RemittanceClaimPayment): PostingSource {
  return {
    payerId: ctx.payment.payerId,
    traceNumber: ctx.payment.traceNumber,
    ...(ctx.payment.remittanceId ? { remittanceId: ctx.payment.remittanceId } : {}),
    patientControlNumber: clp.patientControlNumber,
    ...(clp.payerClaimControlNumber ? { payerClaimControlNumber: clp.payerClaimControlNumber } : {}),
    claimStatusCode: clp.claimStatusCode,
    ...(clp.remittanceClaimId ? { remittanceClaimId: clp.remittanceClaimId } : {}),
  };
}

/** Posts one line's payment and adjustments. */
export function postLine(
  ctx: PlanContext, clp: RemittanceClaimPayment, claim: StoredClaim, line: StoredClaimLine, key: string,
  paid: Cents, adjustments: readonly CasAdjustment[], remarkCodes: readonly string[],
): void {
  const ref = lineRef(ctx, claim, line);
  const source = sourceOf(ctx, clp);
  const base = (k: string, extra?: Partial<PostingSource>): EventBase => ({ idempotencyKey: k, effectiveDate: ctx.payment.paymentDate, source: { ...source, ...extra } });
  if (paid !== 0) ctx.plan.transactions.push(payerPaymentTransaction({ ...base(`${key}:paid`), line: ref, amount: paid }));
  const parts = numberParts(adjustments.map((a) => `cas:${a.group}-${a.reason}`));
  adjustments.forEach((adj, i) => {
    if (adj.amount === 0) return;
    // On a secondary claim, CARC 23 restates what the prior payer settled: those dollars were already
    // paid, adjusted or moved on the primary's postings, and only the moved-back share is owed here.
    if (claim.payerSequence && adj.reason === '23') return;
    const b = base(`${key}:${parts[i]!}`, { adjustment: { group: adj.group, reason: adj.reason } });
    const treatment = casTreatment(adj);
    const held = treatment === 'denial' && !ctx.options.postDenialAdjustments;
    if (isDenialAdjustment(adj) && clp.claimStatusCode !== '22') {
      ctx.plan.denials.push({
        key: b.idempotencyKey, claimId: claim.id, claimLineId: line.id, procedureCode: line.procedureCode, modifiers: [...line.modifiers],
        serviceDate: line.serviceDate, patientControlNumber: clp.patientControlNumber,
        ...(clp.payerClaimControlNumber ? { payerClaimControlNumber: clp.payerClaimControlNumber } : {}),
        group: adj.group, reason: adj.reason, amount: adj.amount, remarkCodes: [...remarkCodes], held,
      });
    }
    if (treatment === 'patient') ctx.plan.transactions.push(patientResponsibilityTransfer({ ...b, line: ref, amount: adj.amount }));
    else if (!held) ctx.plan.transactions.push(contractualAdjustment({ ...b, line: ref, amount: adj.amount }));
  });
}

export function unapplied(ctx: PlanContext, clp: RemittanceClaimPayment, key: string, amount: Cents, reason: string, service?: string): void {
  ctx.plan.unapplied.push({
    patientControlNumber: clp.patientControlNumber,
    ...(clp.payerClaimControlNumber ? { payerClaimControlNumber: clp.payerClaimControlNumber } : {}),
    ...(service ? { service } : {}),
    amount,
    reason,
  });
  if (amount === 0) return;
  ctx.plan.transactions.push(
    unappliedPayment({ idempotencyKey: `${key}:unapplied`, effectiveDate: ctx.payment.paymentDate, source: sourceOf(ctx, clp), memo: reason, payerId: ctx.payment.payerId, amount }),
  );
}


/**
 * When a claim payment (or service line) that once went to unapplied cash now matches (the claim was
 * entered after the 835 was first posted), the held cash is released by reversing that posting before
 * the payment posts to the claim: otherwise the same dollars would be counted twice.
 */
export function releaseUnapplied(ctx: PlanContext, clp: RemittanceClaimPayment, key: string): void {
  const heldKey = `${key}:unapplied`;
  const releaseKey = `${heldKey}:released`;
  const held = ctx.prior.byKey.get(heldKey);
  if (!held || (ctx.prior.reversers.get(heldKey) ?? []).some((k) => k !== releaseKey)) return;
  ctx.plan.transactions.push(reverse(held, { idempotencyKey: releaseKey, effectiveDate: ctx.payment.paymentDate, source: sourceOf(ctx, clp), memo: 'unapplied cash released: the payment now matches' }));
  ctx.plan.warnings.push({ code: 'unapplied_released', patientControlNumber: clp.patientControlNumber, message: `${held.legs[0]!.amount} cents held as unapplied from this payment now post to the claim` });
}
