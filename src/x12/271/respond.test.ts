import { describe, expect, it } from 'vitest';
import { calendarDate, cents } from '../deps';
import { DEFAULT_DELIMITERS } from '../segment';
import { tokenize } from '../tokenizer';
import { validateTransaction } from '../walker';
import { writeSegments } from '../writer';
import { buildEligibilityRequest270, generate270, parse270 } from '../270/index';
import type { EligibilityRequestInput } from '../270/index';
import { basisPointsToPercent, estimatePatientShare, generate271, interpretEligibility271, parse271, percentToBasisPoints, respondToEligibility270, x271Spec } from './index';
import type { CoverageAnswer } from './index';

const request: EligibilityRequestInput = {
  provider: { name: 'RIVERSIDE FAMILY MEDICINE', npi: '1234567893' },
  payer: { name: 'ACME HEALTH PLAN', payerId: '60054' },
  subscriber: { memberId: 'W123456789', lastName: 'DOE', firstName: 'JANE', birthDate: calendarDate('1980-04-12') },
  dateOfService: calendarDate('2026-11-30'),
  transactionSetControlNumber: '0001',
  traceNumber: 'TRACE0001',
  createdAt: { date: calendarDate('2026-11-26'), time: '1200' },
};

const ids = { transactionSetControlNumber: '0900', createdAt: { date: calendarDate('2026-11-26'), time: '1201' } };

const coverage: CoverageAnswer = {
  status: 'active',
  planName: 'ACME PPO GOLD',
  insuranceTypeCode: 'PR',
  planBegin: calendarDate('2026-01-01'),
  groupNumber: 'GRP4455',
  copays: [{ serviceTypeCodes: ['30'], amount: cents(2000), network: 'in' }],
  coinsurance: [{ basisPoints: 2000, network: 'in' }],
  deductible: { individual: { total: cents(150000), remaining: cents(60000) } },
  outOfPocket: { individual: { total: cents(500000), remaining: cents(380000) } },
};

/** 270 out as text, back in as a payer reads it, answered, and the 271 read back as we read it. */
function roundTrip(input: EligibilityRequestInput, answer: CoverageAnswer) {
  const wire = writeSegments(generate270(buildEligibilityRequest270(input)), DEFAULT_DELIMITERS);
  const asked = parse270({ segments: tokenize(wire, { delimiters: DEFAULT_DELIMITERS }).segments, delimiters: DEFAULT_DELIMITERS });
  expect(asked.findings).toEqual([]);
  const response = generate271(respondToEligibility270(asked.value, answer, ids));
  expect(validateTransaction(x271Spec, response, DEFAULT_DELIMITERS).findings).toEqual([]);
  const heard = parse271({ segments: tokenize(writeSegments(response, DEFAULT_DELIMITERS), { delimiters: DEFAULT_DELIMITERS }).segments, delimiters: DEFAULT_DELIMITERS });
  expect(heard.findings).toEqual([]);
  return interpretEligibility271(heard.value);
}

describe('respondToEligibility270 (payer simulator), end to end', () => {
  it('an active plan comes back to the estimate exactly as stated', () => {
    const result = roundTrip(request, coverage);
    expect(result).toMatchObject({ status: 'active', traceNumbers: ['TRACE0001'], copay: 2000, coinsuranceBasisPoints: 2000 });
    expect(result.plan).toMatchObject({ name: 'ACME PPO GOLD', begin: '2026-01-01', groupNumber: 'GRP4455' });
    expect(estimatePatientShare(result, cents(100000))).toMatchObject({ copay: 2000, deductible: 60000, coinsurance: 7600, total: 69600 });
  });

  it('answers a dependent at 2000D and a rejection as AAA', () => {
    const dependent = { ...request, patient: { lastName: 'DOE', firstName: 'MAX', birthDate: calendarDate('2015-02-01') } };
    expect(roundTrip(dependent, { status: 'inactive' })).toMatchObject({ status: 'inactive', member: { firstName: 'MAX', isDependent: true } });
    const rejected = roundTrip(request, { status: { rejectReasonCode: '75' } });
    expect(rejected.status).toBe('rejected');
    expect(rejected.rejections.map((r) => [r.loop, r.code, r.followUpAction])).toEqual([['2100C', '75', 'C']]);
  });

  it('writes and reads coinsurance rates without losing a basis point', () => {
    for (const bp of [0, 50, 1250, 2000, 3333, 10000]) expect(percentToBasisPoints(basisPointsToPercent(bp), [])).toBe(bp);
    expect(basisPointsToPercent(2000)).toBe('.2');
  });
});
