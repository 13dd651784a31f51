// Releases stored before migration 0011 (snapshot payload as bytea) still load after it (base64 text).
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundledMigrations, migrate, openDb, testConfig, testEngines } from '../store/index';
import { fixtureRelease2023, icd10cmExcerpt } from './fixtures.testkit';
import { loadIcd10cmReleases } from './release-store';
import { snapshotParts, toSnapshot } from './snapshot';
import { findCode } from './code-table';

const engines = await testEngines();

// The release stored is built from an excerpt of the official FY2023 files (fixtures.testkit.ts);
// without ../shared/data this skips.
describe.skipIf(!icd10cmExcerpt()).each(engines)('migration 0011 on %s', (engine) => {
  it('converts bytea snapshots to base64 text without losing them', async () => {
    const all = bundledMigrations();
    const config = testConfig(engine);
    const db = await openDb(config, { migrations: all.filter((m) => m.version <= 10) });
    try {
      const release = fixtureRelease2023();
      await db.query(
        "INSERT INTO code_set_releases (system, release, fiscal_year, effective_from, effective_to, content_hash, sources, code_count, billable_count) VALUES ('ICD10CM', 'FY2023', 2023, '2022-10-01', '2023-09-30', 'h', '[]', 1, 1)",
      );
      for (const [part, value] of snapshotParts(toSnapshot(release))) {
        await db.query("INSERT INTO code_set_snapshots (system, release, part, format, payload) VALUES ('ICD10CM', 'FY2023', $1, 'icd10cm-release/2', $2)", [
          part,
          gzipSync(JSON.stringify(value)),
        ]);
      }
      await migrate(db, all);
      const loaded = await loadIcd10cmReleases(db);
      expect(findCode(loaded.byFiscalYear(2023)!.table, 'T360X1A')?.billable).toBe(true);
      expect(loaded.byFiscalYear(2023)!.index?.mainTerms.length).toBe(release.index!.mainTerms.length);
    } finally {
      if (config.engine === 'postgres' && config.schema) await db.exec(`DROP SCHEMA IF EXISTS "${config.schema}" CASCADE`);
      await db.close();
    }
  });
});
