import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliForTest } from '../testing';

describe('openrcm claims scrub', () => {
  it('scrubs stored claims as a practice user, and says so when there is no practice yet', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'openrcm-scrub-')), 'db');
    const r = await runCliForTest(['claims', 'scrub', '--claim', 'c-1', '--data-dir', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no user 'admin'");
  });

  it('asks what to scrub when given nothing, and refuses a bad --today', async () => {
    expect((await runCliForTest(['claims', 'scrub'])).stderr).toContain('--x12 FILE.837');
    const r = await runCliForTest(['claims', 'scrub', '--x12', 'x.837', '--today', '2024-13-01']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--today must be a date');
  });
});
