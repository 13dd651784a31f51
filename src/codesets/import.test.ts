import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '../dates/index';
import { openTestDb, testEngines } from '../store/index';
import { listStoredReleases, saveRelease } from './codeset-repository';
import { findCode } from './code-table';
import { DRUG_FILE, icd10cmExcerpt, INDEX_FILE, NEOPLASM_FILE, TABULAR_FILE } from './fixtures.testkit';
import { importFolder, importIcd10cmFolder } from './import';
import { loadIcd10cmReleases } from './release-store';
import { validateCode } from './validate';

// A temporary folder with excerpts of the official FY2021, FY2023 and FY2024 files under their official
// names (fixtures.testkit.ts); without ../shared/data these tests skip.
const excerpt = icd10cmExcerpt();
const engines = await testEngines();

describe.skipIf(!excerpt).each(engines)('codes import on %s', (engine) => {
  let db: Awaited<ReturnType<typeof openTestDb>>;
  beforeAll(async () => {
    db = await openTestDb(engine);
  });
  afterAll(async () => {
    await db.dispose();
  });

  it('imports each fiscal year of a folder side by side, with its effective window', async () => {
    const outcomes = await importIcd10cmFolder(db, excerpt!.dir);
    expect(outcomes.map((o) => [o.release, o.outcome])).toEqual([
      ['FY2021', 'imported'],
      ['FY2023', 'imported'],
      ['FY2024', 'imported'],
    ]);
    expect(outcomes[1]!.files).toEqual(expect.arrayContaining([TABULAR_FILE, INDEX_FILE, DRUG_FILE, NEOPLASM_FILE]));
    const stored = await listStoredReleases(db, 'ICD10CM');
    expect(stored.map((r) => [r.release, r.effectiveFrom, r.effectiveTo])).toEqual([
      ['FY2021', '2020-10-01', '2021-09-30'],
      ['FY2023', '2022-10-01', '2023-09-30'],
      ['FY2024', '2023-10-01', '2024-09-30'],
    ]);
    const [row] = await db.query<{ title: string; billable: boolean }>(
      "SELECT title, billable FROM code_set_codes WHERE system = 'ICD10CM' AND release = 'FY2023' AND code = 'T360X1A'",
    );
    expect(row).toEqual({ title: 'Poisoning by penicillins, accidental (unintentional), initial encounter', billable: true });
  });

  it('re-importing the same release is a no-op', async () => {
    const before = await listStoredReleases(db, 'ICD10CM');
    const again = await importFolder(db, excerpt!.root, []);
    expect(again.map((o) => o.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(await listStoredReleases(db, 'ICD10CM')).toEqual(before);
  });

  it('rebuilds the in-memory releases from storage, notes and index included', async () => {
    const releases = await loadIcd10cmReleases(db);
    expect(releases.releases.map((r) => r.label)).toEqual(['FY2021', 'FY2023', 'FY2024']);
    const fy2023 = releases.byFiscalYear(2023)!;
    expect(fy2023.tabular?.nodeOf.has('S72001')).toBe(true);
    expect(fy2023.index?.mainTerms.length).toBe(9);
    expect(fy2023.drugTable?.substances.length).toBe(2);
    const light = await loadIcd10cmReleases(db, ['codes']);
    expect(light.byFiscalYear(2023)?.tabular).toBeUndefined();
    expect(findCode(light.byFiscalYear(2023)!.table, 'S020XXA')?.billable).toBe(true);
    expect(findCode(fy2023.table, 'S020XXA')?.billable).toBe(true);
    expect(validateCode(releases, 'G20.A1', calendarDate('2024-01-15'))).toMatchObject({ status: 'billable' });
    expect(validateCode(releases, 'G20.A1', calendarDate('2023-01-15'))).toMatchObject({ reason: 'not_yet_in_effect' });
  });

  it('a failure while writing rolls the whole release back', async () => {
    const rows = Array.from({ length: 25_000 }, (_, i) => ({ code: `Z${String(i).padStart(5, '0')}`, title: i === 24_000 ? (null as unknown as string) : 'x', billable: true }));
    const broken = { system: 'ICD10CM' as const, release: 'FY2030', window: { from: calendarDate('2029-10-01'), to: calendarDate('2030-09-30') }, contentHash: 'h', sources: [], codes: rows, snapshot: { format: 'x', parts: [] } };
    await expect(saveRelease(db, broken)).rejects.toThrow();
    expect((await listStoredReleases(db, 'ICD10CM')).map((r) => r.release)).not.toContain('FY2030');
    const [count] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM code_set_codes WHERE release = 'FY2030'");
    expect(count!.n).toBe(0);
  });

  it('a truncated file stops the import of its release, and nothing of that release is stored', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'openrcm-codes-'));
    const xml = excerpt!.tabularXml;
    writeFileSync(join(dir, 'icd10cm_tabular_2022.xml'), xml.slice(0, Math.floor(xml.length * 0.6)));
    writeFileSync(join(dir, 'icd10cm_codes_2025_excerpt.csv'), excerpt!.codesCsv);
    await expect(importIcd10cmFolder(db, dir, { fiscalYear: 2022 })).rejects.toThrow(/icd10cm_tabular_2022\.xml:\d+: file ends inside/);
    const stored = await listStoredReleases(db, 'ICD10CM');
    expect(stored.map((r) => r.release)).not.toContain('FY2022');
    const [count] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM code_set_codes WHERE release = 'FY2022'");
    expect(count!.n).toBe(0);
  });
});
