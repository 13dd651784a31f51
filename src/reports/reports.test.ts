import { describe, expect, it } from 'vitest';
import { calendarDate } from '../dates/index';
import { cents } from '../money/index';
import {
  agingByPatient, agingByPayer, agingTotals, bucketFor, cleanClaimRate, daysInAr, denialRateByPayer, denialRateByReason,
  firstPassResolutionRate, initialDenialRate, netCollectionRate, type ClaimOutcome, type OpenClaim,
} from './index';

const asOf = calendarDate('2024-06-30');
const open = (claimId: string, payerId: string | undefined, dos: string, payer: number, patient: number, submitted?: string): OpenClaim => ({
  claimId, patientId: `pat-${claimId}`, serviceDate: calendarDate(dos), payerBalance: cents(payer), patientBalance: cents(patient),
  ...(payerId ? { payerId } : {}), ...(submitted ? { firstSubmittedOn: calendarDate(submitted) } : {}),
});

describe('A/R aging', () => {
  it('buckets at the boundaries: 30 is 0-30, 31 is 31-60, 120 is 91-120, 121 is 120+', () => {
    expect([0, 30, 31, 60, 61, 90, 91, 120, 121, 400].map(bucketFor)).toEqual(['0-30', '0-30', '31-60', '31-60', '61-90', '61-90', '91-120', '91-120', '120+', '120+']);
  });

  const claims = [
    open('a', 'aetna', '2024-06-20', 10000, 2000, '2024-06-22'),
    open('b', 'aetna', '2024-04-15', 5000, 0, '2024-05-20'),
    open('c', 'bcbs', '2024-01-02', 7000, 1500, '2024-01-05'),
    open('d', undefined, '2024-06-01', 0, 9000),
    open('e', 'bcbs', '2024-05-01', -2500, 0, '2024-05-03'),
  ];

  it('ages payer balances from the date of service by default, credits kept apart', () => {
    const rows = agingByPayer(claims, asOf);
    expect(rows.map((r) => [r.key, r.buckets['0-30'], r.buckets['61-90'], r.buckets['120+'], r.credits, r.total])).toEqual([
      ['aetna', 10000, 5000, 0, 0, 15000],
      ['bcbs', 0, 0, 7000, -2500, 4500],
    ]);
    expect(agingTotals(rows).total).toBe(19500);
  });

  it('ages from first submission when asked, and shows never-submitted balances as unbilled', () => {
    const bySubmission = agingByPayer(claims, asOf, 'first_submission');
    expect(bySubmission.find((r) => r.key === 'aetna')!.buckets['31-60']).toBe(5000);
    const patients = agingByPatient(claims, asOf, 'first_submission');
    expect(patients.find((r) => r.key === 'pat-d')).toMatchObject({ unbilled: 9000, total: 9000 });
    expect(agingByPatient(claims, asOf).find((r) => r.key === 'pat-d')!.buckets['0-30']).toBe(9000);
  });
});

const outcome = (o: Partial<ClaimOutcome> & { claimId: string }): ClaimOutcome => ({
  cleanOnFirstSubmission: true, denialReasons: [], submissions: 1, charges: cents(10000), deniedCharges: cents(0), payerId: 'aetna', ...o,
});

describe('claim KPIs', () => {
  const claims = [
    outcome({ claimId: '1', firstAdjudication: 'paid' }),
    outcome({ claimId: '2', firstAdjudication: 'denied', denialReasons: ['coding', 'authorization'], deniedCharges: cents(10000), submissions: 2 }),
    outcome({ claimId: '3', firstAdjudication: 'partially_denied', denialReasons: ['coding'], deniedCharges: cents(2000), payerId: 'bcbs', cleanOnFirstSubmission: false }),
    outcome({ claimId: '4', firstAdjudication: 'paid', submissions: 2, payerId: 'bcbs' }),
    outcome({ claimId: '5' }),
  ];

  it('clean claim rate counts every submitted claim', () => {
    expect(cleanClaimRate(claims)).toEqual({ numerator: 4, denominator: 5, rate: 0.8 });
  });

  it('initial denial rate by count and by dollars, over remitted claims only', () => {
    expect(initialDenialRate(claims)).toEqual({ byCount: { numerator: 2, denominator: 4, rate: 0.5 }, byDollars: { numerator: 12000, denominator: 40000, rate: 0.3 } });
  });

  it('denial rate by payer and by reason', () => {
    expect(denialRateByPayer(claims)).toEqual(new Map([['aetna', { numerator: 1, denominator: 2, rate: 0.5 }], ['bcbs', { numerator: 1, denominator: 2, rate: 0.5 }]]));
    expect([...denialRateByReason(claims)].map(([r, v]) => [r, v.numerator])).toEqual([['coding', 2], ['authorization', 1]]);
  });

  it('first-pass resolution excludes denials and resubmitted claims', () => {
    expect(firstPassResolutionRate(claims)).toEqual({ numerator: 1, denominator: 4, rate: 0.25 });
    expect(firstPassResolutionRate([]).rate).toBeNull();
  });

  it('days in A/R and net collection rate', () => {
    expect(daysInAr({ arBalance: cents(4_500_000), revenueInPeriod: cents(9_000_000), periodDays: 90 })).toBe(45);
    expect(daysInAr({ arBalance: cents(100), revenueInPeriod: cents(0), periodDays: 90 })).toBeNull();
    expect(netCollectionRate({ payments: cents(60_000), refunds: cents(1_000), charges: cents(100_000), contractualAdjustments: cents(38_000) }).rate).toBeCloseTo(59 / 62, 10);
  });
});
