import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../auth/index';
import { seedDatabase } from '../seed/index';
import { findUser, getCodes, openTestDb, testEngines } from '../store/index';
import { acceptSuggestions, codeEncounter, pendingEncounterIds, type NoteCoder } from './coding-run';

const engines = await testEngines();

/** A stand-in engine for storage tests: it suggests I10 when the note says hypertension, and asks about the diabetes type. */
const keywordCoder: NoteCoder = (text) => ({
  diagnoses: /hypertension/i.test(text) ? [{ code: 'I10', confidence: 0.9, evidence: [{ start: text.search(/hypertension/i), end: text.search(/hypertension/i) + 12, text: 'hypertension' }] }] : [],
  procedures: [{ system: 'CPT', code: '99213', confidence: 0.7, evidence: [] }],
  queries: /diabetes/i.test(text) && !/type [12]/i.test(text) ? [{ gap: 'diabetes_type', question: 'Please document the type of diabetes.' }] : [],
});

describe.each(engines)('the coding workflow on %s', (engine) => {
  let db: Awaited<ReturnType<typeof openTestDb>>;
  let coder: Actor;
  beforeAll(async () => {
    db = await openTestDb(engine);
    await seedDatabase(db, { seed: 5, patients: 20, encounters: 30 });
    const [user] = await findUser(db, 'ccoder');
    coder = { tenantId: user!.tenantId, userId: user!.id, role: 'coder' };
  });
  afterAll(async () => db.dispose());

  it('stores the engine\'s suggestions as suggested, and the coder\'s acceptance with who and when', async () => {
    const [id] = await pendingEncounterIds(db, coder, 1);
    const run = await codeEncounter(db, coder, keywordCoder, id!);
    expect(run.procedures).toBe(1);
    const before = await getCodes(db, coder, id!);
    expect(before.procedures.map((p) => p.origin)).toEqual(['suggested']);
    expect(await acceptSuggestions(db, coder, id!)).toBe(run.diagnoses + run.procedures);
    const after = await getCodes(db, coder, id!);
    expect(after.procedures[0]).toMatchObject({ origin: 'accepted', codedBy: coder.userId, code: '99213' });
    const [enc] = await db.query<{ status: string }>('SELECT status FROM encounters WHERE id = $1', [id]);
    expect(enc!.status).toBe('coded');
    const audit = await db.query("SELECT 1 FROM audit_log WHERE entity = 'encounter_codes' AND entity_id = $1 AND actor_user_id = $2", [id, coder.userId]);
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it('rejects what the coder leaves out when accepting only some codes', async () => {
    const [id] = await pendingEncounterIds(db, coder, 1);
    await codeEncounter(db, coder, keywordCoder, id!);
    await acceptSuggestions(db, coder, id!, []);
    const codes = await getCodes(db, coder, id!);
    expect(codes.procedures.map((p) => p.origin)).toEqual(['rejected']);
  });

  it('raises a provider query when the engine finds a documentation gap', async () => {
    const [doc] = await db.query<{ encounter_id: string }>(
      "SELECT d.encounter_id FROM clinical_documents d JOIN encounters e ON e.id = d.encounter_id WHERE e.status = 'new' LIMIT 1",
    );
    await db.query("UPDATE clinical_documents SET text = 'Assessment: diabetes, uncontrolled.' WHERE encounter_id = $1", [doc!.encounter_id]);
    const run = await codeEncounter(db, coder, keywordCoder, doc!.encounter_id);
    expect(run.queries).toBe(1);
    const queries = await db.query<{ gap: string; status: string; raised_by: string }>('SELECT gap, status, raised_by FROM provider_queries WHERE encounter_id = $1', [doc!.encounter_id]);
    expect(queries).toEqual([{ gap: 'diabetes_type', status: 'open', raised_by: coder.userId }]);
    const [enc] = await db.query<{ status: string }>('SELECT status FROM encounters WHERE id = $1', [doc!.encounter_id]);
    expect(enc!.status).toBe('query');
  });

  it('does not let a read-only user code', async () => {
    const [id] = await pendingEncounterIds(db, coder, 1);
    await expect(codeEncounter(db, { ...coder, role: 'read_only' }, keywordCoder, id!)).rejects.toThrow(/read_only may not coding write/);
  });
});
