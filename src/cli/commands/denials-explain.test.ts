import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliForTest } from '../testing';

const SHARED = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'data');
const have = existsSync(join(SHARED, 'x12', 'carc_rarc_group_codes_2024-06.csv'));
if (!have) console.warn(`!! ${SHARED} has no CARC/RARC code list: denials explain tests skipped`);

describe.skipIf(!have)('openrcm denials explain', () => {
  it('reads the real cause of CO-16 from its remark code and sends it to the coders', async () => {
    const r = await runCliForTest(['denials', 'explain', '16', 'M51', '--codes', SHARED, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { rootCause: string; codingIssue: string; queue: string; descriptions: { code: string }[] };
    expect([json.rootCause, json.codingIssue, json.queue]).toEqual(['coding', 'procedure_code', 'coder']);
    expect(json.descriptions.map((d) => d.code)).toEqual(['16', 'M51']);
  });

  it('prints the official wording and flags codes that are not in the list', async () => {
    const r = await runCliForTest(['denials', 'explain', '29', 'N999', '--codes', SHARED]);
    expect(r.stdout).toMatch(/^29: .+\nnot in the code list: N999\nroot cause: Timely filing \(from CARC 29\)\nwork queue: biller; resolution: appeal\n/);
  });

  it('refuses an unknown group code with exit 2', async () => {
    expect((await runCliForTest(['denials', 'explain', '45', '--group', 'ZZ', '--codes', SHARED])).code).toBe(2);
  });
});
