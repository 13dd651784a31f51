import { describe, expect, it } from 'vitest';
import { cents } from '../deps';
import { DEFAULT_DELIMITERS } from '../segment';
import { encodeSegment, type DelimiterHit } from './codec';
import { NONE } from './from-claims';
import { CAS, HI, NM1, SV1 } from './segments';

const d = DEFAULT_DELIMITERS;
const refuse: DelimiterHit = (field, ref, _text, ch) => {
  throw new Error(`${ref} ${field} ${ch}`);
};

describe('encodeSegment', () => {
  it('writes a subscriber name with its empty middle elements and without trailing ones', () => {
    const nm1 = encodeSegment(NM1, { entityIdentifierCode: 'IL', entityTypeQualifier: '1', lastNameOrOrganizationName: 'NAKAMURA', firstName: 'KEN', identificationCodeQualifier: 'MI', identificationCode: 'XJH448812901' }, d);
    expect(nm1.elements).toEqual(['NM1', 'IL', '1', 'NAKAMURA', 'KEN', '', '', '', 'MI', 'XJH448812901']);
    expect(encodeSegment(NM1, { entityIdentifierCode: '40', entityTypeQualifier: '2', lastNameOrOrganizationName: 'CASCADE' }, d).elements).toEqual(['NM1', '40', '2', 'CASCADE']);
  });

  it('joins composites, keeping inner empty components and dropping trailing ones', () => {
    const sv1 = encodeSegment(SV1, {
      compositeMedicalProcedureIdentifier: { productServiceIdQualifier: 'HC', procedureCode: '99214', procedureModifier2: '59' },
      lineItemChargeAmount: cents(17550), unitOrBasisForMeasurementCode: 'UN', serviceUnitCount: 1.5,
      compositeDiagnosisCodePointer: { diagnosisCodePointer1: '1', diagnosisCodePointer2: '3' },
    }, d);
    expect(sv1.elements).toEqual(['SV1', 'HC:99214::59', '175.5', 'UN', '1.5', '', '', '1:3']);
  });

  it('writes repeated groups: CAS triplets and HI composites', () => {
    const cas = encodeSegment(CAS, { claimAdjustmentGroupCode: 'CO', adjustments: [{ claimAdjustmentReasonCode: '45', monetaryAmount: cents(4000) }, { claimAdjustmentReasonCode: '253', monetaryAmount: cents(120), quantity: 2 }] }, d);
    expect(cas.elements).toEqual(['CAS', 'CO', '45', '40', '', '253', '1.2', '2']);
    const hi = encodeSegment(HI, { healthCareCodes: [{ codeListQualifierCode: 'ABK', industryCode: 'J0190' }, { codeListQualifierCode: 'ABF', industryCode: 'E119' }] }, d);
    expect(hi.elements).toEqual(['HI', 'ABK:J0190', 'ABF:E119']);
  });

  it('names the field and element of a value that holds a delimiter', () => {
    expect(() => encodeSegment(NM1, { entityIdentifierCode: 'IL', lastNameOrOrganizationName: 'O*BRIEN' }, d, refuse)).toThrow('NM103 lastNameOrOrganizationName *');
    expect(() => encodeSegment(SV1, { compositeMedicalProcedureIdentifier: { productServiceIdQualifier: 'HC', procedureCode: '99:214' } }, d, refuse)).toThrow('SV101-2 compositeMedicalProcedureIdentifier.procedureCode :');
  });
});

describe('NONE', () => {
  it('is shared by loops without a segment, so it refuses to be changed', () => {
    expect(NONE).toHaveLength(0);
    expect(() => (NONE as unknown[]).push(1)).toThrow(TypeError);
  });
});
