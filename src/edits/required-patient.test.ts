import { describe, expect, it } from 'vitest';
import { requiredPatient } from './required-patient';
import { makeClaim, runEdit } from './scrub.testkit';

describe('required.patient', () => {
  it('passes a complete subscriber who is the patient', () => {
    expect(runEdit(requiredPatient, makeClaim())).toEqual([]);
  });

  it('flags a missing member id, an impossible date of birth and a bad ZIP', () => {
    const s = makeClaim().subscriber;
    const claim = makeClaim({ subscriber: { ...s, memberId: '', birthDate: '1960-02-30' as never, address: { ...s.address, postalCode: '6270' } } });
    expect(runEdit(requiredPatient, claim).map((f) => f.path)).toEqual(['subscriber.memberId', 'subscriber.birthDate', 'subscriber.address.postalCode']);
  });

  it('asks for the patient when the relationship is not self', () => {
    const [f] = runEdit(requiredPatient, makeClaim({ relationship: '19' }));
    expect(f!.path).toBe('patient');
  });
});
