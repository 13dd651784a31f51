import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MemoryControlNumbers, envelope, readEnvelopes, tokenize } from '../index';
import { generateTa1, parseTa1, ta1FromFindings } from './index';

const VALID = readFileSync(join(import.meta.dirname, '..', '835', 'fixtures', 'valid.835'), 'utf8');

describe('TA1', () => {
  it('rejects an interchange whose IEA02 does not match ISA13, with note code 001', () => {
    const env = readEnvelopes(tokenize(VALID.replace('IEA*1*000000101', 'IEA*1*000000102')));
    const ta1 = ta1FromFindings(env.interchanges[0]!, env.findings);
    expect(ta1).toEqual({ interchangeControlNumber: '000000101', interchangeDate: '240310', interchangeTime: '0930', acknowledgmentCode: 'R', noteCode: '001' });
  });

  it('accepts a clean interchange, and the TA1 travels in its own interchange and reads back', async () => {
    const env = readEnvelopes(tokenize(VALID));
    const ta1 = ta1FromFindings(env.interchanges[0]!, env.findings);
    expect(ta1.acknowledgmentCode).toBe('A');
    const out = await envelope([], { sender: { qualifier: 'ZZ', id: 'OPENRCM' }, receiver: { qualifier: 'ZZ', id: 'PAYERSIM' }, controlNumbers: new MemoryControlNumbers(), date: new Date('2024-03-10T10:00:00Z'), usage: 'T', interchangeAcknowledgments: [generateTa1(ta1)] });
    expect(out.text).toContain('~TA1*000000101*240310*0930*A*000~IEA*0*000000001~');
    const back = readEnvelopes(tokenize(out.text));
    expect(back.findings).toEqual([]);
    expect(back.ta1.map((t) => parseTa1(t.segment))).toEqual([{ ta1, findings: [] }]);
  });

  it('reports malformed TA1 fields', () => {
    const seg = tokenize('TA1*12*240310*930*Q*999~', { delimiters: { element: '*', component: ':', repetition: '^', segment: '~' } }).segments[0]!;
    expect(parseTa1(seg).findings.map((f) => f.element)).toEqual(['TA101', 'TA103', 'TA104', 'TA105']);
  });
});
