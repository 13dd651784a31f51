import { describe, expect, it } from 'vitest';
import { ncciMue } from './ncci-mue';
import { line, makeClaim, ncciExcerptPresent, runEdit } from './scrub.testkit';

// The NCCI rows are official ones, read from ../shared/data by path; without it these skip.
describe.skipIf(!ncciExcerptPresent())('ncci.mue', () => {
  it('flags units above the MUE on one line', () => {
    const [f, ...rest] = runEdit(ncciMue, makeClaim({ lines: [line(1, '82306', { units: 2 })] }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', path: 'lines[0].units', lineNumber: 1 });
    expect(f!.message).toContain('MUE is 1 per day, an absolute policy limit');
  });

  it('sums lines of the same code on the same date for MAI 2 and 3', () => {
    const claim = makeClaim({ lines: [line(1, '20610', { modifiers: ['RT'] }), line(2, '20610', { modifiers: ['LT'] }), line(3, '20610', { modifiers: ['XS'] })] });
    const [f] = runEdit(ncciMue, claim);
    expect(f!.message).toContain('totals 3 units');
    expect(f!.message).toContain('clinical limit');
  });

  it('checks MAI 1 per line only: several lines within the limit pass', () => {
    const claim = makeClaim({ lines: [line(1, '97110', { units: 4 }), line(2, '97110', { units: 4, modifiers: ['59'] })] });
    expect(runEdit(ncciMue, claim)).toEqual([]);
    expect(runEdit(ncciMue, makeClaim({ lines: [line(1, '97110', { units: 7 })] }))).toHaveLength(1);
  });

  it('counts units already sent on another claim for the same date', () => {
    const prior = makeClaim({ id: 'claim-0', lines: [line(1, '20610', { units: 2 })] });
    const claim = makeClaim({ lines: [line(1, '20610')] });
    expect(runEdit(ncciMue, claim, { priorClaims: [{ claim: prior, status: 'submitted' }] })).toHaveLength(1);
    expect(runEdit(ncciMue, claim, { priorClaims: [{ claim: prior, status: 'voided' }] })).toEqual([]);
  });

  it('treats an MUE of 0 as not payable: an error for Medicare, a warning for Medicaid and commercial payers', () => {
    const claim = makeClaim({ lines: [line(1, '99397')] });
    expect(runEdit(ncciMue, claim)[0]).toMatchObject({ severity: 'error', path: 'lines[0].procedureCode' });
    expect(runEdit(ncciMue, claim, { payer: { payerId: '60054', category: 'commercial', timelyFilingDays: 180 } })[0]!.severity).toBe('warning');
    expect(runEdit(ncciMue, claim, { payer: { payerId: 'ILMCD', category: 'medicaid', timelyFilingDays: 180 } })[0]!.severity).toBe('warning');
  });

  it('passes units within the MUE and codes without one', () => {
    expect(runEdit(ncciMue, makeClaim({ lines: [line(1, '96372', { units: 4 }), line(2, '99213')] }))).toEqual([]);
  });
});
