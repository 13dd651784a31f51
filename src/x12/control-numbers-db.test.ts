import { afterEach, describe, expect, it } from 'vitest';
import { openTestDb, testEngines } from '../store/index';
import { DbControlNumbers } from './control-numbers-db';

const engines = await testEngines();

describe.each(engines)('DbControlNumbers on %s', (engine) => {
  let dispose: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await dispose?.();
    dispose = undefined;
  });

  it('counts up from 1 per scope and sender, and never hands out a number twice under concurrency', async () => {
    const db = await openTestDb(engine);
    dispose = () => db.dispose();
    const a = new DbControlNumbers(db);
    const b = new DbControlNumbers(db);
    expect(await a.next('ISA', 'OPENRCM')).toBe(1);
    expect(await b.next('ISA', 'OPENRCM')).toBe(2);
    expect(await a.next('GS', 'OPENRCM')).toBe(1);
    expect(await a.next('ISA', 'OTHER')).toBe(1);
    const many = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).next('ST', 'OPENRCM')));
    expect(new Set(many).size).toBe(40);
    expect(Math.max(...many)).toBe(40);
  });
});
