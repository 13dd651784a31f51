import { describe, expect, it } from 'vitest';
import { addDays, addMonths, ageOn, calendarDate, daysBetween, fiscalYearOf, fromX12Date, parseCalendarDate, toX12Date } from './index';

describe('calendar dates', () => {
  it('rejects impossible dates', () => {
    expect(parseCalendarDate('2023-02-29')).toBeUndefined();
    expect(parseCalendarDate('2024-02-29')).toBe('2024-02-29');
    expect(parseCalendarDate('2023-13-01')).toBeUndefined();
    expect(parseCalendarDate('20230101')).toBeUndefined();
  });

  it('converts to and from X12 CCYYMMDD', () => {
    expect(fromX12Date('20230315')).toBe('2023-03-15');
    expect(fromX12Date('20230231')).toBeUndefined();
    expect(toX12Date(calendarDate('2023-03-15'))).toBe('20230315');
  });

  it('does date arithmetic across month and year ends', () => {
    expect(addDays(calendarDate('2022-12-31'), 1)).toBe('2023-01-01');
    expect(daysBetween(calendarDate('2023-01-01'), calendarDate('2023-03-01'))).toBe(59);
  });

  it('counts age in whole years', () => {
    expect(ageOn(calendarDate('1950-06-15'), calendarDate('2023-06-14'))).toBe(72);
    expect(ageOn(calendarDate('1950-06-15'), calendarDate('2023-06-15'))).toBe(73);
  });

  it('maps a date to its ICD-10-CM fiscal year', () => {
    expect(fiscalYearOf(calendarDate('2022-10-01'))).toBe(2023);
    expect(fiscalYearOf(calendarDate('2023-09-30'))).toBe(2023);
    expect(fiscalYearOf(calendarDate('2023-10-01'))).toBe(2024);
  });

  it('adds months, keeping the day or taking the last day of a shorter month', () => {
    const d = calendarDate;
    expect([addMonths(d('2023-01-15'), 1), addMonths(d('2023-01-31'), 1), addMonths(d('2024-01-31'), 1), addMonths(d('2023-11-30'), 3), addMonths(d('2023-03-31'), -1)])
      .toEqual(['2023-02-15', '2023-02-28', '2024-02-29', '2024-02-29', '2023-02-28']);
  });
});
