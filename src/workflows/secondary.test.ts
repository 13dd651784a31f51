// Worked example of coordination of benefits: the primary pays 80% of the allowed amount, the 20%
// coinsurance moves to the secondary payer (not the patient), the secondary pays it, everything is zero.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim } from '../claims/index';
import { calendarDate } from '../dates/index';
import { claimBalances, patientBalances } from '../ledger/index';
import { getClaim, openTestDb, testEngines, transitionClaim, type Db } from '../store/index';
import { COMMERCIAL, MEDICARE } from './fixtures/cob-claim';
import { actor, CLAIM, era, PATIENT, seed } from './fixtures/cob-testkit';
import { postEraFile } from './post-era';

const engines = await testEngines();

describe.each(engines)('secondary claims on %s', (engine) => {
  let db: Db & { dispose(): Promise<void> };
  beforeEach(async () => {
    db = await openTestDb(engine);
    await seed(db);
  });
  afterEach(async () => {
    await db.dispose();
  });

  it('primary pays 80%, the 20% coinsurance goes to the secondary, the secondary pays it: every balance is zero', async () => {
    const received = calendarDate('2024-11-21');
    // allowed 160: paid 128, CO-45 40, PR-2 (coinsurance) 32
    const primary = era('EFT-P1', COMMERCIAL, 'CLP*NAK0001-1*1*200*128*32*12*EVG001*11*1', 'SVC*HC:99214*200*128**1', ['CAS*CO*45*40', 'CAS*PR*2*32']);
    const first = await postEraFile(db, actor, { fileName: 'primary.835', bytes: primary, receivedOn: received });
    const drafted = first.payments[0]!.secondaryClaims;
    expect(drafted.map((s) => [s.patientControlNumber, s.payer, s.movedToSecondary])).toEqual([['NAK0001-1S', MEDICARE.name, 3200]]);
    // the coinsurance is owed by Medicare now, not the patient
    expect((await patientBalances(db, actor, [PATIENT])).get(PATIENT) ?? 0).toBe(0);
    expect(await claimBalances(db, actor, [CLAIM])).toMatchObject([{ balance: 3200, payerBalance: 3200, patientBalance: 0 }]);

    const stored = (await getClaim(db, actor, 'NAK0001-1S'))!;
    const claim: Claim = stored.claim;
    expect(stored.status).toBe('draft');
    expect([claim.payerSequence, claim.payer.payerId, claim.subscriber.memberId]).toEqual(['S', MEDICARE.payerId, '1EG4TE5MK73']);
    expect(claim.otherCoverages[0]).toMatchObject({ sequence: 'P', paidAmount: 12800, remainingPatientLiability: 3200, adjudicationDate: '2024-11-20', payerClaimControlNumber: 'EVG001' });
    expect(claim.lines[0]!.priorAdjudications).toEqual([{
      payerId: COMMERCIAL.payerId, paidAmount: 12800, procedureCode: '99214', modifiers: [], paidUnits: 1, adjudicationDate: '2024-11-20',
      adjustments: [{ groupCode: 'CO', reasonCode: '45', amount: 4000 }, { groupCode: 'PR', reasonCode: '2', amount: 3200 }],
    }]);

    for (const to of ['ready', 'submitted'] as const) await transitionClaim(db, actor, drafted[0]!.claimId, to, { source: 'test' });
    // Medicare pays the coinsurance; OA-23 states what the primary settled
    const secondary = era('EFT-M1', MEDICARE, 'CLP*NAK0001-1S*2*200*32*0*MB*MCR001*11*1', 'SVC*HC:99214*200*32**1', ['CAS*OA*23*168']);
    const second = await postEraFile(db, actor, { fileName: 'secondary.835', bytes: secondary, receivedOn: received });
    expect(second.payments[0]!.statusMoves).toEqual([{ patientControlNumber: 'NAK0001-1S', from: 'submitted', to: 'paid' }]);
    expect(second.payments[0]!.secondaryClaims).toEqual([]);
    expect(await claimBalances(db, actor, [CLAIM])).toMatchObject([{ balance: 0, payerBalance: 0, patientBalance: 0, charges: 20000, payments: 16000, adjustments: 4000 }]);
    expect((await patientBalances(db, actor, [PATIENT])).get(PATIENT) ?? 0).toBe(0);
    const [lines] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id WHERE a.kind = 'receivable_claim_line' AND e.claim_id <> $1", [CLAIM]);
    expect(lines?.n).toBe(0);
  });
});
