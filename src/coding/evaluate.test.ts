import { describe, expect, it } from 'vitest';
import { evaluateCoding, systemOf } from './evaluate';

describe('evaluation', () => {
  it('tells the code systems apart', () => {
    expect(['E11.22', 'Z23', '99214', 'G0439', 'J0696', '0DTJ4ZZ', '0SRC'].map(systemOf)).toEqual(['ICD10CM', 'ICD10CM', 'CPT', 'HCPCS', 'HCPCS', 'ICD10PCS', 'ICD10PCS']);
  });
  it('computes micro P/R/F1 exact and by category, and MAP', () => {
    const report = evaluateCoding([
      { name: 'a', gold: ['E11.22', 'N18.30', '99214'], predicted: ['E11.22', 'N18.4', '99214'] },
      { name: 'b', gold: ['J02.0'], predicted: ['R05.9', 'J02.0'] },
    ]);
    const icd = report.systems.find((s) => s.system === 'ICD10CM')!;
    expect(icd.exact).toMatchObject({ tp: 2, fp: 2, fn: 1, precision: 0.5, recall: 0.667 });
    expect(icd.category).toMatchObject({ tp: 3, fp: 1, fn: 0 });
    // a: AP = (1/1 + 0) / 2 = 0.5 ; b: AP = (1/2) / 1 = 0.5
    expect(icd.map).toBe(0.5);
    expect(report.systems.find((s) => s.system === 'CPT')!.exact.f1).toBe(1);
    expect(report.errors.find((e) => e.name === 'a')).toEqual({ name: 'a', missed: ['N1830'], extra: ['N184'] });
  });
});
