import { describe, expect, it } from 'vitest';
import { readFacts } from './facts';
import { readSentences } from './sections';

describe('sections and sentences', () => {
  it('reads inline headers of a SOAP note', () => {
    const s = readSentences('S: CC: Earache. PMH: asthma. FHx: Father with diabetes. ROS: Denies cough.\nA:\n1. Acute otitis media\nP:\n- Amoxicillin.');
    const by = (t: string) => s.find((x) => x.text.includes(t))?.section;
    expect(by('Earache')).toBe('chief complaint');
    expect(by('asthma')).toBe('pmh');
    expect(by('Father')).toBe('family history');
    expect(by('Denies')).toBe('ros');
    expect(by('otitis')).toBe('assessment');
    expect(by('Amoxicillin')).toBe('plan');
  });
  it('reads spelled-out headers on their own line and numbered items as sentences', () => {
    const s = readSentences('ASSESSMENT:\n1. Hypertension 2. Hyperlipidemia\n\nPLAN:\nContinue lisinopril.');
    expect(s.filter((x) => x.section === 'assessment').map((x) => x.text)).toEqual(['Hypertension', 'Hyperlipidemia']);
  });
  it('marks "without" words as absent alternatives', () => {
    const [s] = readSentences('Migraine without aura, intractable');
    expect(s!.tokens.map((t) => t.words.join('+'))).toEqual(['migraine', 'without', '~aura', 'intractable']);
  });
});

describe('numbers with units', () => {
  it('reads BMI, blood pressure, age, sex and gestational age', () => {
    const f = readFacts('28-year-old female G2P1 at 24 weeks gestation. BP 132/84. BMI 31.2.');
    expect(f).toMatchObject({ ageYears: 28, sex: 'F', weeksGestation: 24, bmi: 31.2, bloodPressure: { systolic: 132, diastolic: 84 } });
  });
  it('reads a pediatric BMI percentile, sizes and total time', () => {
    const f = readFacts('9-year-old boy. BMI 95th percentile. 1.5 cm papule and 8 mm nodule. Total time spent on the date of the encounter: 35 minutes.');
    expect(f.bmiPercentile).toBe(95);
    expect(f.bmi).toBeUndefined();
    expect(f.sizesCm.map((x) => x.value)).toEqual([1.5, 0.8]);
    expect(f.totalMinutes).toBe(35);
  });
  it('reads a stated MDM level and new patient', () => {
    expect(readFacts('New patient. MDM: moderate.')).toMatchObject({ statedMdm: 'moderate', newPatient: true });
  });
});
