import { describe, expect, it } from 'vitest';
import { medicalNecessity } from './medical-necessity';
import { line, makeClaim, runEdit } from './scrub.testkit';

describe('coverage.medical-necessity (sample rules)', () => {
  it('vitamin D assay: flags it for fatigue, passes it for vitamin D deficiency', () => {
    const [f] = runEdit(medicalNecessity, makeClaim({ diagnoses: [{ code: 'R5383' }], lines: [line(1, '82306')] }));
    expect(f).toMatchObject({ severity: 'error', path: 'lines[0].diagnosisPointers' });
    expect(f!.message).toContain('[lcd.vitamin-d-assay]');
    expect(runEdit(medicalNecessity, makeClaim({ diagnoses: [{ code: 'R5383' }, { code: 'E559' }], lines: [line(1, '82306', { diagnosisPointers: [1, 2] })] }))).toEqual([]);
  });

  it('institutional lines (no pointers) are judged on all the claim\'s diagnoses', () => {
    const claim = makeClaim({ kind: 'institutional', diagnoses: [{ code: 'R5383' }, { code: 'E559' }], lines: [line(1, '82306', { diagnosisPointers: [] })] });
    expect(runEdit(medicalNecessity, claim)).toEqual([]);
  });

  it('vitamin D assay: the rule is for Medicare only', () => {
    const claim = makeClaim({ diagnoses: [{ code: 'R5383' }], lines: [line(1, '82306')] });
    expect(runEdit(medicalNecessity, claim, { payer: { payerId: '87726', category: 'commercial', timelyFilingDays: 90 } })).toEqual([]);
  });

  it('B12 assay: flags it without an indication, passes it with B12 deficiency anemia', () => {
    expect(runEdit(medicalNecessity, makeClaim({ diagnoses: [{ code: 'E119' }], lines: [line(1, '82607')] }))[0]!.message).toContain('[lcd.vitamin-b12-assay]');
    expect(runEdit(medicalNecessity, makeClaim({ diagnoses: [{ code: 'D510' }], lines: [line(1, '82607')] }))).toEqual([]);
  });

  it('screening colonoscopy (average risk): once in 10 years with a screening diagnosis', () => {
    const claim = makeClaim({ diagnoses: [{ code: 'Z1211' }], lines: [line(1, 'G0121')] });
    expect(runEdit(medicalNecessity, claim)).toEqual([]);
    const earlier = makeClaim({ id: 'c0', diagnoses: [{ code: 'Z1211' }], lines: [line(1, 'G0121', { serviceDate: '2016-05-01' as never })] });
    const [f] = runEdit(medicalNecessity, claim, { priorClaims: [{ claim: earlier, status: 'paid' }] });
    expect(f!.message).toContain('already billed 1 time(s) within 3650 days');
    expect(runEdit(medicalNecessity, makeClaim({ diagnoses: [{ code: 'E119' }], lines: [line(1, 'G0121')] }))).toHaveLength(1);
  });

  it('screening colonoscopy (high risk): needs a high-risk diagnosis', () => {
    expect(runEdit(medicalNecessity, makeClaim({ diagnoses: [{ code: 'Z1211' }], lines: [line(1, 'G0105')] }))[0]!.message).toContain('[ncd.screening-colonoscopy-high-risk]');
    expect(runEdit(medicalNecessity, makeClaim({ diagnoses: [{ code: 'Z800' }], lines: [line(1, 'G0105')] }))).toEqual([]);
  });
});
