// The `codes` commands end to end on an embedded database imported from excerpts of the official
// ICD-10-CM files, read from ../shared/data at test time (codesets/fixtures.testkit.ts). Without
// ../shared/data these tests skip.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { icd10cmExcerpt } from '../../codesets/index';
import { runCli } from '../run';

const excerpt = icd10cmExcerpt();
const dataDir = mkdtempSync(join(tmpdir(), 'openrcm-cli-codes-'));

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const sink = (add: (s: string) => void) => new Writable({ write: (chunk, _e, cb) => (add(String(chunk)), cb()) });
  const env: NodeJS.ProcessEnv = { OPENRCM_DATA_DIR: dataDir };
  const code = await runCli(argv, {
    stdout: sink((s) => (out += s)),
    stderr: sink((s) => (err += s)),
    env,
    cwd: process.cwd(),
  });
  return { code, out, err };
}

describe.skipIf(!excerpt)('openrcm codes', () => {
  beforeAll(async () => {
    const first = await cli('codes', 'import', '--from', excerpt!.root);
    expect(first.code, first.err).toBe(0);
  });

  it('import says so when the release is already there', async () => {
    const again = await cli('codes', 'import', '--from', excerpt!.dir);
    expect(again.out).toMatch(/ICD10CM FY2023: already imported with the same content/);
    const json = JSON.parse((await cli('codes', 'import', '--from', excerpt!.dir, '--json')).out) as { releases: { outcome: string }[] };
    expect(json.releases.map((r) => r.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  it('validate exits 0 for a billable code, 1 otherwise, 2 for an impossible date', async () => {
    expect((await cli('codes', 'validate', 't36.0x1a', '--dos', '2023-01-10')).code).toBe(0);
    const bad = await cli('codes', 'validate', 'T36.01A', '--dos', '2023-01-10', '--json');
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.out)).toMatchObject({ status: 'invalid', reason: 'needs_placeholder_x', suggestions: ['T36.0X1A'] });
    const impossible = await cli('codes', 'validate', 'E11.9', '--dos', '2023-02-30');
    expect(impossible.code).toBe(2);
    expect(impossible.err).toMatch(/real calendar date/);
  });

  it('show prints the notes, the inherited ones marked with where they come from', async () => {
    const shown = await cli('codes', 'show', 'S72.001D', '--dos', '2023-01-10');
    expect(shown.code).toBe(0);
    expect(shown.out).toMatch(/7th character \(sevenChrDef at S72\): D = subsequent encounter/);
    expect(shown.out).toMatch(/birth trauma \(P10-P15\)\s+\[from chapter 19\]/);
    expect((await cli('codes', 'show', 'E11.9', '--system', 'icd9')).code).toBe(2);
  });

  it('index walks the Alphabetic Index and diff lists the changes', async () => {
    const walked = JSON.parse((await cli('codes', 'index', 'fracture, femur, shaft', '--dos', '2023-01-10', '--json')).out) as { leads: { code: string }[] };
    expect(walked.leads.map((l) => l.code)).toEqual(['S72.30']);
    expect((await cli('codes', 'index', ' , ')).code).toBe(2);
    const diff = JSON.parse((await cli('codes', 'diff', '--from', '2023', '--to', 'FY2024', '--json')).out) as { added: { code: string }[] };
    expect(diff.added.map((a) => a.code)).toContain('G20.A1');
    expect((await cli('codes', 'diff', '--from', '2022', '--to', '2024')).code).toBe(2);
  });
});
