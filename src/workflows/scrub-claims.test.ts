import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../auth/index';
import { calendarDate } from '../dates/index';
import { fixtureCodeSets, fixtureRules, fixtureTables, ncciExcerptPresent } from '../edits/index';
import { seedDatabase } from '../seed/index';
import { findUser, getClaim, insertCodes, openTestDb, testEngines } from '../store/index';
import { buildClaimsForEncounter } from './build-claims';
import { scrubStoredClaims, type ScrubEnvironment } from './scrub-claims';

const engines = await testEngines();

describe.each(engines)('scrubbing stored claims on %s', (engine) => {
  let db: Awaited<ReturnType<typeof openTestDb>>;
  let biller: Actor;
  const env: ScrubEnvironment = { codeSets: fixtureCodeSets(), tables: fixtureTables(), rules: fixtureRules(), today: calendarDate('2023-01-31') };

  beforeAll(async () => {
    db = await openTestDb(engine);
    await seedDatabase(db, { seed: 11, patients: 30, encounters: 40 });
    const [user] = await findUser(db, 'bbiller');
    biller = { tenantId: user!.tenantId, userId: user!.id, role: 'biller' };
  });
  afterAll(async () => db.dispose());

  /** Codes an insured patient's encounter as a coder would, then builds its claim. */
  async function claimFor(diagnoses: string[], procedures: { code: string; modifiers?: string[] }[]): Promise<string> {
    const [enc] = await db.query<{ id: string; patient_id: string }>(
      `SELECT e.id, e.patient_id FROM encounters e JOIN coverages c ON c.patient_id = e.patient_id AND c.priority = 1
       WHERE e.status = 'new' AND c.effective_to IS NULL AND c.effective_from <= e.date_of_service
         AND e.date_of_service BETWEEN '2023-01-01' AND '2023-01-31' ORDER BY e.date_of_service, e.id LIMIT 1`,
    );
    const coder: Actor = { ...biller, role: 'coder' };
    await insertCodes(
      db, coder, enc!.patient_id,
      diagnoses.map((code, i) => ({ id: randomUUID(), tenantId: biller.tenantId, encounterId: enc!.id, sequence: i + 1, code, origin: 'accepted' })),
      procedures.map((p, i) => ({
        id: randomUUID(), tenantId: biller.tenantId, encounterId: enc!.id, sequence: i + 1, codeSystem: 'CPT', code: p.code,
        modifiers: p.modifiers ?? [], units: 1, unitMeasure: 'UN', diagnosisPointers: [1], origin: 'accepted',
      })),
    );
    await db.query("UPDATE encounters SET status = 'coded' WHERE id = $1", [enc!.id]);
    const built = await buildClaimsForEncounter(db, biller, enc!.id);
    return built.claimIds[0]!;
  }

  it('moves a claim that passes every edit to ready', async () => {
    const id = await claimFor(['E11.9'], [{ code: '99213' }]);
    const report = await scrubStoredClaims(db, biller, env, [id]);
    expect(report.results[0]!.findings).toEqual([]);
    expect(report.results[0]).toMatchObject({ status: 'ready', clean: true });
    expect((await getClaim(db, biller, id))!.history.map((h) => h.to)).toEqual(['draft', 'ready']);
  });

  it.skipIf(!ncciExcerptPresent())('holds a claim that breaks an NCCI pair, with the finding and its fix stored', async () => {
    const id = await claimFor(['E11.9'], [{ code: '99213' }, { code: '20610' }]);
    const report = await scrubStoredClaims(db, biller, env, [id]);
    expect(report.results[0]!.status).toBe('held');
    const stored = await getClaim(db, biller, id);
    const ptp = stored!.findings.find((f) => f.editId === 'ncci.ptp');
    expect(ptp).toMatchObject({ severity: 'error' });
    expect(ptp!.suggestedFix).toBeTruthy();
    expect(stored!.status).toBe('held');
  });

  it('releases the held claim once the coder adds modifier 25, and keeps findings from the build', async () => {
    const id = await claimFor(['E11.9'], [{ code: '99213', modifiers: ['25'] }, { code: '20610' }]);
    const report = await scrubStoredClaims(db, biller, env, [id]);
    expect(report.results[0]!.findings.filter((f) => f.editId === 'ncci.ptp')).toEqual([]);
    expect(report.summary.claims).toBe(1);
  });
});
