import { describe, expect, it } from 'vitest';
import { calendarDate, cents } from '../deps';
import { DEFAULT_DELIMITERS } from '../segment';
import { validateTransaction } from '../walker';
import { writeSegments } from '../writer';
import { buildClaimStatusRequest276, generate276, parse276, x276Spec } from './index';
import type { ClaimStatusRequestInput } from './index';

const input: ClaimStatusRequestInput = {
  provider: { name: 'RIVERSIDE FAMILY MEDICINE', npi: '1234567893' },
  payer: { name: 'ACME HEALTH PLAN', payerId: '60054' },
  informationReceiver: { name: 'RIVERSIDE FAMILY MEDICINE', etin: 'RFM001' },
  subscriber: { memberId: 'W123456789', lastName: 'DOE', firstName: 'JANE', birthDate: calendarDate('1980-04-12'), gender: 'F' },
  claim: {
    patientControlNumber: 'RFM-10001',
    payerClaimControlNumber: 'PCN202611180001',
    totalCharge: cents(25000),
    serviceDates: { from: calendarDate('2026-11-02') },
  },
  transactionSetControlNumber: '0002',
  traceNumber: 'CS0001',
  createdAt: { date: calendarDate('2026-11-26'), time: '1200' },
};

const lines = (s: ReturnType<typeof generate276>) => writeSegments(s, DEFAULT_DELIMITERS).split('~').filter(Boolean);

describe('buildClaimStatusRequest276', () => {
  it('asks about a subscriber claim by trace, payer claim number, patient control number, charge and date', () => {
    const segments = generate276(buildClaimStatusRequest276(input));
    expect(lines(segments)).toEqual([
      'ST*276*0002*005010X212',
      'BHT*0010*13*CS0001*20261126*1200',
      'HL*1**20*1',
      'NM1*PR*2*ACME HEALTH PLAN*****PI*60054',
      'HL*2*1*21*1',
      'NM1*41*2*RIVERSIDE FAMILY MEDICINE*****46*RFM001',
      'HL*3*2*19*1',
      'NM1*1P*2*RIVERSIDE FAMILY MEDICINE*****XX*1234567893',
      'HL*4*3*22*0',
      'DMG*D8*19800412*F',
      'NM1*IL*1*DOE*JANE****MI*W123456789',
      'TRN*1*CS0001',
      'REF*1K*PCN202611180001',
      'REF*EJ*RFM-10001',
      'AMT*T3*250',
      'DTP*472*D8*20261102',
      'SE*17*0002',
    ]);
    expect(validateTransaction(x276Spec, segments, DEFAULT_DELIMITERS).findings).toEqual([]);
  });

  it('puts a dependent patient claim under 2000E with a date range', () => {
    const model = buildClaimStatusRequest276({
      ...input,
      patient: { lastName: 'DOE', firstName: 'MAX', birthDate: calendarDate('2015-02-01'), gender: 'M' },
      claim: { patientControlNumber: 'RFM-10002', totalCharge: cents(17550), serviceDates: { from: calendarDate('2026-11-05'), to: calendarDate('2026-11-07') } },
    });
    const segments = generate276(model);
    expect(lines(segments).slice(8)).toEqual([
      'HL*4*3*22*1',
      'NM1*IL*1*DOE*JANE****MI*W123456789',
      'HL*5*4*23',
      'DMG*D8*20150201*M',
      'NM1*QC*1*DOE*MAX',
      'TRN*1*CS0001',
      'REF*EJ*RFM-10002',
      'AMT*T3*175.5',
      'DTP*472*RD8*20261105-20261107',
      'SE*18*0002',
    ]);
    expect(validateTransaction(x276Spec, segments, DEFAULT_DELIMITERS).findings).toEqual([]);
    expect(parse276({ segments, delimiters: DEFAULT_DELIMITERS }).value).toEqual(model);
  });

  it('refuses service dates that run backwards', () => {
    const bad = { ...input, claim: { ...input.claim, serviceDates: { from: calendarDate('2026-11-05'), to: calendarDate('2026-11-01') } } };
    expect(() => buildClaimStatusRequest276(bad)).toThrow(/last date of service is before the first/);
  });
});
