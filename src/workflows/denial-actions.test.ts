import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calendarDate } from '../dates/index';
import { getClaim, openTestDb, testEngines, type Db } from '../store/index';
import { appealDeniedClaim, voidDeniedClaim } from './denial-actions';
import { COMMERCIAL } from './fixtures/cob-claim';
import { actor, CLAIM, era, seed } from './fixtures/cob-testkit';
import { postEraFile } from './post-era';

const engines = await testEngines();
const received = calendarDate('2024-11-21');
// denied: missing information (CO-16) with the remark saying what (N290 rendering provider)
const denial = era('EFT-D1', COMMERCIAL, 'CLP*NAK0001-1*4*200*0*0*12*EVG777*11*1', 'SVC*HC:99214*200*0**1', ['CAS*CO*16*200', 'LQ*HE*N290']);

describe.each(engines)('working a denied claim on %s', (engine) => {
  let db: Db & { dispose(): Promise<void> };
  beforeEach(async () => {
    db = await openTestDb(engine);
    await seed(db);
    await postEraFile(db, actor, { fileName: 'denial.835', bytes: denial, receivedOn: received });
  });
  afterEach(async () => {
    await db.dispose();
  });

  it('an appeal letter names the claim, the payer claim number, the CARC/RARC and the deadline, as text and PDF; the claim is appealed', async () => {
    const r = await appealDeniedClaim(db, actor, 'NAK0001-1', calendarDate('2024-11-25'));
    expect(r.text).toContain('EVERGREEN HEALTH PLAN');
    expect(r.text).toContain('payer claim number EVG777');
    expect(r.text).toContain('99214: CARC 16, RARC N290, $200.00');
    expect(r.text).toContain('KEN NAKAMURA');
    expect(r.appealBy).toBe('2025-03-20'); // 2024-11-20 + 120 days
    expect(Buffer.from(r.pdf.slice(0, 5)).toString()).toBe('%PDF-');
    expect((await getClaim(db, actor, CLAIM))?.status).toBe('appealed');
    await expect(appealDeniedClaim(db, actor, 'NAK0001-1', calendarDate('2024-11-26'))).rejects.toMatchObject({ code: 'denials.nothing_to_appeal' });
  });

  it('a void is a frequency-8 claim naming the payer claim number, linked to the original, which becomes voided', async () => {
    const v = await voidDeniedClaim(db, actor, 'NAK0001-1');
    const stored = (await getClaim(db, actor, v.claimId))!;
    expect([stored.claim.frequencyCode, stored.claim.payerClaimControlNumber, stored.originalClaimId, stored.status]).toEqual(['8', 'EVG777', CLAIM, 'draft']);
    expect((await getClaim(db, actor, CLAIM))?.status).toBe('voided');
  });
});
