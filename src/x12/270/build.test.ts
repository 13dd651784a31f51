import { describe, expect, it } from 'vitest';
import { AppError, calendarDate } from '../deps';
import { DEFAULT_DELIMITERS } from '../segment';
import { validateTransaction } from '../walker';
import { writeSegments } from '../writer';
import { buildEligibilityRequest270, generate270, parse270, x270Spec } from './index';
import type { EligibilityRequestInput } from './index';

const input: EligibilityRequestInput = {
  provider: { name: 'RIVERSIDE FAMILY MEDICINE', npi: '1234567893', taxonomyCode: '207Q00000X' },
  payer: { name: 'ACME HEALTH PLAN', payerId: '60054' },
  subscriber: { memberId: 'W123456789', lastName: 'DOE', firstName: 'JANE', birthDate: calendarDate('1980-04-12'), gender: 'F' },
  dateOfService: calendarDate('2026-11-30'),
  serviceTypeCodes: ['30', '98'],
  transactionSetControlNumber: '0001',
  traceNumber: 'TRACE0001',
  originatingCompanyIdentifier: '1123456789',
  createdAt: { date: calendarDate('2026-11-26'), time: '1200' },
};

function text(segments: ReturnType<typeof generate270>): string[] {
  return writeSegments(segments, DEFAULT_DELIMITERS).split('~').filter(Boolean);
}

describe('buildEligibilityRequest270', () => {
  it('asks about the subscriber as patient: TRN, NM1*IL, DMG, DTP*291 and EQ at the subscriber level', () => {
    const segments = generate270(buildEligibilityRequest270(input));
    expect(text(segments)).toEqual([
      'ST*270*0001*005010X279A1',
      'BHT*0022*13*TRACE0001*20261126*1200',
      'HL*1**20*1',
      'NM1*PR*2*ACME HEALTH PLAN*****PI*60054',
      'HL*2*1*21*1',
      'NM1*1P*2*RIVERSIDE FAMILY MEDICINE*****XX*1234567893',
      'PRV*PE*PXC*207Q00000X',
      'HL*3*2*22*0',
      'TRN*1*TRACE0001*1123456789',
      'NM1*IL*1*DOE*JANE****MI*W123456789',
      'DMG*D8*19800412*F',
      'DTP*291*D8*20261130',
      'EQ*30^98',
      'SE*14*0001',
    ]);
    expect(validateTransaction(x270Spec, segments, DEFAULT_DELIMITERS).findings).toEqual([]);
  });

  it('asks about a dependent patient at 2000D, with the subscriber identified above it', () => {
    const model = buildEligibilityRequest270({
      ...input,
      patient: { lastName: 'DOE', firstName: 'MAX', birthDate: calendarDate('2015-02-01'), gender: 'M', relationshipCode: '19' },
    });
    const segments = generate270(model);
    expect(text(segments).slice(7)).toEqual([
      'HL*3*2*22*1',
      'NM1*IL*1*DOE*JANE****MI*W123456789',
      'DMG*D8*19800412*F',
      'HL*4*3*23*0',
      'TRN*1*TRACE0001*1123456789',
      'NM1*03*1*DOE*MAX',
      'DMG*D8*20150201*M',
      'INS*N*19',
      'DTP*291*D8*20261130',
      'EQ*30^98',
      'SE*18*0001',
    ]);
    expect(validateTransaction(x270Spec, segments, DEFAULT_DELIMITERS).findings).toEqual([]);
    expect(parse270({ segments, delimiters: DEFAULT_DELIMITERS }).value).toEqual(model);
  });

  it('refuses a request it cannot send, naming each bad field', () => {
    const bad = { ...input, provider: { ...input.provider, npi: '12345' }, subscriber: { ...input.subscriber, memberId: '' } };
    expect(() => buildEligibilityRequest270(bad)).toThrow(AppError);
    try {
      buildEligibilityRequest270(bad);
    } catch (e) {
      expect(e).toMatchObject({ code: 'x12.270.invalid_request', kind: 'domain' });
      expect((e as Error).message).toMatch(/provider\.npi: an NPI is 10 digits/);
      expect((e as Error).message).toMatch(/subscriber\.memberId/);
    }
  });
});

describe('generated 270s and the writer', () => {
  it('a delimiter inside a name is refused when the 270 is written, naming the element', () => {
    const segments = generate270(buildEligibilityRequest270({ ...input, subscriber: { ...input.subscriber, lastName: 'O*BRIEN' } }));
    expect(() => writeSegments(segments, DEFAULT_DELIMITERS)).toThrow(/NM103/);
  });
});
