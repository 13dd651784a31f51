// Storage adapter: posts the charges of stored claims, one charge per claim line, keyed by the line so
// posting a claim twice charges it once. Only original claims to the primary payer carry charges: a
// secondary claim or a replacement (frequency 7) bills the same services again, and charging them again
// would double revenue.
import { authorize, type Actor } from '../auth/index';
import type { CalendarDate } from '../dates/index';
import { cents } from '../money/index';
import { chargeTransaction } from './builders';
import { lockTenantLedger, postTransactionsIn, type PostResult, type Transactional } from './ledger-store';
import type { LedgerTransaction } from './transaction';
import type { Queryable } from '../store/index';

export function chargeKey(claimLineId: string): string {
  return `charge:${claimLineId}`;
}

export async function postClaimCharges(db: Transactional, actor: Actor, claimIds: readonly string[]): Promise<PostResult & { ignoredClaims: string[] }> {
  return db.transaction(async (tx) => {
    await lockTenantLedger(tx, actor.tenantId);
    const { charges, ignoredClaims } = await planClaimCharges(tx, actor, claimIds);
    return { ...(await postTransactionsIn(tx, actor, charges)), ignoredClaims };
  });
}

/**
 * The charges the claims' lines still lack (the reading half of postClaimCharges). A line charged already
 * is left out here, in the same read: usually every line is, and then nothing is built or looked up again.
 */
export async function planClaimCharges(q: Queryable, actor: Actor, claimIds: readonly string[]): Promise<{ charges: LedgerTransaction[]; ignoredClaims: string[] }> {
  authorize(actor, 'ledger.post');
  const rows = await q.query<{ claim_id: string; patient_id: string; payer_id: string | null; line_id: string; charge_cents: number; service_date: CalendarDate; chargeable: boolean; charged: boolean }>(
    `SELECT c.id AS claim_id, c.patient_id, c.payer_id, l.id AS line_id, l.charge_cents, l.service_date,
       (c.frequency_code = '1' AND c.payer_sequence = 'P') AS chargeable,
       EXISTS (SELECT 1 FROM ledger_transactions t WHERE t.tenant_id = $1 AND t.idempotency_key = $3 || l.id OFFSET 0) AS charged
     FROM claims c JOIN claim_lines l ON l.claim_id = c.id
     WHERE c.tenant_id = $1 AND c.id = ANY($2::uuid[]) ORDER BY c.id, l.line_number`,
    [actor.tenantId, claimIds, chargeKey('')],
  );
  const charges = rows
    .filter((r) => r.chargeable && !r.charged && r.charge_cents > 0)
    .map((r) => chargeTransaction({
      idempotencyKey: chargeKey(r.line_id), effectiveDate: r.service_date, amount: cents(r.charge_cents),
      line: { claimId: r.claim_id, claimLineId: r.line_id, patientId: r.patient_id, ...(r.payer_id ? { payerId: r.payer_id } : {}) },
    }));
  return { charges, ignoredClaims: [...new Set(rows.filter((r) => !r.chargeable).map((r) => r.claim_id))] };
}
