import { describe, expect, it } from 'vitest';
import { DEFAULT_DELIMITERS, composite, seg, tokenize, writeSegments, X12WriteError } from './index';

describe('writeSegments', () => {
  it('writes segments with the given delimiters, dropping trailing empty elements but keeping interior ones', () => {
    const text = writeSegments([seg('NM1', '87', '2', '', '', '', '', '', '', ''), seg('SVC', composite(DEFAULT_DELIMITERS, 'SVC01', 'HC', '99213', '', ''), '100', '80')], DEFAULT_DELIMITERS);
    expect(text).toBe('NM1*87*2~SVC*HC:99213*100*80~');
  });

  it('can end every segment with a line ending, which the tokenizer ignores again', () => {
    const d = { element: '|', component: '>', repetition: '^', segment: '~' };
    const text = writeSegments([seg('LX', '1'), seg('DTM', '472', '20240105')], d, { lineEnding: '\r\n' });
    expect(text).toBe('LX|1~\r\nDTM|472|20240105~\r\n');
    expect(tokenize(text, { delimiters: d }).segments.map((s) => s.elements)).toEqual([['LX', '1'], ['DTM', '472', '20240105']]);
  });

  it('refuses an element containing the element separator, naming segment position and element', () => {
    const write = () => writeSegments([seg('ST', '835', '0001'), seg('N1', 'PR', 'ACME*HEALTH')], DEFAULT_DELIMITERS, { firstPosition: 3 });
    expect(write).toThrow(X12WriteError);
    try {
      write();
    } catch (e) {
      const err = e as X12WriteError;
      expect(err.location).toEqual({ segmentPosition: 4, segmentId: 'N1', element: 'N102' });
      expect(err.message).toMatch(/N102 contains the element separator/);
    }
  });

  it('refuses the segment terminator and control characters', () => {
    expect(() => writeSegments([seg('NTE', 'ADD', 'ends here~ not')], DEFAULT_DELIMITERS)).toThrow(/NTE02 contains the segment terminator/);
    expect(() => writeSegments([seg('NTE', 'ADD', 'two\nlines')], DEFAULT_DELIMITERS)).toThrow(/control character/);
  });

  it('refuses a component containing the component or repetition separator', () => {
    expect(() => composite(DEFAULT_DELIMITERS, 'SVC01', 'HC', '99:13')).toThrow(/SVC01-02 "99:13" contains the delimiter ":"/);
    expect(() => composite(DEFAULT_DELIMITERS, 'SVC01', 'HC', '99^13')).toThrow(/SVC01-02/);
  });
});
