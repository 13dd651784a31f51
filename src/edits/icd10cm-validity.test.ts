import { describe, expect, it } from 'vitest';
import { icd10cmValidity } from './icd10cm-validity';
import { makeClaim, runEdit } from './scrub.testkit';

describe('icd10cm.validity', () => {
  it('passes billable codes on the date of service', () => {
    expect(runEdit(icd10cmValidity, makeClaim({ diagnoses: [{ code: 'E119' }, { code: 'S72001A' }] }))).toEqual([]);
  });

  it('flags a category that is not billable, with its billable codes', () => {
    const [f] = runEdit(icd10cmValidity, makeClaim({ diagnoses: [{ code: 'E11' }] }));
    expect(f).toMatchObject({ severity: 'error', path: 'diagnoses[0]' });
    expect(f!.suggestedFix).toContain('E11.9');
  });

  it('flags a missing 7th character and an unknown code', () => {
    const findings = runEdit(icd10cmValidity, makeClaim({ diagnoses: [{ code: 'S72001' }, { code: 'E119X' }] }));
    expect(findings).toHaveLength(2);
    expect(findings[0]!.suggestedFix).toContain('S72.001A');
    expect(findings[1]!.path).toBe('diagnoses[1]');
  });

  it('warns when no release covers the date of service', () => {
    const claim = makeClaim({ statementFrom: '2019-05-01' as never });
    claim.lines[0]!.serviceDate = '2019-05-01' as never;
    expect(runEdit(icd10cmValidity, claim)[0]!.severity).toBe('warning');
  });
});
