// Storage adapter: posts one 835 payment end to end in a single database transaction: load the claims it
// may pay and their ledger history, plan, post. The per-tenant lock is held from the reading to the
// writing, so two files posted at once cannot both reverse the same payment.
import { authorize, type Actor } from '../auth/index';
import { AppError } from '../errors/index';
import { claimPaymentIdentities, unappliedKeys } from './keys';
import { loadClaimsForPosting, loadClaimTransactions, loadTransactionsByKey } from './ledger-queries';
import { lockTenantLedger, postTransactionsIn, type PostResult, type Transactional } from './ledger-store';
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
  q: Queryable, actor: Actor, payment: RemittancePayment, options: Omit<PostingOptions, 'priorTransactions'> = {},
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
  const held = unappliedKeys(payment, options.part?.claimIdentities ?? claimPaymentIdentities(payment.claims));
  const history = await loadClaimTransactions(q, actor, claims.map((c) => c.id), ['charge']);
  for (const t of [...history, ...(await loadTransactionsByKey(q, actor, held))]) byKey.set(t.idempotencyKey, t);
  return planPosting(payment, claims, { ...options, priorTransactions: [...byKey.values()] });
}
