import { describe, expect, it } from 'vitest';
import { runCliForTest } from '../testing';

describe('openrcm statements run', () => {
  it('checks its arguments before touching the database', async () => {
    const run = async (...args: string[]) => (await runCliForTest(['statements', 'run', ...args])).stderr;
    expect(await run('--date', '2024-13-01')).toContain('--date must be a date');
    expect(await run('--minimum', 'five')).toContain("--minimum must be a dollar amount such as 5.00, not 'five'");
    expect(await run('--cycle', '0')).toContain('--cycle must be a whole number from 1 to 365');
    expect(await run('ACCOUNT')).toMatch(/unexpected|too many|argument/i);
  });

  it('checks the overdue list\'s arguments too', async () => {
    const run = async (...args: string[]) => (await runCliForTest(['statements', 'overdue', ...args])).stderr;
    expect(await run('--grace=-1')).toContain('--grace must be a whole number from 0 to 365');
    expect(await run('--date', 'soon')).toContain('--date must be a date');
  });

  it('asks whose statements to show', async () => {
    const r = await runCliForTest(['statements', 'show']);
    expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(/ACCOUNT|argument/)]);
  });
});
