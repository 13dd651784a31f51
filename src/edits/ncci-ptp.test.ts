import { describe, expect, it } from 'vitest';
import { ncciPtp } from './ncci-ptp';
import { line, makeClaim, ncciExcerptPresent, runEdit } from './scrub.testkit';

// The NCCI rows are official ones, read from ../shared/data by path; without it these skip.
describe.skipIf(!ncciExcerptPresent())('ncci.ptp', () => {
  it('flags a column 2 code billed with its column 1 code on the same date (indicator 1, no modifier)', () => {
    const claim = makeClaim({ lines: [line(1, '20610'), line(2, '99213')] });
    const [f, ...rest] = runEdit(ncciPtp, claim);
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ editId: 'ncci.ptp', severity: 'error', path: 'lines[1].modifiers', lineNumber: 2 });
    expect(f!.message).toContain('99213 is a column 2 code of 20610');
  });

  it('lets modifier 25 on the visit, XS on either line, or different sides bypass an indicator 1 edit', () => {
    expect(runEdit(ncciPtp, makeClaim({ lines: [line(1, '20610'), line(2, '99213', { modifiers: ['25'] })] }))).toEqual([]);
    expect(runEdit(ncciPtp, makeClaim({ lines: [line(1, '11042'), line(2, '97597', { modifiers: ['XS'] })] }))).toEqual([]);
    expect(runEdit(ncciPtp, makeClaim({ lines: [line(1, '20610', { modifiers: ['RT'] }), line(2, '76942', { modifiers: ['LT'] })] }))).toEqual([]);
  });

  it('does not accept the same anatomic modifier on both lines as a bypass', () => {
    const claim = makeClaim({ lines: [line(1, '20610', { modifiers: ['RT'] }), line(2, '76942', { modifiers: ['RT'] })] });
    expect(runEdit(ncciPtp, claim)).toHaveLength(1);
  });

  it('refuses any modifier on an indicator 0 pair', () => {
    const claim = makeClaim({ lines: [line(1, '45380'), line(2, '45378', { modifiers: ['59'] })] });
    const [f] = runEdit(ncciPtp, claim);
    expect(f!.message).toContain('modifier indicator 0');
    expect(f!.path).toBe('lines[1].procedureCode');
  });

  it('applies only on the same date of service and only while the edit is in effect', () => {
    expect(runEdit(ncciPtp, makeClaim({ lines: [line(1, '20610'), line(2, '99213', { serviceDate: '2023-03-15' as never })] }))).toEqual([]);
    // G0121/45378 was deleted after 2005-03-31
    const old = (date: string) => makeClaim({ lines: [line(1, 'G0121', { serviceDate: date as never }), line(2, '45378', { serviceDate: date as never })] });
    expect(runEdit(ncciPtp, old('2005-03-01'))).toHaveLength(1);
    expect(runEdit(ncciPtp, old('2023-03-14'))).toEqual([]);
  });

  it('skips pairs rendered by different providers', () => {
    const other = { entityType: 'person' as const, npi: '1245319599', lastNameOrOrganization: 'Other' };
    const claim = makeClaim({ lines: [line(1, '20610'), line(2, '99213', { renderingProvider: other })] });
    expect(runEdit(ncciPtp, claim)).toEqual([]);
  });
});
