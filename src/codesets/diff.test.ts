import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, testEngines } from '../store/index';
import { diffReleases } from './diff';
import { checkEncounterCodes } from './encounter-check';
import { fixtureRelease2021, fixtureRelease2023, fixtureRelease2024, fixtureReleaseSet } from './fixtures.testkit';

describe('year-over-year diff', () => {
  it('lists added, deleted, retitled and billable-changed codes', () => {
    const diff = diffReleases(fixtureRelease2023(), fixtureRelease2024(), { billableOnly: true });
    expect(diff.added.map((a) => a.code)).toEqual(['E11.A', 'G63.0']);
    expect(diff.deleted.map((d) => d.code)).toContain('S72.001A');
    expect(diff.deleted.map((d) => d.code)).not.toContain('E11.9');
    expect(diff.retitled).toEqual([{ code: 'E11.9', from: 'Type 2 diabetes mellitus without complications', to: 'Type 2 diabetes mellitus, without complications' }]);
    expect(diff.billableChanged).toEqual([{ code: 'G63', title: 'Polyneuropathy in diseases classified elsewhere', wasBillable: true, isBillable: false }]);
    expect(diff.added.map((a) => a.code)).not.toContain('G63');
  });

  it('sees a header that became billable and the reverse', () => {
    const diff = diffReleases(fixtureRelease2021(), fixtureRelease2023());
    expect(diff.deleted.map((d) => d.code)).toEqual(['E11.65']);
    expect(diff.added.map((d) => d.code)).toContain('G63');
  });
});

const engines = await testEngines();

describe.each(engines)('stored encounters whose codes are not valid on their date of service (%s)', (engine) => {
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
    await encounter('2023-03-01', ['E11.9', 'S72.001A', 'E11.A']);
    await encounter('2023-11-20', ['E11.A', 'S72.001A', 'E11.4']);
  });
  afterAll(async () => {
    await db.dispose();
  });

  it('flags each code by the release in effect on its own date of service', async () => {
    const { checked, findings } = await checkEncounterCodes(db, fixtureReleaseSet(), { tenantId: tenant });
    expect(checked).toBe(6);
    expect(findings.map((f) => [f.dateOfService, f.code, f.reason])).toEqual([
      ['2023-03-01', 'E11.A', 'not_yet_in_effect'],
      ['2023-11-20', 'S72.001A', 'deleted'],
      ['2023-11-20', 'E11.4', 'header'],
    ]);
    expect(findings[2]!.suggestions).toEqual(['E11.42']);
  });
});
