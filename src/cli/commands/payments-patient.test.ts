import { describe, expect, it } from 'vitest';
import { runCliForTest } from '../testing';

describe('openrcm payments patient', () => {
  it('checks its arguments before touching the database', async () => {
    const run = async (...args: string[]) => (await runCliForTest(['payments', 'patient', 'NAK0001', ...args])).stderr;
    expect(await run('--reference', 'R1')).toContain('--amount must be a positive dollar amount');
    expect(await run('--amount=-5', '--reference', 'R1')).toContain("not '-5'");
    expect(await run('--amount', '25.00')).toContain('--reference is required');
    expect(await run('--amount', '25', '--reference', 'R1', '--method', 'barter')).toContain('--method must be one of cash, check, card, eft, other');
    expect(await run('--amount', '25', '--reference', 'R1', '--date', '2023-02-30')).toContain('--date must be a date');
  });

  it('asks why before reversing a payment', async () => {
    expect((await runCliForTest(['payments', 'reverse', 'CHK-2001'])).stderr).toContain('--reason is required');
    expect((await runCliForTest(['payments', 'reverse', 'CHK-2001', '--reason', 'returned', '--date', 'soon'])).stderr).toContain('--date must be a date');
  });
});
