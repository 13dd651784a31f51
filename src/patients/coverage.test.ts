import { describe, expect, it } from 'vitest';
import { calendarDate } from '../dates/index';
import { coveragesOn } from './coverage';
import type { Coverage } from './types';

const base: Omit<Coverage, 'id' | 'priority' | 'effectiveFrom' | 'effectiveTo'> = {
  tenantId: 't',
  patientId: 'p',
  payerId: 'payer',
  memberId: 'M1',
  relationship: '18',
  subscriber: {
    lastName: 'DOE',
    firstName: 'JANE',
    birthDate: calendarDate('1950-01-01'),
    sex: 'F',
    address: { line1: '1 MAIN ST', city: 'SPRINGFIELD', state: 'IL', postalCode: '62701' },
  },
};

describe('coverages on a date of service', () => {
  const coverages: Coverage[] = [
    { ...base, id: 'sec', priority: 2, effectiveFrom: calendarDate('2022-01-01') },
    { ...base, id: 'old', priority: 1, effectiveFrom: calendarDate('2020-01-01'), effectiveTo: calendarDate('2022-12-31') },
    { ...base, id: 'new', priority: 1, effectiveFrom: calendarDate('2023-01-01') },
  ];

  it('keeps those in force, primary first', () => {
    expect(coveragesOn(coverages, calendarDate('2023-03-01')).map((c) => c.id)).toEqual(['new', 'sec']);
    expect(coveragesOn(coverages, calendarDate('2022-12-31')).map((c) => c.id)).toEqual(['old', 'sec']);
  });

  it('finds none before any coverage starts', () => {
    expect(coveragesOn(coverages, calendarDate('2019-06-01'))).toEqual([]);
  });
});
