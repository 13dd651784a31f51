import { describe, expect, it } from 'vitest';
import { ncciAoc } from './ncci-aoc';
import { line, makeClaim, ncciExcerptPresent, runEdit } from './scrub.testkit';

// The AOC rows are official ones read from ../shared/data (ncci-excerpt.testkit.ts); without it this skips.
describe.skipIf(!ncciExcerptPresent())('ncci.aoc', () => {
  it('flags a type 1 add-on code billed without its primary', () => {
    const [f] = runEdit(ncciAoc, makeClaim({ lines: [line(1, '99213'), line(2, '11045')] }));
    expect(f).toMatchObject({ severity: 'error', path: 'lines[1].procedureCode', lineNumber: 2 });
    expect(f!.message).toContain('without one of its primary procedures (11042)');
  });

  it('passes the add-on with its primary on the same date, not on another date', () => {
    expect(runEdit(ncciAoc, makeClaim({ lines: [line(1, '11042'), line(2, '11045')] }))).toEqual([]);
    expect(runEdit(ncciAoc, makeClaim({ lines: [line(1, '11042', { serviceDate: '2023-03-13' as never }), line(2, '11045')] }))).toHaveLength(1);
  });

  it('only warns for type 3 (other primaries may be accepted) and type 2 alone on the date', () => {
    expect(runEdit(ncciAoc, makeClaim({ lines: [line(1, '99213'), line(2, '20701')] }))[0]!.severity).toBe('warning');
    expect(runEdit(ncciAoc, makeClaim({ lines: [line(1, '20985')] }))[0]!.severity).toBe('warning');
    expect(runEdit(ncciAoc, makeClaim({ lines: [line(1, '27447'), line(2, '20985')] }))).toEqual([]);
  });
});
