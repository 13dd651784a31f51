import { afterAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printClaimFormFile } from './index';
import { institutionalOutpatientClaim, medicareProfessionalClaim } from './fixtures/claims';

const dir = await mkdtemp(join(tmpdir(), 'openrcm-forms-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

async function saved(name: string, claim: unknown): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, JSON.stringify(claim));
  return path;
}

describe('printing a claim file', () => {
  it('picks the form from the claim kind and writes the PDF', async () => {
    const prof = await printClaimFormFile(await saved('p.json', medicareProfessionalClaim()), join(dir, 'p.pdf'), { background: true });
    const inst = await printClaimFormFile(await saved('i.json', institutionalOutpatientClaim()), join(dir, 'i.pdf'));
    expect(prof).toMatchObject({ ok: true, form: 'cms1500', pageCount: 2 });
    expect(inst).toMatchObject({ ok: true, form: 'ub04', pageCount: 1 });
    expect((await readFile(join(dir, 'p.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses a forced form that does not fit the claim, as a domain error naming the file', async () => {
    const path = await saved('p2.json', medicareProfessionalClaim());
    const result = await printClaimFormFile(path, join(dir, 'x.pdf'), { form: 'ub04' });
    expect(!result.ok && result.error).toMatchObject({ kind: 'domain', code: 'WRONG_CLAIM_KIND', location: { file: path, field: 'kind' } });
  });

  it('reports an unreadable file as an input error', async () => {
    const path = join(dir, 'broken.json');
    await writeFile(path, '{ "kind": ');
    const result = await printClaimFormFile(path, join(dir, 'y.pdf'));
    expect(!result.ok && result.error).toMatchObject({ kind: 'input', code: 'CLAIM_UNREADABLE' });
  });
});
