import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspectX12, prettyX12 } from './index';

const CA = readFileSync(join(import.meta.dirname, '277ca', 'fixtures', 'mixed.277ca'), 'utf8');
const REMIT = readFileSync(join(import.meta.dirname, '835', 'fixtures', 'valid.835'), 'utf8');

describe('transaction detection', () => {
  it('tells a 277CA (X214) from a 277 claim status response (X212) by the guide', () => {
    expect(inspectX12(CA).transactions[0]!.handler?.name).toBe('277CA');
    const asX212 = inspectX12(CA.replaceAll('005010X214', '005010X212'));
    expect(asX212.transactions[0]!.handler?.name).toBe('277');
  });

  it('reads an errata or unknown guide with a warning, and leaves an unknown set to the envelope checks', () => {
    const errata = inspectX12(REMIT.replace('*X*005010X221A1~', '*X*005010X221~'));
    expect(errata.transactions[0]!.handler?.name).toBe('835');
    expect(errata.transactions[0]!.findings.map((f) => [f.code, f.severity])).toEqual([['x12.guide.accepted_variant', 'warning']]);
    const unknown = inspectX12(REMIT.replace('ST*835*0001', 'ST*820*0001').replace('GS*HP', 'GS*RA'));
    expect(unknown.transactions[0]!.handler).toBeUndefined();
    expect(unknown.transactions[0]!.findings.map((f) => f.code)).toEqual(['x12.transaction.unsupported']);
    expect(prettyX12(unknown).filter((l) => l.includes('#'))).toEqual([]);
  });

  it('pretty-prints every interchange of a file with two different delimiter sets', () => {
    const second = REMIT.replaceAll('*', '|').replace('|:~', '|>~');
    const lines = prettyX12(inspectX12(REMIT + second));
    expect(lines.filter((l) => l.includes('# 2100 Claim Payment Information'))).toHaveLength(6);
    expect(lines.some((l) => l.includes('CLP|PCN0001|1|250|160||12|PAYER9001|11|1~'))).toBe(true);
  });
});
