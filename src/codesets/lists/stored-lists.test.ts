import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '../../dates/index';
import { openTestDb, testEngines } from '../../store/index';
import { listStoredReleases } from '../codeset-repository';
import { CODE_LIST_IMPORTERS } from './importers';
import { registerCodeLists, storedCodeLists } from './stored-lists';
import { CodeLookup } from '../lookup';

/** A folder laid out like ../shared/data/<list>/, from the fixtures. */
function folderOf(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'openrcm-lists-'));
  for (const [fixtureName, asName] of Object.entries(files)) copyFileSync(join(import.meta.dirname, 'fixtures', fixtureName), join(dir, asName));
  return dir;
}

const engines = await testEngines();

describe.each(engines)('stored code lists (%s)', (engine) => {
  let db: Awaited<ReturnType<typeof openTestDb>>;
  const dir = folderOf({
    'hcpcs-attributes-mini.csv': 'hcpcs_level2_2024_jul_attributes.csv',
    'hcpcs-descriptions-mini.csv': 'hcpcs_level2_2024_descriptions.csv',
    'icd10pcs-order-mini.txt': 'icd10pcs_order_2024.txt',
    'carc-rarc-mini.csv': 'carc_rarc_group_codes_2024-06.csv',
  });
  beforeAll(async () => {
    db = await openTestDb(engine);
  });
  afterAll(async () => {
    await db.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const importAll = async () => {
    const out = [];
    for (const importer of CODE_LIST_IMPORTERS) if (importer.plan(dir).length > 0) out.push(...(await importer.run(db, dir, {})));
    return out;
  };

  it('imports each list found in a folder as a release with its window', async () => {
    const outcomes = await importAll();
    expect(outcomes.map((o) => [o.system, o.release, o.outcome, o.codeCount])).toEqual([
      ['HCPCS', 'HCPCS 2024 jul', 'imported', 3],
      ['ICD10PCS', 'FY2024', 'imported', 3],
      ['CARC', 'carc_rarc_group_codes_2024-06', 'imported', 3],
      ['RARC', 'carc_rarc_group_codes_2024-06', 'imported', 2],
      ['CAGC', 'carc_rarc_group_codes_2024-06', 'imported', 2],
    ]);
    const stored = await listStoredReleases(db);
    expect(stored.find((r) => r.system === 'HCPCS')).toMatchObject({ effectiveFrom: '2024-07-01', effectiveTo: null, codeCount: 3 });
    expect(stored.find((r) => r.system === 'ICD10PCS')).toMatchObject({ effectiveFrom: '2023-10-01', effectiveTo: '2024-09-30', billableCount: 2 });
  });

  it('does nothing when the same files are imported again', async () => {
    expect((await importAll()).map((o) => o.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged', 'unchanged']);
  });

  it('reads the lists back with their date windows and search documents', async () => {
    const lists = await storedCodeLists(db);
    const by = new Map(lists.map((l) => [l.system, l]));
    expect([...by.keys()]).toEqual(['HCPCS', 'ICD10PCS', 'CARC', 'RARC', 'CAGC']);
    expect(by.get('HCPCS')!.lookup('a4397', calendarDate('2022-02-01'))).toMatchObject({ validOnDate: false, release: 'HCPCS 2024 jul' });
    expect(by.get('CARC')!.lookup('15', calendarDate('2018-05-01'))?.validOnDate).toBe(false);
    expect([...by.get('ICD10PCS')!.searchDocuments()].map((d) => d.code)).toEqual(['001', '0016070', '0DTJ4ZZ']);
  });

  it('registers the stored lists, the modifiers and the house CPT list with the one lookup API', async () => {
    const lookup = new CodeLookup();
    await registerCodeLists(db, lookup);
    expect(lookup.lookup('J1100').map((i) => i.system)).toEqual(['HCPCS']);
    expect(lookup.lookup('59', { system: 'MODIFIER' })[0]?.details).toMatchObject({ ncci: 'bypass' });
    expect(lookup.lookup('99213')[0]).toMatchObject({ system: 'CPT', details: { feeCents: 15000 } });
  });
});
