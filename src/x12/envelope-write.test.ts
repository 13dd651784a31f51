import { describe, expect, it } from 'vitest';
import { MemoryControlNumbers, envelope, readEnvelopes, seg, tokenize } from './index';

const st835 = [seg('ST', '835', 'XXXX'), seg('BPR', 'H', '0', 'C', 'NON'), seg('TRN', '1', 'T1', '1512345678'), seg('SE', '0', 'XXXX')];
const st999 = [seg('ST', '999', 'XXXX', '005010X231A1'), seg('AK1', 'HC', '17', '005010X222A1'), seg('AK9', 'A', '1', '1', '1'), seg('SE', '0', 'XXXX')];

describe('envelope', () => {
  it('wraps sets in groups by GS01 and guide, numbering and counting everything so the reader finds no fault', async () => {
    const source = new MemoryControlNumbers(41);
    const result = await envelope(
      [{ segments: st835, guide: '005010X221A1' }, { segments: st999, guide: '005010X231A1' }, { segments: st835, guide: '005010X221A1' }],
      { sender: { qualifier: 'ZZ', id: 'OPENRCM' }, receiver: { qualifier: 'ZZ', id: 'PAYER01' }, controlNumbers: source, date: new Date('2024-03-10T09:30:00Z'), usage: 'T' },
    );
    expect(result.text.slice(0, 106)).toBe('ISA*00*          *00*          *ZZ*OPENRCM        *ZZ*PAYER01        *240310*0930*^*00501*000000042*0*T*:~');
    expect(result.interchangeControlNumber).toBe('000000042');
    expect(result.groupControlNumbers).toEqual(['42', '43']);
    expect(result.transactionControlNumbers).toEqual(['0042', '0044', '0043']);
    const read = readEnvelopes(tokenize(result.text));
    expect(read.findings).toEqual([]);
    expect(read.transactions.map((t) => [t.transactionSetId, t.controlNumber, t.group.functionalId, t.guide])).toEqual([
      ['835', '0042', 'HP', '005010X221A1'],
      ['835', '0043', 'HP', '005010X221A1'],
      ['999', '0044', 'FA', '005010X231A1'],
    ]);
    expect(result.text).toContain('SE*4*0042~');
    expect(result.text).toContain('GE*2*42~');
    expect(result.text.endsWith('IEA*2*000000042~')).toBe(true);
  });

  it('never reuses a control number across files from the same source', async () => {
    const source = new MemoryControlNumbers();
    const opts = { sender: { qualifier: 'ZZ', id: 'OPENRCM' }, receiver: { qualifier: 'ZZ', id: 'PAYER01' }, controlNumbers: source, date: new Date('2024-03-10T09:30:00Z'), usage: 'P' as const };
    const a = await envelope([{ segments: st835, guide: '005010X221A1' }], opts);
    const b = await envelope([{ segments: st835, guide: '005010X221A1' }], opts);
    expect([a.interchangeControlNumber, b.interchangeControlNumber]).toEqual(['000000001', '000000002']);
    expect([a.transactionControlNumbers, b.transactionControlNumbers]).toEqual([['0001'], ['0002']]);
  });
});
