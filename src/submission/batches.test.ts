// Batch planning respects the 837 limits: 100 claims per subscriber, 5000 per transaction.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../claims/index';
import { planBatches, MAX_CLAIMS_PER_SUBSCRIBER } from './batches';
import type { Queryable } from '../store/index';

/** Only the fields batching reads; the rest of the claim does not matter here. */
function officeVisit(id: string, memberId = 'XJH448812901'): Claim {
  return { id, patientControlNumber: id, payer: { name: 'EVERGREEN HEALTH PLAN', payerId: '61101', claimFilingIndicator: 'CI' }, subscriber: { memberId }, billingProvider: { npi: '1234567893' } } as unknown as Claim;
}

function fakeDb(claims: Claim[]): Queryable {
  return { query: <T>() => Promise.resolve(claims.map((c) => ({ id: c.id, document: c, payer_ref: c.payer.payerId })) as T[]), exec: () => Promise.resolve() };
}

describe('planBatches', () => {
  it('spills claims of one subscriber past 100 into a second batch, keeping every claim exactly once', async () => {
    const claims = Array.from({ length: 250 }, (_, i) => officeVisit(`P${i}`));
    const other = Array.from({ length: 30 }, (_, i) => officeVisit(`Q${i}`, 'OTHER1'));
    const plans = await planBatches(fakeDb([...claims, ...other]), { tenantId: 't', userId: null, role: 'system' });
    expect(plans.map((p) => p.claims.length)).toEqual([130, 100, 50]);
    for (const p of plans) expect(p.claims.filter((c) => c.subscriber.memberId === 'XJH448812901').length).toBeLessThanOrEqual(MAX_CLAIMS_PER_SUBSCRIBER);
    expect(plans.flatMap((p) => p.claims.map((c) => c.id)).sort()).toEqual([...claims, ...other].map((c) => c.id).sort());
  });
});
