import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliForTest } from '../testing';

describe('openrcm era post / denials / report', () => {
  it('refuses a file that is not X12 with exit 2 and posts nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'openrcm-era-'));
    const file = join(dir, 'not.835');
    writeFileSync(file, 'hello, this is not an 835\n');
    const r = await runCliForTest(['era', 'post', file, '--data-dir', join(dir, 'db')]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain("no user 'admin'");
  });

  it('says where a broken 835 broke', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'openrcm-era-'));
    const good = readFileSync(new URL('../../workflows/fixtures/two-payments.835', import.meta.url), 'latin1');
    const file = join(dir, 'broken.835');
    writeFileSync(file, good.replace('CLP*PCN2002*4*150*', 'CLP*PCN2002*4*ABC*'));
    const r = await runCliForTest(['era', 'post', file, '--data-dir', join(dir, 'db')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.835: segment \d+ \(CLP/);
  });

  it('checks its arguments before touching the database', async () => {
    expect((await runCliForTest(['report', 'weekly'])).stderr).toContain("unknown report 'weekly'");
    expect((await runCliForTest(['report', 'ar', '--as-of', '2024-02-30'])).stderr).toContain('--as-of must be a date');
    expect((await runCliForTest(['denials', 'list', '--queue', 'manager'])).stderr).toContain('--queue must be coder or biller');
  });
});
