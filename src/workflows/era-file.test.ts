import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AppError } from '../errors/index';
import { claimBatchesOf835, read835File } from './era-file';

const FILE = readFileSync(new URL('./fixtures/two-payments.835', import.meta.url));

async function pcnsOf(batches: AsyncIterable<{ patientControlNumber: string }[]>): Promise<string[]> {
  const out: string[] = [];
  for await (const batch of batches) out.push(...batch.map((c) => c.patientControlNumber));
  return out;
}

describe('an 835 file read in two passes', () => {
  it('the first pass keeps each payment outline: its trace and the claims it bills, not the claims themselves', async () => {
    const { payments } = await read835File(FILE, 'two-payments.835');
    expect(payments.map((p) => p.remittance.reassociationTrace.checkOrEftTraceNumber)).toEqual(['EFT0042', 'EFT0043']);
    expect(payments.map((p) => p.billedPcns)).toEqual([['PCN1001'], ['PCN2002', 'PCN9999']]);
    expect(payments.flatMap((p) => p.remittance.loop2000.flatMap((l) => l.claims))).toEqual([]);
  });

  it('the first pass refuses a file with an error anywhere, naming the segment', async () => {
    const broken = Buffer.from(FILE.toString('latin1').replace('CLP*PCN9999*1*50*', 'CLP*PCN9999*1*5X*'), 'latin1');
    const error = await read835File(broken, 'broken.835').then(() => undefined, (e: unknown) => e as AppError);
    expect(error).toMatchObject({ code: 'era.malformed' });
    expect(error?.message).toMatch(/^broken\.835: segment 49 \(CLP CLP03\)/);
  });

  it('a file without an 835 set is refused', async () => {
    const text = FILE.toString('latin1');
    const noSets = `${text.slice(0, text.indexOf('GS*'))}IEA*0*${text.slice(text.indexOf('IEA*') + 6)}`;
    await expect(read835File(Buffer.from(noSets, 'latin1'), 'empty.835')).rejects.toMatchObject({ code: 'era.no_835' });
  });

  it('the second pass gives each set its own claims, and skips a set left unread', async () => {
    const all = claimBatchesOf835(FILE);
    expect(await pcnsOf(all.claimsOfSet(0))).toEqual(['PCN1001']);
    expect(await pcnsOf(all.claimsOfSet(1))).toEqual(['PCN2002', 'PCN9999']);
    const second = claimBatchesOf835(FILE);
    expect(await pcnsOf(second.claimsOfSet(1))).toEqual(['PCN2002', 'PCN9999']);
    await expect(pcnsOf(second.claimsOfSet(0))).rejects.toThrow(/read already/);
  });
});
