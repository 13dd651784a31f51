import { describe, expect, it } from 'vitest';
import { icd10cmExcludes1 } from './icd10cm-excludes1';
import { makeClaim, runEdit } from './scrub.testkit';

describe('icd10cm.excludes1', () => {
  it('flags type 1 and type 2 diabetes on the same claim, once', () => {
    const findings = runEdit(icd10cmExcludes1, makeClaim({ diagnoses: [{ code: 'E119' }, { code: 'E109' }] }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', path: 'diagnoses[1]' });
    expect(findings[0]!.message).toContain('Excludes1');
  });

  it('passes codes with no Excludes1 relation', () => {
    expect(runEdit(icd10cmExcludes1, makeClaim({ diagnoses: [{ code: 'E119' }, { code: 'E559' }] }))).toEqual([]);
  });
});
