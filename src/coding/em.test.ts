import { describe, expect, it } from 'vitest';
import { levelEm } from './em';
import { readFacts } from './facts';

const level = (text: string, problems: string[], newPatient = false) => levelEm({ text, facts: readFacts(text), newPatient, problems });

describe('E/M levelling (2021 office visit guidelines)', () => {
  it('uses the documented MDM level', () => {
    expect(level('MDM: moderate.', ['E119']).code).toBe('99214');
    expect(level('Medical decision making (low complexity).', ['J069'], true).code).toBe('99203');
  });
  it('uses total time when it supports a higher level', () => {
    const em = level('Follow up. Total time 42 minutes on the date of the encounter.', ['I10']);
    expect(em.code).toBe('99215');
    expect(em.by).toBe('time');
    expect(level('New patient. Total time 47 minutes spent.', ['I10'], true).code).toBe('99204');
  });
  it('levels a self-limited problem with OTC advice as low at most', () => {
    expect(level('A: Viral URI. P: Fluids, acetaminophen prn.', ['J069']).code).toBe('99213');
  });
  it('levels two stable chronic illnesses with prescription drugs as moderate', () => {
    const em = level('A: 1. Hypertension 2. Hyperlipidemia. P: Continue lisinopril 20 mg daily and atorvastatin 40 mg.', ['I10', 'E785']);
    expect(em.code).toBe('99214');
    expect(em.rationale).toContain('prescription drug management');
  });
  it('levels a minor problem with no management as straightforward', () => {
    expect(level('A: Insect bite. P: Reassurance.', ['W57']).code).toBe('99212');
  });
  it('levels a decision about hospitalization as high', () => {
    expect(level('A: COPD with severe exacerbation, hypoxic. P: Admit to hospital, start prednisone 40 mg.', ['J441']).code).toBe('99215');
  });
});
