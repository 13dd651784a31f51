// Storage adapter: posts one 835 payment end to end in a single database transaction: load the claims it
// may pay and their ledger history, plan, post. The per-tenant lock is held from the reading to the
// writing, so two files posted at once cannot both reverse the same payment.
import { authorize, type Actor } from '../auth/index';
import { AppError } from '../errors/index';
import { claimPaymentIdentities, paymentKey, unappliedKeys } from './keys';
import { loadClaimsForPosting, loadClaimTransactions, loadTransactionsByKey } from './ledger-queries';
import { anyStoredUnder, lockTenantLedger, postTransactionsIn, type PostResult, type Transactional } from './ledger-store';
import type { PostingOptions, PostingPlan } from './plan-types';
import type { Queryable } from '../store/index';
import { planPosting } from './posting-plan';
import type { RemittancePayment } from './remittance';
import type { LedgerTransaction } from './transaction';

export interface RemittancePosting extends PostResult {
  plan: PostingPlan;
}

export async function postRemittance(
  db: Transactional, actor: Actor, payment: RemittancePayment, options: Omit<PostingOptions, 'priorTransactions'> = {},
): Promise<RemittancePosting> {
  return db.transaction(async (tx) => {
    await lockTenantLedger(tx, actor.tenantId);
    const plan = await planRemittance(tx, actor, payment, options);
    const result = await postTransactionsIn(tx, actor, plan.transactions);
    return { ...result, plan };
  });
}

/**
 * The reading and planning half of postRemittance: loads the claims the payment may pay and what planning
 * needs of their ledger history, and plans. It reads only what was stored before this payment (a part of a
 * large payment never needs an earlier part's postings), so a caller posting in parts may read the next
 * part on another connection while this one writes.
 */
export async function planRemittance(
  q: Queryable, actor: Actor, payment: RemittancePayment, options: Omit<PostingOptions, 'priorTransactions'> & { postedBefore?: boolean } = {},
): Promise<PostingPlan> {
  authorize(actor, 'ledger.post');
  if (payment.tenantId !== actor.tenantId) {
    throw new AppError('forbidden', 'ledger.tenant_mismatch', `this remittance was received for another practice than the one you are working in`);
  }
  const claims = await loadClaimsForPosting(
    q, actor,
    payment.claims.map((c) => c.patientControlNumber),
    payment.claims.flatMap((c) => (c.payerClaimControlNumber ? [c.payerClaimControlNumber] : [])),
  );
  // the claims' history but their charges (for reversals and replays) and this payment's own earlier
  // postings (unapplied cash to release)
  const byKey = new Map<string, LedgerTransaction>();
  const history = await loadClaimTransactions(q, actor, claims.map((c) => c.id), ['charge']);
  // a payment never posted before has none (one probe instead of a lookup per CLP and service line)
  const held = options.postedBefore ?? await paymentPostedBefore(q, actor, payment)
    ? await loadTransactionsByKey(q, actor, unappliedKeys(payment, options.part?.claimIdentities ?? claimPaymentIdentities(payment.claims)))
    : [];
  for (const t of [...history, ...held]) byKey.set(t.idempotencyKey, t);
  return planPosting(payment, claims, { ...options, priorTransactions: [...byKey.values()] });
}

/** The prefix every key of the payment's postings starts with. */
export function paymentKeyPrefix(payment: Pick<RemittancePayment, 'payerId' | 'traceNumber'>): string {
  return `${paymentKey(payment)}:`;
}

/** Whether anything of this payment (payer and TRN02) is stored in the ledger already: one index probe. */
export async function paymentPostedBefore(q: Queryable, actor: Actor, payment: Pick<RemittancePayment, 'payerId' | 'traceNumber'>): Promise<boolean> {
  return anyStoredUnder(q, actor.tenantId, paymentKeyPrefix(payment));
}
