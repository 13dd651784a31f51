import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '../dates/index';
import { openTestDb, testEngines } from '../store/index';
import { saveRelease } from './codeset-repository';
import { openCodeSets } from './codesets';
import { houseCptList, modifierList } from './lists/index';
import { loadStoredLists, storedList } from './list-store';

const engines = await testEngines();

describe.each(engines)('the other code lists in storage (%s)', (engine) => {
  let db: Awaited<ReturnType<typeof openTestDb>>;
  beforeAll(async () => {
    db = await openTestDb(engine);
  });
  afterAll(async () => {
    await db.dispose();
  });

  it('stores a list once, then reports it unchanged', async () => {
    expect(await saveRelease(db, storedList(modifierList()))).toBe('imported');
    expect(await saveRelease(db, storedList(modifierList()))).toBe('unchanged');
    expect(await saveRelease(db, storedList(houseCptList()))).toBe('imported');
  });

  it('rebuilds the lists as lookup providers, with their normalisation and search documents', async () => {
    const lists = await loadStoredLists(db);
    expect(lists.map((l) => l.system).sort()).toEqual(['CPT', 'MODIFIER']);
    const sets = await openCodeSets(db);
    const [modifier] = sets.show(' 25 ', { system: 'MODIFIER', dateOfService: calendarDate('2024-02-01') });
    expect(modifier).toMatchObject({ system: 'MODIFIER', code: '25', validOnDate: true });
    const cpt = lists.find((l) => l.system === 'CPT')!;
    const [doc] = [...cpt.searchDocuments()];
    expect(doc).toMatchObject({ system: 'CPT', billable: true });
  });
});
