import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, testEngines } from '../store/index';
import { diffReleases } from './diff';
import { checkEncounterCodes } from './encounter-check';
import { fixtureRelease2021, fixtureRelease2023, fixtureRelease2024, fixtureReleaseSet, icd10cmExcerpt } from './fixtures.testkit';

// Excerpts of the official FY2021, FY2023 and FY2024 files, each cut to the same codes
// (fixtures.testkit.ts), so what differs is what the releases changed; without ../shared/data these skip.
const missing = !icd10cmExcerpt();

describe.skipIf(missing)('year-over-year diff', () => {
  it('lists added, deleted, retitled and billable-changed codes', () => {
    const diff = diffReleases(fixtureRelease2023(), fixtureRelease2024(), { billableOnly: true });
    // FY2024 expanded G20 (Parkinson's disease): G20 became a header over five new codes
    expect(diff.added.map((a) => a.code)).toEqual(['G20.A1', 'G20.A2', 'G20.B1', 'G20.B2', 'G20.C']);
    expect(diff.billableChanged).toEqual([{ code: 'G20', title: "Parkinson's disease", wasBillable: true, isBillable: false }]);
    expect(diff.added.map((a) => a.code)).not.toContain('G20');
    // R08 is the made-up FY2023-only code of fixtures.testkit.ts
    expect(diff.deleted.map((d) => d.code)).toEqual(['R08']);
    // the FY2023 titles (XML, 7th characters expanded) and the FY2024 CSV titles agree over the whole slice
    expect(diff.retitled).toEqual([]);
  });

  it('sees a code expanded into a header, codes deleted and retitled', () => {
    const diff = diffReleases(fixtureRelease2021(), fixtureRelease2023());
    // FY2023 split T40.7 (cannabis) into T40.71 and T40.72, and expanded R05 (cough)
    expect(diff.deleted.map((d) => d.code)).toHaveLength(25);
    expect(diff.deleted.map((d) => d.code)).toEqual(expect.arrayContaining(['T40.7X', 'T40.7X1', 'T40.7X1A', 'T40.7X6S']));
    expect(diff.deleted.every((d) => d.code.startsWith('T40.7X'))).toBe(true);
    expect(diff.added.map((d) => d.code)).toEqual(expect.arrayContaining(['T40.711A', 'T40.726S', 'R05.1', 'R05.9']));
    expect(diff.billableChanged).toEqual([{ code: 'R05', title: 'Cough', wasBillable: true, isBillable: false }]);
    expect(diff.retitled.map((r) => r.code)).toEqual(['F02.8', 'F02.80']);
    expect(diff.retitled[1]!.to).toMatch(/unspecified severity, without behavioral disturbance/);
  });
});

const engines = await testEngines();

describe.skipIf(missing).each(engines)('stored encounters whose codes are not valid on their date of service (%s)', (engine) => {
  let db: Awaited<ReturnType<typeof openTestDb>>;
  const tenant = randomUUID();
  beforeAll(async () => {
    db = await openTestDb(engine);
    const patient = randomUUID();
    const provider = randomUUID();
    await db.query("INSERT INTO tenants (id, name, kind) VALUES ($1, 'Clinic', 'practice')", [tenant]);
    await db.query(
      "INSERT INTO patients (id, tenant_id, account_number, last_name, first_name, birth_date, sex, address_line1, city, state, postal_code) VALUES ($1, $2, 'A1', 'Doe', 'Jo', '1960-01-01', 'F', '1 Main St', 'Springfield', 'IL', '62701')",
      [patient, tenant],
    );
    await db.query("INSERT INTO providers (id, tenant_id, entity_type, npi, last_name_or_org) VALUES ($1, $2, 'person', '1234567893', 'Smith')", [provider, tenant]);
    const encounter = async (dos: string, codes: string[]) => {
      const id = randomUUID();
      await db.query(
        "INSERT INTO encounters (id, tenant_id, patient_id, date_of_service, setting, place_of_service, billing_provider_id, status) VALUES ($1, $2, $3, $4, 'outpatient', '11', $5, 'coded')",
        [id, tenant, patient, dos, provider],
      );
      for (const [i, code] of codes.entries()) {
        await db.query("INSERT INTO encounter_diagnoses (id, tenant_id, encounter_id, sequence, code, origin) VALUES ($1, $2, $3, $4, $5, 'manual')", [randomUUID(), tenant, id, i + 1, code]);
      }
    };
    await encounter('2023-03-01', ['G20', 'T40.7X1A', 'G20.A1']);
    await encounter('2023-11-20', ['G20.A1', 'G20', 'E11.4']);
  });
  afterAll(async () => {
    await db.dispose();
  });

  it('flags each code by the release in effect on its own date of service', async () => {
    const { checked, findings } = await checkEncounterCodes(db, fixtureReleaseSet(), { tenantId: tenant });
    expect(checked).toBe(6);
    // G20 is billable on the first date (FY2023), a header on the second (FY2024)
    expect(findings.map((f) => [f.dateOfService, f.code, f.reason])).toEqual([
      ['2023-03-01', 'T40.7X1A', 'deleted'],
      ['2023-03-01', 'G20.A1', 'not_yet_in_effect'],
      ['2023-11-20', 'G20', 'header'],
      ['2023-11-20', 'E11.4', 'header'],
    ]);
    expect(findings[2]!.suggestions).toEqual(['G20.A1', 'G20.A2', 'G20.B1', 'G20.B2', 'G20.C']);
    expect(findings[3]!.suggestions).toContain('E11.42');
  });
});
