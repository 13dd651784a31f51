// planPosting: from one 835 payment and the stored claims, the ledger transactions to store. Pure: the
// same payment and claims always give the same plan with the same keys, so replaying it stores nothing.
import { cents, sum } from '../money/index';
import { allocate } from './allocate';
import { providerLevelAdjustment } from './builders';
import { claimPaymentIdentities, numberParts, paymentKey, serviceIdentities } from './keys';
import { indexClaims, matchClaim, matchServiceLines, type ClaimIndex } from './matching';
import type { PlanContext, PostingOptions, PostingPlan, PriorIndex } from './plan-types';
import { postLine, releaseUnapplied, unapplied } from './post-line';
import type { CasAdjustment, RemittanceClaimPayment, RemittancePayment, StoredClaim } from './remittance';
import { planClaimReversal } from './reversal-plan';
import type { LedgerTransaction } from './transaction';

export function planPosting(payment: RemittancePayment, claims: readonly StoredClaim[], options: PostingOptions = {}): PostingPlan {
  const ctx: PlanContext = { payment, options, prior: indexPrior(options.priorTransactions ?? []), plan: { transactions: [], unapplied: [], denials: [], warnings: [] } };
  const ids = options.part?.claimIdentities ?? claimPaymentIdentities(payment.claims);
  const index = indexClaims(payment.tenantId, claims);
  payment.claims.forEach((clp, i) => planClaimPayment(ctx, clp, `${paymentKey(payment)}:${ids[i]!}`, index));
  if (options.part && !options.part.paymentLevel) return ctx.plan;
  planProviderAdjustments(ctx);
  if (options.part) return ctx.plan;
  const claimsPaid = sum(payment.claims.map((c) => c.paidAmount));
  const plb = sum(payment.providerAdjustments.map((a) => a.amount));
  if (claimsPaid - plb !== payment.totalPayment) {
    ctx.plan.warnings.push({
      code: 'payment_total_mismatch',
      message: `BPR02 ${payment.totalPayment} cents differs from claim payments ${claimsPaid} less provider adjustments ${plb}`,
    });
  }
  return ctx.plan;
}

function indexPrior(prior: readonly LedgerTransaction[]): PriorIndex {
  const byKey = new Map<string, LedgerTransaction>();
  const byClaim = new Map<string, LedgerTransaction[]>();
  const reversers = new Map<string, string[]>();
  for (const t of prior) {
    byKey.set(t.idempotencyKey, t);
    if (t.claimId) listIn(byClaim, t.claimId).push(t);
    if (t.reversesKey) listIn(reversers, t.reversesKey).push(t.idempotencyKey);
  }
  return { byKey, byClaim, reversers };
}

