import { describe, expect, it } from 'vitest';
import { calendarDate as d } from '../dates/index';
import { cents } from '../money/index';
import { buildInstitutionalClaim } from './build-institutional';
import { buildInput, doctor, dx, encounter, fees, px, testIds } from './fixtures/practice';
import { revenueCodeFor } from './revenue-codes';

describe('building an institutional claim', () => {
  const feesWithEd = { ...fees, items: [...fees.items, { codeSystem: 'CPT' as const, code: '99284', modifier: '', amount: cents(95000) }, { codeSystem: 'CPT' as const, code: '71046', modifier: '', amount: cents(32000) }] };

  it('gives an outpatient hospital visit type of bill 131 and revenue-code lines', () => {
    const visit = {
      encounter: encounter({ placeOfService: '22' }),
      diagnoses: [dx(1, 'J18.9'), dx(2, 'R06.02')],
      procedures: [px(1, '99284'), px(2, '71046'), px(3, '96372'), px(4, 'J1885', { units: 2 })],
    };
    const { claims, problems } = buildInstitutionalClaim(buildInput([visit], { feeSchedule: feesWithEd }), { patientStatusCode: '01', attendingProviderId: doctor.id }, testIds);
    const [claim] = claims;
    expect(problems).toEqual([]);
    expect(claim!.institutional).toMatchObject({ facilityTypeCode: '131', patientStatusCode: '01', attendingProvider: { npi: doctor.npi } });
    expect(claim!.lines.map((l) => [l.revenueCode, l.procedureCode])).toEqual([['0450', '99284'], ['0320', '71046'], ['0260', '96372'], ['0636', 'J1885']]);
    expect(claim!.diagnoses[0]).toEqual({ code: 'J189' });
  });

  it('bills an inpatient stay with room and board per day, ICD-10-PCS procedures and POA flags', () => {
    const stay = {
      encounter: encounter({ setting: 'inpatient', placeOfService: '21', dateOfService: d('2023-05-01'), dischargeDate: d('2023-05-04') }),
      diagnoses: [dx(1, 'K35.80', { presentOnAdmission: 'Y' }), dx(2, 'E11.9', { presentOnAdmission: 'Y' })],
      procedures: [px(1, '0DTJ4ZZ', { codeSystem: 'ICD10PCS' })],
    };
    const { claims } = buildInstitutionalClaim(
      buildInput([stay]),
      { patientStatusCode: '01', admissionTypeCode: '1', admissionSourceCode: '7', attendingProviderId: doctor.id, roomAndBoardDaily: cents(210000) },
      testIds,
    );
    const [claim] = claims;
    expect(claim!.institutional).toMatchObject({ facilityTypeCode: '111', admissionDate: '2023-05-01', principalProcedure: { code: '0DTJ4ZZ' } });
    expect(claim!.lines).toHaveLength(1);
    expect(claim!.lines[0]).toMatchObject({ revenueCode: '0120', units: 3, charge: 630000, unitMeasure: 'DA' });
    expect(claim!.diagnoses).toEqual([{ code: 'K3580', presentOnAdmission: 'Y' }, { code: 'E119', presentOnAdmission: 'Y' }]);
    expect(claim!.statementTo).toBe('2023-05-04');
  });

  it('says when it had to default a revenue code, and when the attending is missing', () => {
    expect(revenueCodeFor('G0438')).toEqual({ revenueCode: '0940', defaulted: true });
    const visit = { encounter: encounter(), diagnoses: [dx(1, 'I10')], procedures: [px(1, '99214')] };
    const { problems } = buildInstitutionalClaim(buildInput([visit]), { patientStatusCode: '01' }, testIds);
    expect(problems.map((p) => p.code)).toEqual(['billing.no_attending']);
  });
});
