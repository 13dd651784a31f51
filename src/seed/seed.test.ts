import { afterAll, describe, expect, it } from 'vitest';
import { isValidNpi } from '../practice/index';
import { openTestDb, testEngines } from '../store/index';
import { seedDatabase, type SeedSummary } from './index';

const engines = await testEngines();
const OPTIONS = { seed: 7, patients: 150, encounters: 400 };

describe.each(engines)('the synthetic practice on %s', (engine) => {
  const dbs: Awaited<ReturnType<typeof openTestDb>>[] = [];
  const seedInto = async (options = OPTIONS): Promise<[SeedSummary, (typeof dbs)[number]]> => {
    const db = await openTestDb(engine);
    dbs.push(db);
    return [await seedDatabase(db, options), db];
  };
  afterAll(async () => {
    for (const db of dbs) await db.dispose();
  });

  it('is the same practice, row for row, every time the same seed is used', async () => {
    const [first] = await seedInto();
    const [second] = await seedInto();
    expect(second.digest).toBe(first.digest);
    const [other] = await seedInto({ ...OPTIONS, seed: 8 });
    expect(other.digest).not.toBe(first.digest);
  });

  it('gives every note its gold codes, every patient a chart and every encounter a note', async () => {
    const [summary, db] = await seedInto();
    expect(summary).toMatchObject({ patients: 150, encounters: 400, notes: 400 });
    const [counts] = await db.query<{ docs: number; without_gold: number; without_dx: number; enc: number }>(
      `SELECT count(*)::int AS docs,
              count(*) FILTER (WHERE gold_codes IS NULL OR jsonb_array_length(gold_codes) = 0)::int AS without_gold,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(gold_codes) g WHERE g->>'system' = 'ICD10CM'))::int AS without_dx,
              (SELECT count(*)::int FROM encounters) AS enc
       FROM clinical_documents`,
    );
    expect(counts).toEqual({ docs: 400, without_gold: 0, without_dx: 0, enc: 400 });
  });

  it('builds a practice a payer would recognise: valid NPIs, primary and secondary coverage, dates in FY2023', async () => {
    const [summary, db] = await seedInto();
    const npis = await db.query<{ npi: string }>('SELECT npi FROM providers');
    expect(npis.every((r) => isValidNpi(r.npi))).toBe(true);
    expect(summary.secondaryCoverages).toBeGreaterThan(0);
    const [range] = await db.query<{ min: string; max: string }>('SELECT min(date_of_service)::text AS min, max(date_of_service)::text AS max FROM encounters');
    expect(range!.min >= '2022-10-01' && range!.max <= '2023-09-30').toBe(true);
    const [unborn] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM encounters e JOIN patients p ON p.id = e.patient_id WHERE e.date_of_service <= p.birth_date');
    expect(unborn!.n).toBe(0);
    const categories = await db.query<{ category: string }>('SELECT DISTINCT category FROM payers ORDER BY category');
    expect(categories.map((r) => r.category)).toEqual(['commercial', 'medicaid', 'medicare', 'self_pay']);
  });

  it('records every patient, coverage, encounter and note it writes in the audit log', async () => {
    const [summary, db] = await seedInto();
    const rows = await db.query<{ entity: string; n: number }>(
      "SELECT entity, count(*)::int AS n FROM audit_log WHERE action = 'create' GROUP BY entity ORDER BY entity",
    );
    expect(rows).toEqual([
      { entity: 'clinical_document', n: 400 },
      { entity: 'coverage', n: summary.coverages },
      { entity: 'encounter', n: 400 },
      { entity: 'patient', n: 150 },
    ]);
  });

  it('refuses to seed the same practice twice into one database', async () => {
    const [, db] = await seedInto();
    await expect(seedDatabase(db, OPTIONS)).rejects.toThrow(/already holds the practice seeded with --seed 7/);
  });
});