function listIn<T>(map: Map<string, T[]>, key: string): T[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

function planClaimPayment(ctx: PlanContext, clp: RemittanceClaimPayment, clpKey: string, claims: ClaimIndex): void {
  const { plan, payment } = ctx;
  const pcn = clp.patientControlNumber;
  const match = matchClaim(payment.tenantId, clp, claims);
  if (!match.claim) {
    unapplied(ctx, clp, clpKey, clp.paidAmount, match.reason);
    return;
  }
  if (match.warning) plan.warnings.push({ code: `claim_matched_by_${match.by}`, patientControlNumber: pcn, message: match.warning });
  releaseUnapplied(ctx, clp, clpKey);
  if (clp.claimStatusCode === '25') {
    plan.warnings.push({ code: 'predetermination', patientControlNumber: pcn, message: 'predetermination of benefits (CLP02 25): nothing posted' });
    return;
  }
  if (clp.claimStatusCode === '22' && planClaimReversal(ctx, clp, clpKey, match.claim)) return;
  checkClaimArithmetic(ctx, clp);
  if (clp.serviceLines.length > 0) planServiceLines(ctx, clp, clpKey, match.claim);
  else planClaimLevelPayment(ctx, clp, clpKey, match.claim);
  planClaimLevelAdjustments(ctx, clp, clpKey, match.claim);
}

function planServiceLines(ctx: PlanContext, clp: RemittanceClaimPayment, clpKey: string, claim: StoredClaim): void {
  const ids = serviceIdentities(clp.serviceLines);
  matchServiceLines(clp, claim).forEach((m, i) => {
    const svc = clp.serviceLines[i]!;
    const key = `${clpKey}:${ids[i]!}`;
    if (!m.line) {
      unapplied(ctx, clp, key, svc.paid, m.reason, `${svc.procedure.code} ${svc.serviceDate ?? ''}`.trim());
      return;
    }
    if (m.warning) ctx.plan.warnings.push({ code: `line_matched_${m.by}`, patientControlNumber: clp.patientControlNumber, message: m.warning });
    releaseUnapplied(ctx, clp, key);
    const lineAdjusted = sum(svc.adjustments.map((a) => a.amount));
    if (svc.charge - svc.paid - lineAdjusted !== 0 && clp.adjustments.length === 0) {
      ctx.plan.warnings.push({
        code: 'service_line_out_of_balance',
        patientControlNumber: clp.patientControlNumber,
        message: `${ids[i]!}: charge ${svc.charge} - paid ${svc.paid} - adjustments ${lineAdjusted} is not zero`,
      });
    }
    postLine(ctx, clp, claim, m.line, key, svc.paid, svc.adjustments, svc.remarkCodes);
  });
}

/** No SVC detail (common on institutional claims): CLP04 is spread over the lines in proportion to their charges. */
function planClaimLevelPayment(ctx: PlanContext, clp: RemittanceClaimPayment, clpKey: string, claim: StoredClaim): void {
  if (claim.lines.length === 0) {
    unapplied(ctx, clp, clpKey, clp.paidAmount, `claim ${claim.patientControlNumber} has no lines to post to`);
    return;
  }
  const shares = allocate(clp.paidAmount, claim.lines.map((l) => l.charge));
  claim.lines.forEach((line, i) => postLine(ctx, clp, claim, line, `${clpKey}:line=${line.lineItemControlNumber}`, shares[i]!, [], []));
}

/** Loop 2100 CAS: spread over the lines in proportion to their charges. */
function planClaimLevelAdjustments(ctx: PlanContext, clp: RemittanceClaimPayment, clpKey: string, claim: StoredClaim): void {
  if (clp.adjustments.length === 0 || claim.lines.length === 0) return;
  const weights = claim.lines.map((l) => l.charge);
  const perLine: CasAdjustment[][] = claim.lines.map(() => []);
  for (const adj of clp.adjustments) {
    allocate(adj.amount, weights).forEach((share, i) => {
      if (share !== 0) perLine[i]!.push({ ...adj, amount: share });
    });
  }
  claim.lines.forEach((line, i) => postLine(ctx, clp, claim, line, `${clpKey}:claim-cas:line=${line.lineItemControlNumber}`, cents(0), perLine[i]!, clp.remarkCodes));
}

function checkClaimArithmetic(ctx: PlanContext, clp: RemittanceClaimPayment): void {
  if (clp.patientResponsibility === undefined) return;
  const all = [...clp.adjustments, ...clp.serviceLines.flatMap((s) => s.adjustments)];
  const pr = sum(all.filter((a) => a.group === 'PR').map((a) => a.amount));
  if (pr !== clp.patientResponsibility) {
    ctx.plan.warnings.push({
      code: 'patient_responsibility_mismatch',
      patientControlNumber: clp.patientControlNumber,
      message: `CLP05 patient responsibility ${clp.patientResponsibility} cents differs from the PR adjustments, ${pr} cents`,
    });
  }
}

function planProviderAdjustments(ctx: PlanContext): void {
  const { payment } = ctx;
  const parts = numberParts(payment.providerAdjustments.map((a) => `plb:${a.providerIdentifier}:${a.fiscalPeriodDate ?? ''}:${a.reasonCode}:${a.referenceIdentifier ?? ''}`));
  payment.providerAdjustments.forEach((adj, i) => {
    if (adj.amount === 0) return;
    ctx.plan.transactions.push(
      providerLevelAdjustment({
        idempotencyKey: `${paymentKey(payment)}:${parts[i]!}`,
        effectiveDate: payment.paymentDate,
        source: { payerId: payment.payerId, traceNumber: payment.traceNumber, ...(payment.remittanceId ? { remittanceId: payment.remittanceId } : {}) },
        memo: `PLB ${adj.reasonCode}${adj.referenceIdentifier ? ` ${adj.referenceIdentifier}` : ''}`,
        payerId: payment.payerId,
        reason: adj.reasonCode,
        amount: adj.amount,
      }),
    );
  });
}
