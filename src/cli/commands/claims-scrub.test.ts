import { describe, expect, it } from 'vitest';
import { runCliForTest } from '../testing';

describe('openrcm claims scrub', () => {
  it('says the stored-claim form is not wired yet (usage error, exit 2)', async () => {
    const r = await runCliForTest(['claims', 'scrub', '--claim', 'c-1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not wired to the claims storage yet; use --x12 FILE.837');
  });

  it('asks what to scrub when given nothing, and refuses a bad --today', async () => {
    expect((await runCliForTest(['claims', 'scrub'])).stderr).toContain('--x12 FILE.837');
    const r = await runCliForTest(['claims', 'scrub', '--x12', 'x.837', '--today', '2024-13-01']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--today must be a date');
  });
});
