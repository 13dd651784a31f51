import { describe, expect, it } from 'vitest';
import { diagnosisPointers } from './diagnosis-pointers';
import { line, makeClaim, runEdit } from './scrub.testkit';

describe('claim.diagnosis-pointers', () => {
  it('flags a pointer to a diagnosis that is not there and a line without pointers', () => {
    const findings = runEdit(diagnosisPointers, makeClaim({ lines: [line(1, '99213', { diagnosisPointers: [1, 3] }), line(2, '36415', { diagnosisPointers: [] })] }));
    expect(findings.map((f) => [f.path, f.lineNumber])).toEqual([['lines[0].diagnosisPointers', 1], ['lines[1].diagnosisPointers', 2]]);
    expect(findings[0]!.message).toContain('points to diagnosis 3, but the claim has 1 diagnosis');
  });

  it('flags more than four pointers', () => {
    const claim = makeClaim({ diagnoses: ['E119', 'E559', 'R5383', 'D519', 'N400'].map((code) => ({ code })), lines: [line(1, '99213', { diagnosisPointers: [1, 2, 3, 4, 5] })] });
    expect(runEdit(diagnosisPointers, claim)[0]!.message).toContain('at most 4');
  });

  it('passes lines pointing to listed diagnoses', () => {
    expect(runEdit(diagnosisPointers, makeClaim({ diagnoses: [{ code: 'E119' }, { code: 'E559' }], lines: [line(1, '99213', { diagnosisPointers: [2, 1] })] }))).toEqual([]);
  });
});
