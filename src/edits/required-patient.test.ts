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

  it('checks the patient\'s demographics, not the subscriber\'s, when they differ', () => {
    const s = makeClaim().subscriber;
    const subscriber = { ...s, birthDate: '' as never, address: { line1: '', city: '', state: '', postalCode: '' } };
    const patient = { ...s, firstName: 'Jane', birthDate: '2040-01-01' as never, relationship: '19' as const };
    expect(runEdit(requiredPatient, makeClaim({ relationship: '19', subscriber, patient })).map((f) => f.path)).toEqual(['patient.birthDate']);
  });

  it('asks for the patient when the relationship is not self', () => {
    const [f] = runEdit(requiredPatient, makeClaim({ relationship: '19' }));
    expect(f!.path).toBe('patient');
  });
});
