// transaction837ToClaims on the public sample files: the claims a billing service would scrub.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readEnvelopes, tokenize } from '../index';
import { kindOf837, transaction837ToClaims } from './index';

const samples = fileURLToPath(new URL('../../../../shared/samples/x12', import.meta.url));
const present = existsSync(samples);
if (!present) console.warn(`X12 samples not found at ${samples}: 837 reading tests skipped`);

function read(path: string) {
  const [t] = readEnvelopes(tokenize(readFileSync(`${samples}/${path}`))).transactions;
  const r = transaction837ToClaims(t!);
  if (!r) throw new Error('not an 837');
  return r;
}

describe('kindOf837', () => {
  it('tells the guides apart, errata included', () => {
    expect(kindOf837('005010X222A1')).toBe('professional');
    expect(kindOf837('005010X222A2')).toBe('professional');
    expect(kindOf837('005010X223A3')).toBe('institutional');
    expect(kindOf837('005010X224A2')).toBeUndefined();
  });
});

describe.skipIf(!present)('transaction837ToClaims on the samples', () => {
  it('reads a secondary professional claim for a dependent with its COB', () => {
    const r = read('837_005010X222A2/demo.cob.example3.B.837');
    expect(r.kind).toBe('professional');
    expect(r.problems).toEqual([]);
    const [claim] = r.claims;
    expect(claim).toMatchObject({
      id: '1234-1', kind: 'professional', patientControlNumber: '26407789', totalCharge: 7904, placeOfService: '11', frequencyCode: '1',
      payerSequence: 'S', relationship: '19', payer: { name: 'GREAT PRAIRIES HEALTH', payerId: '567890', claimFilingIndicator: 'CI' },
      patient: { lastName: 'SMITH', firstName: 'TED', birthDate: '1973-05-01', sex: 'M', relationship: '19' },
      diagnoses: [{ code: '4779' }, { code: '2724' }, { code: '2780' }, { code: '53081' }],
      renderingProvider: { npi: '1999996666', lastNameOrOrganization: 'KILDARE', taxonomyCode: '204C00000X' },
    });
    expect(claim?.otherCoverages).toEqual([{
      sequence: 'P', relationship: '01',
      subscriber: { lastName: 'SMITH', firstName: 'JANE', birthDate: '', sex: 'U', memberId: 'JS00111223333', address: { line1: '236 N MAIN ST', city: 'MIAMI', state: 'FL', postalCode: '33111' } },
      payer: { name: 'KEY INSURANCE COMPANY', payerId: '999996666', claimFilingIndicator: '12' },
      claimAdjustments: [{ groupCode: 'PR', reasonCode: '1', amount: 2189 }, { groupCode: 'PR', reasonCode: '2', amount: 1500 }],
      paidAmount: 3915, remainingPatientLiability: 3689, adjudicationDate: '2005-10-15',
    }]);
    expect(claim?.lines.map((l) => [l.procedureCode, l.charge, l.diagnosisPointers, l.serviceDate, l.priorAdjudications?.[0]?.paidAmount])).toEqual([
      ['99213', 4300, [1, 2, 3, 4], '2005-10-03', 4000],
      ['90782', 1500, [1, 2], '2005-10-03', 1500],
      ['J3301', 2104, [1, 2], '2005-10-03', 2104],
    ]);
    expect(claim?.lines[0]?.priorAdjudications?.[0]?.adjustments).toEqual([{ groupCode: 'CO', reasonCode: '42', amount: 300 }]);
  });

  it('scrubs the claims it read with the limits OpenRCM applies before writing', () => {
    const r = read('837_005010X222A2/demo.example9.837');
    // HI*BK>36616 uses '>' where ISA16 says ':' (so no diagnosis is readable), the NPIs fail the check
    // digit (the facility's has nine digits) and SV107 "1.00" is not a pointer.
    expect(r.limitProblems.map((p) => [p.field, p.code])).toEqual([
      ['diagnoses', '837.claim.no_diagnosis'], ['billingProvider.npi', '837.claim.npi'], ['renderingProvider.npi', '837.claim.npi'], ['serviceFacility.npi', '837.claim.npi'],
      ['lines[0].diagnosisPointers', '837.line.pointer'],
    ]);
  });

  it('reads an auto-accident claim with its related causes and accident date', () => {
    const [claim] = read('837_005010X222A2/demo.autoaccident.837').claims;
    expect(claim?.relatedCauses).toEqual({ codes: ['AA'], state: 'CA', accidentDate: '2005-10-31' });
    expect(claim?.serviceFacility?.name).toBe('ASSOCIATED MEDICAL GROUP');
    expect(claim?.payer.claimFilingIndicator).toBe('AM');
  });

  it('reads NDCs and line-level providers from the drug example', () => {
    const [claim] = read('837_005010X222A2/demo.drug.example10.1.837').claims;
    expect(claim?.lines[1]?.ndc).toEqual({ code: '00026063512', quantity: 10, unit: 'ML' });
    expect(claim?.lines[1]?.codeSystem).toBe('HCPCS');
    expect(claim?.lines[0]?.codeSystem).toBe('CPT');
  });

  it('reads an institutional claim with occurrence, value and condition codes and secondary coverage', () => {
    const r = read('837_005010X223A3/institutional-claim.837i');
    expect(r.kind).toBe('institutional');
    const [claim] = r.claims;
    expect(claim).toMatchObject({
      kind: 'institutional', patientControlNumber: '756048Q', totalCharge: 8993, statementFrom: '1996-09-11', statementTo: '1996-09-11',
      diagnoses: [{ code: '3669' }, { code: '4019' }, { code: '79431' }],
      institutional: {
        facilityTypeCode: '141', admissionTypeCode: '3', patientStatusCode: '01',
        occurrenceCodes: [{ code: 'A1', date: '1926-11-11' }, { code: 'A2', date: '1991-11-01' }, { code: 'B1', date: '1926-11-11' }, { code: 'B2', date: '1987-01-01' }],
        valueCodes: [{ code: 'A2', amount: 1531 }], conditionCodes: ['09'],
        attendingProvider: { lastNameOrOrganization: 'JONES', firstName: 'JOHN', npi: '' },
      },
      otherCoverages: [{ sequence: 'S', relationship: '01', groupNumber: '351630', payer: { name: 'STATE TEACHERS', payerId: '1135' } }],
    });
    expect(claim?.lines.map((l) => [l.revenueCode, l.procedureCode, l.charge, l.units])).toEqual([['0305', '85025', 1339, 1], ['0730', '93005', 7654, 3]]);
    // The file's real findings travel with the claims.
    expect(r.findings.map((f) => f.code)).toContain('x12.element.not_used');
  });

  it('reads both claims of a two-claim institutional file', () => {
    const r = read('837_005010X223A3/two-claims-single-provider.837i');
    expect(r.claims.map((c) => [c.id, c.patientControlNumber, c.subscriber.lastName, c.assignmentCode])).toEqual([
      ['987654-1', '756048Q', 'DOE', 'C'], ['987654-2', '756049Q', 'SMITH', 'C'],
    ]);
  });
});
