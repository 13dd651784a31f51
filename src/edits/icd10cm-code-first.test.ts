import { describe, expect, it } from 'vitest';
import { icd10cmCodeFirst } from './icd10cm-code-first';
import { makeClaim, runEdit } from './scrub.testkit';

describe('icd10cm.code-first', () => {
  it('flags the underlying disease listed after the code that says "code first"', () => {
    const [f] = runEdit(icd10cmCodeFirst, makeClaim({ diagnoses: [{ code: 'E119' }, { code: 'G63' }, { code: 'E854' }] }));
    expect(f).toMatchObject({ severity: 'error', path: 'diagnoses[1]' });
    expect(f!.message).toContain('E85.4 is listed after it');
  });

  it('passes the right order', () => {
    expect(runEdit(icd10cmCodeFirst, makeClaim({ diagnoses: [{ code: 'E854' }, { code: 'G63' }] }))).toEqual([]);
  });
});
