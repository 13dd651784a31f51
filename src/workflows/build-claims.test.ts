import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Actor } from '../auth/index';
import { calendarDate } from '../dates/index';
import type { CodedDiagnosis, CodedProcedure } from '../encounters/index';
import { seedDatabase } from '../seed/index';
import { getClaim, insertCodes, listClaims, openTestDb, testEngines, transitionClaim } from '../store/index';
import { buildClaimsForEncounter } from './build-claims';

const engines = await testEngines();

describe.each(engines)('building stored claims on %s', (engine) => {
  let db: Awaited<ReturnType<typeof openTestDb>>;
  let actor: Actor;
  beforeAll(async () => {
    db = await openTestDb(engine);
    const seed = await seedDatabase(db, { seed: 3, patients: 40, encounters: 60 });
    actor = { ...systemActor(seed.tenantId), role: 'biller' };
  });
  afterAll(async () => db.dispose());

  async function codeEncounter(where: string): Promise<{ id: string; patient_id: string }> {
    const [enc] = await db.query<{ id: string; patient_id: string }>(
      `SELECT e.id, e.patient_id FROM encounters e WHERE ${where} AND e.status = 'new' ORDER BY e.date_of_service, e.id LIMIT 1`,
    );
    const coder: Actor = { ...actor, role: 'coder' };
    const dx = (sequence: number, code: string): CodedDiagnosis => ({ id: randomUUID(), tenantId: actor.tenantId, encounterId: enc!.id, sequence, code, origin: 'accepted' });
    const px = (sequence: number, code: string, pointers: number[]): CodedProcedure => ({
      id: randomUUID(), tenantId: actor.tenantId, encounterId: enc!.id, sequence, codeSystem: 'CPT', code, modifiers: [], units: 1, unitMeasure: 'UN',
      diagnosisPointers: pointers, serviceDate: calendarDate('2023-01-01'), origin: 'accepted',
    });
    await insertCodes(db, coder, enc!.patient_id, [dx(1, 'I10'), dx(2, 'E78.5')], [px(1, '99213', [1, 2])]);
    await db.query("UPDATE encounters SET status = 'coded' WHERE id = $1", [enc!.id]);
    return enc!;
  }

  it('stores a draft claim for a coded encounter with an insured patient', async () => {
    const enc = await codeEncounter("EXISTS (SELECT 1 FROM coverages c WHERE c.patient_id = e.patient_id AND c.priority = 1 AND c.effective_to IS NULL AND c.effective_from <= e.date_of_service)");
    const summary = await buildClaimsForEncounter(db, actor, enc.id);
    expect(summary.held).toBe(false);
    const stored = await getClaim(db, actor, summary.claimIds[0]!);
    expect(stored).toMatchObject({ status: 'draft', claim: { diagnoses: [{ code: 'I10' }, { code: 'E785' }], lines: [{ procedureCode: '99213', diagnosisPointers: [1, 2] }] } });
    expect(stored!.claim.totalCharge).toBeGreaterThan(0);
    expect(stored!.history.map((h) => h.to)).toEqual(['draft']);
    const [enc2] = await db.query<{ status: string }>('SELECT status FROM encounters WHERE id = $1', [enc.id]);
    expect(enc2!.status).toBe('billed');
  });

  it('holds the claim of a patient with no insurance, saying why, instead of dropping it', async () => {
    const enc = await codeEncounter('NOT EXISTS (SELECT 1 FROM coverages c WHERE c.patient_id = e.patient_id)');
    const summary = await buildClaimsForEncounter(db, actor, enc.id);
    expect(summary.held).toBe(true);
    const stored = await getClaim(db, actor, summary.claimIds[0]!);
    expect(stored!.status).toBe('held');
    expect(stored!.findings.map((f) => f.editId)).toContain('billing.no_coverage');
    expect(stored!.history.map((h) => h.to)).toEqual(['draft', 'held']);
    expect((await listClaims(db, actor, { status: 'held' })).map((c) => c.claim.id)).toContain(summary.claimIds[0]);
  });

  it('refuses an illegal transition and records every legal one', async () => {
    const [held] = await listClaims(db, actor, { status: 'held' });
    await expect(transitionClaim(db, actor, held!.claim.id, 'paid', { source: 'test' })).rejects.toThrow(/held cannot become paid/);
    await transitionClaim(db, actor, held!.claim.id, 'ready', { source: 'test', reason: 'coverage added' });
    const stored = await getClaim(db, actor, held!.claim.id);
    expect(stored!.history.map((h) => [h.to, h.source])).toEqual([['draft', 'build'], ['held', 'build'], ['ready', 'test']]);
    await expect(db.query("UPDATE claim_status_history SET to_status = 'paid'")).rejects.toThrow(/append-only/);
  });
});
