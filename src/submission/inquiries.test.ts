// Eligibility (270 → 271) and claim status (276 → 277) against the simulator over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../auth/index';
import type { CalendarDate } from '../dates/index';
import { DEFAULT_RULES, PayerSimulator, startHttpServer, type Roster, type RunningServer } from '../payer-sim/index';
import { openTestDb, testEngines } from '../store/index';
import { readyClaims } from './fixtures/ready-claims';
import { checkEligibility, claimStatus, fetchResponses, HttpTransport, submitReadyClaims, tradingPartnerFor } from './index';

const engines = await testEngines();
const NOW = new Date('2023-11-01T12:00:00Z');

describe.each(engines)('inquiries on %s', (engine) => {
  let db: Awaited<ReturnType<typeof openTestDb>>;
  let actor: Actor;
  let claimIds: string[];
  let roster: Roster;
  let server: RunningServer;
  beforeAll(async () => {
    db = await openTestDb(engine);
    ({ actor, claimIds, roster } = await readyClaims(db, 3, 21));
    server = await startHttpServer(new PayerSimulator({ ...DEFAULT_RULES, timelyFilingDays: 3650 }, roster, new Map()));
  });
  afterAll(async () => {
    await server.close();
    await db.dispose();
  });

  it('checks eligibility for the encounter, stores it with the encounter, and estimates the patient share of its charges', async () => {
    const [enc] = await db.query<{ encounter_id: string; patient_id: string; dos: string; total: number }>(
      `SELECT ce.encounter_id, c.patient_id, c.statement_from AS dos, c.total_charge_cents AS total FROM claims c JOIN claim_encounters ce ON ce.claim_id = c.id WHERE c.id = $1`, [claimIds[0]]);
    const t = new HttpTransport(server.url);
    const check = await checkEligibility(db, actor, t, await tradingPartnerFor(db, actor), { patientId: enc!.patient_id, dateOfService: enc!.dos as CalendarDate, encounterId: enc!.encounter_id, now: NOW });
    expect(check.result.status).toBe('active');
    expect(check.result.deductible.individual).toMatchObject({ total: DEFAULT_RULES.defaultPlan.deductible, remaining: DEFAULT_RULES.defaultPlan.deductible });
    expect(check.result.coinsuranceBasisPoints).toBe(DEFAULT_RULES.defaultPlan.coinsuranceBasisPoints);
    expect(check.charges).toBe(enc!.total);
    expect(check.estimate!.total).toBe(check.estimate!.copay + check.estimate!.deductible + check.estimate!.coinsurance);
    expect(check.estimate!.total).toBeGreaterThan(0);
    const [row] = await db.query<{ status: string; encounter_id: string }>('SELECT status, encounter_id FROM eligibility_checks WHERE id = $1', [check.id]);
    expect(row).toEqual({ status: 'active', encounter_id: enc!.encounter_id });
  });

  it('reports a claim the payer has not seen as not found, then as finalized with the payment once adjudicated', async () => {
    const t = new HttpTransport(server.url);
    const partner = await tradingPartnerFor(db, actor);
    const before = await claimStatus(db, actor, t, partner, claimIds[1]!, NOW);
    expect(before.claims[0]!.statuses[0]!.statuses[0]!.categoryCode).toBe('A4');
    await submitReadyClaims(db, actor, t, { partner, now: NOW });
    await fetchResponses(db, actor, t);
    const after = await claimStatus(db, actor, t, partner, claimIds[1]!, NOW);
    const [claim] = await db.query<{ icn: string }>('SELECT payer_claim_control_number AS icn FROM claims WHERE id = $1', [claimIds[1]]);
    expect(after.claims[0]!.payerClaimControlNumber).toBe(claim!.icn);
    expect(['F1', 'F2']).toContain(after.claims[0]!.statuses[0]!.statuses[0]!.categoryCode);
  });
});
