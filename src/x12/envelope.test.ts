import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEnvelopes, splitTransactions, tokenize } from './index';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name));

describe('readEnvelopes', () => {
  it('splits the transaction sets with their envelope context', () => {
    const [first, second] = splitTransactions(tokenize(fixture('bad-counts.835')));
    expect(first!.transactionSetId).toBe('835');
    expect(first!.controlNumber).toBe('0001');
    expect(first!.guide).toBe('005010X221A1');
    expect(first!.implementationReference).toBe('');
    expect(first!.interchange).toMatchObject({ senderId: 'PAYER', receiverId: 'PROVIDER', controlNumber: '000000042', usage: 'P' });
    expect(first!.group).toMatchObject({ functionalId: 'HP', controlNumber: '42', version: '005010X221A1' });
    expect(first!.segments.map((s) => s.id)).toEqual(['ST', 'BPR', 'TRN', 'SE']);
    expect(second!.segments[0]!.position).toBe(7);
  });

  it('checks SE/GE/IEA counts and control numbers, with positions and 999/TA1 codes', () => {
    const r = readEnvelopes(tokenize(fixture('bad-counts.835')));
    const summary = r.findings.map((f) => [f.code, f.segmentPosition, f.element, f.ik502 ?? f.ak905 ?? f.ta105]);
    expect(summary).toEqual([
      ['x12.envelope.se_count', 6, 'SE01', '4'],
      ['x12.envelope.se_control_number', 6, 'SE02', '3'],
      ['x12.envelope.ge_count', 11, 'GE01', '5'],
      ['x12.envelope.ge_control_number', 11, 'GE02', '4'],
      ['x12.envelope.iea_count', 12, 'IEA01', '021'],
      ['x12.envelope.iea_control_number', 12, 'IEA02', '001'],
    ]);
    expect(r.transactions[0]!.findings).toHaveLength(2);
    expect(r.transactions[1]!.findings).toHaveLength(0);
  });

  it('reports a truncated file: missing SE, GE and IEA', () => {
    const text = fixture('bad-counts.835').toString().split('\n').slice(0, 8).join('\n');
    const r = readEnvelopes(tokenize(text));
    expect(r.findings.map((f) => [f.code, f.segmentPosition])).toEqual([
      ['x12.envelope.se_count', 6],
      ['x12.envelope.se_control_number', 6],
      ['x12.envelope.missing_se', 9],
      ['x12.envelope.missing_ge', 9],
      ['x12.envelope.missing_iea', 9],
    ]);
    expect(r.transactions).toHaveLength(2);
  });

  it('flags a GS01 that does not fit the transaction set', () => {
    const text = fixture('bad-counts.835').toString().replace('GS*HP', 'GS*HC');
    const r = readEnvelopes(tokenize(text));
    expect(r.findings.filter((f) => f.code === 'x12.envelope.functional_id_mismatch')).toHaveLength(2);
  });
});
