import { describe, expect, it } from 'vitest';
import { runCliForTest } from '../testing';

describe('openrcm payments plan / plans / plan-cancel', () => {
  it('checks their arguments before touching the database', async () => {
    const err = async (...args: string[]) => (await runCliForTest(['payments', ...args])).stderr;
    expect(await err('plan', 'NAK0001')).toContain('--installment must be a positive dollar amount');
    expect(await err('plan', 'NAK0001', '--installment', '0')).toContain("not '0'");
    expect(await err('plan', 'NAK0001', '--installment', '20', '--first', '2024-02-30')).toContain('--first must be a date');
    expect(await err('plans', '--date', 'tomorrow')).toContain('--date must be a date');
    expect(await err('plan-cancel', 'NAK0001')).toContain('--reason is required');
  });
});
