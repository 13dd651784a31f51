import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliForTest as cli } from './testing';

const tmp = () => mkdtempSync(join(tmpdir(), 'openrcm-cli-'));

describe('openrcm command line', () => {
  it('lists every command with a one-line description', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['demo', 'seed', 'db migrate', 'db status']) expect(r.stdout).toMatch(new RegExp(`\\n  ${c}\\s+\\S`));
  });

  it('gives every command its own --help', async () => {
    const r = await cli(['seed', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--encounters N');
  });

  it('exits 2 with one clear line on an unknown command or flag', async () => {
    const unknown = await cli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command 'frobnicate'/);
    const flag = await cli(['db', 'status', '--bogus']);
    expect(flag.code).toBe(2);
    expect(flag.stderr.trim().split('\n')).toHaveLength(1);
    expect(flag.stderr).toMatch(/--bogus/);
  });

  it('exits 2 on a bad number', async () => {
    const r = await cli(['seed', '--patients', 'many']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--patients must be a whole number/);
  });

  it('reports an unreachable DATABASE_URL in one line, without a stack trace', async () => {
    const r = await cli(['db', 'status'], { DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot connect to PostgreSQL at 127\.0\.0\.1:1\/none/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a data directory that holds something else', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'thesis.docx'), 'not a database');
    const r = await cli(['db', 'status', '--data-dir', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is not empty and is not an OpenRCM database/);
  });

  it('refuses a corrupt data directory', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'base'));
    writeFileSync(join(dir, 'PG_VERSION'), 'garbage\n');
    const r = await cli(['db', 'status', '--data-dir', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot open the database in/);
  });

  it('migrates a new embedded database and reports its status as JSON', async () => {
    const dir = join(tmp(), 'db');
    expect((await cli(['db', 'migrate', '--data-dir', dir])).code).toBe(0);
    const r = await cli(['db', 'status', '--data-dir', dir, '--json']);
    expect(r.code).toBe(0);
    const status = JSON.parse(r.stdout) as { engine: string; schemaVersion: number; pending: string[] };
    expect(status.engine).toBe('pglite');
    expect(status.schemaVersion).toBeGreaterThanOrEqual(1);
    expect(status.pending).toEqual([]);
  });
});
