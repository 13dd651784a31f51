import { describe, expect, it } from 'vitest';
import { timelyFiling } from './timely-filing';
import { makeClaim, runEdit } from './scrub.testkit';

const medicare = { payerId: '00952', category: 'medicare' as const, timelyFilingDays: 365 };

describe('claim.timely-filing', () => {
  it('flags a claim past the payer window', () => {
    const [f] = runEdit(timelyFiling, makeClaim(), { payer: medicare, today: '2024-03-20' as never });
    expect(f).toMatchObject({ severity: 'error', path: 'statementFrom' });
    expect(f!.message).toContain('deadline 2024-03-13');
  });

  it('warns in the last 30 days and passes well within the window', () => {
    expect(runEdit(timelyFiling, makeClaim(), { payer: medicare, today: '2024-03-01' as never })[0]!.severity).toBe('warning');
    expect(runEdit(timelyFiling, makeClaim(), { payer: medicare, today: '2023-04-01' as never })).toEqual([]);
  });
});
