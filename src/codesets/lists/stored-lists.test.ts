import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '../../dates/index';
import { openTestDb, testEngines } from '../../store/index';
import { listStoredReleases } from '../codeset-repository';
import { CODE_LIST_IMPORTERS } from './importers';
import { registerCodeLists, storedCodeLists } from './stored-lists';
import { CodeLookup } from '../lookup';

/** A folder laid out like ../shared/data/<list>/, from the fixtures and from text written here. */
function folderOf(files: Record<string, string>, written: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'openrcm-lists-'));
  for (const [fixtureName, asName] of Object.entries(files)) copyFileSync(join(import.meta.dirname, 'fixtures', fixtureName), join(dir, asName));
  for (const [asName, text] of Object.entries(written)) writeFileSync(join(dir, asName), text);
  return dir;
}

// Written here, not official: three HCPCS rows in the layout of the derived CSVs, with made-up
// attributes and descriptions (the official rows are in ../shared/data, which this test does not need).
const HCPCS_ATTRIBUTES_WRITTEN_HERE = [
  'hcpcs_code,price,multi,cov,betos,tos,action,cim,mcm,statute,lab,xref,asc_grp,proc,anes,date_term,date_added,date_asc,date_action',
  'A4397,11,A,D,D1F,P,N,,,,,,,,0,2021-12-31,2001-01-01,,2022-01-01',
  'G0008,11,A,D,O1G,1,N,,,,,,,,0,,2001-01-01,,2001-01-01',
  'J1100,11,A,D,O1E,1,N,,,,,,,,0,,2001-01-01,,2001-01-01',
  '',
].join('\n');
const HCPCS_DESCRIPTIONS_WRITTEN_HERE = [
  'hcpcs_code,hcpcs_desc_type,hcpcs_description',
  'A4397,Long,Made-up supply (test wording)',
  'G0008,Long,Made-up service (test wording)',
  'J1100,Long,"Made-up drug, per unit (test wording)"',
  '',
].join('\n');

const engines = await testEngines();

describe.each(engines)('stored code lists (%s)', (engine) => {
  let db: Awaited<ReturnType<typeof openTestDb>>;
  const dir = folderOf(
    {
      'icd10pcs-order-mini.txt': 'icd10pcs_order_2024.txt',
      'carc-rarc-mini.csv': 'carc_rarc_group_codes_2024-06.csv',
    },
    {
      'hcpcs_level2_2024_jul_attributes.csv': HCPCS_ATTRIBUTES_WRITTEN_HERE,
      'hcpcs_level2_2024_descriptions.csv': HCPCS_DESCRIPTIONS_WRITTEN_HERE,
    },
  );
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
