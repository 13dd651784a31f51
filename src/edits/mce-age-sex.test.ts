import { describe, expect, it } from 'vitest';
import { mceAgeSex } from './mce-age-sex';
import { makeClaim, mceExcerptPresent, runEdit } from './scrub.testkit';

const person = (birthDate: string, sex: 'M' | 'F') => {
  const base = makeClaim().subscriber;
  return { ...base, birthDate: birthDate as never, sex };
};

// The MCE rows are official ones read from ../shared/data (ncci-excerpt.testkit.ts); without it this skips.
describe.skipIf(!mceExcerptPresent())('mce.age-sex', () => {
  it('flags a male-only diagnosis for a female patient', () => {
    const [f] = runEdit(mceAgeSex, makeClaim({ subscriber: person('1960-05-01', 'F'), diagnoses: [{ code: 'N400' }] }));
    expect(f).toMatchObject({ severity: 'error', path: 'diagnoses[0]' });
    expect(f!.message).toContain('male-only');
  });

  it('flags a newborn code after age 0 and an adult code for a child, by the age on the date of service', () => {
    expect(runEdit(mceAgeSex, makeClaim({ subscriber: person('2021-01-10', 'M'), diagnoses: [{ code: 'A33' }] }))[0]!.message).toContain('newborn (age 0)');
    expect(runEdit(mceAgeSex, makeClaim({ subscriber: person('2022-03-15', 'M'), diagnoses: [{ code: 'A33' }] }))).toEqual([]);
    expect(runEdit(mceAgeSex, makeClaim({ subscriber: person('2010-01-01', 'M'), diagnoses: [{ code: 'Z0000' }] }))[0]!.message).toContain('patient is 13');
  });

  it('checks maternity codes for both age and sex', () => {
    const findings = runEdit(mceAgeSex, makeClaim({ subscriber: person('1950-01-01', 'M'), diagnoses: [{ code: 'Z331' }] }));
    expect(findings.map((f) => f.message).join(' ')).toMatch(/maternity.*female-only|female-only.*maternity/);
  });

  it('uses the patient (not the subscriber) when they differ', () => {
    const sub = person('1970-01-01', 'M');
    const claim = makeClaim({ relationship: '19', patient: { ...person('2020-01-01', 'F'), relationship: '19' }, subscriber: { ...sub, memberId: 'X1' }, diagnoses: [{ code: 'Z124' }] });
    expect(runEdit(mceAgeSex, claim)).toEqual([]);
  });
});
