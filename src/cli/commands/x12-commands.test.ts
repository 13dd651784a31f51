import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { writeFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../run';

const FIXTURE = join(import.meta.dirname, '..', '..', 'x12', '835', 'fixtures', 'valid.835');

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void) => new Writable({ write(chunk, _enc, cb) { append(String(chunk)); cb(); } });
  const code = await runCli(argv, { stdout: sink((s) => (out += s)), stderr: sink((s) => (err += s)), env: {}, cwd: process.cwd() });
  return { code, out, err };
}

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'openrcm-x12-')), name);
  writeFileSync(path, text);
  return path;
}

describe('openrcm x12', () => {
  it('parse prints the typed 835 as JSON and exits 0', async () => {
    const r = await run('x12', 'parse', FIXTURE, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { transactions: { set: string; guide: string; value: { loop2000: { claims: { patientControlNumber: string }[] }[] } }[] };
    expect(json.transactions[0]!.set).toBe('835');
    expect(json.transactions[0]!.value.loop2000[0]!.claims.map((c) => c.patientControlNumber)).toEqual(['PCN0001', 'PCN0002', 'PCN0003']);
  });

  it('parse exits 2 when the file is not X12 at all', async () => {
    const r = await run('x12', 'parse', tempFile('note.txt', 'Dear payer, please pay.'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/expected "ISA" at byte 0/);
  });

  it('validate exits 0 for a valid file and 1 with findings in the documented JSON shape', async () => {
    expect((await run('x12', 'validate', FIXTURE)).code).toBe(0);
    const bad = tempFile('bad.835', readFileSync(FIXTURE, 'utf8').replace('CLP*PCN0001*1*250*', 'CLP*PCN0001*1*25X*'));
    const r = await run('x12', 'validate', bad, '--json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as { valid: boolean; transactions: { set: string; guide: string; findings: Record<string, unknown>[] }[] };
    expect(json.valid).toBe(false);
    expect(json.transactions[0]!.set).toBe('835');
    expect(json.transactions[0]!.guide).toBe('005010X221A1');
    expect(json.transactions[0]!.findings[0]).toEqual({ severity: 'error', code: 'x12.element.not_decimal', segmentPosition: 14, segmentId: 'CLP', loop: '2100', element: 'CLP03', message: 'CLP03 (Total Claim Charge Amount) "25X" must be a decimal number such as 125.5.' });
  });

  it('pretty prints one segment per line with loop names', async () => {
    const r = await run('x12', 'pretty', FIXTURE);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines).toContain('            # 2100 Claim Payment Information');
    expect(lines.find((l) => l.includes('CLP*PCN0001'))).toBe('14            CLP*PCN0001*1*250*160**12*PAYER9001*11*1~');
  });
});
