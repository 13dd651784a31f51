import { describe, expect, it } from 'vitest';
import { buildProfessionalClaims } from './build-professional';
import { buildInput, dx, encounter, granite, px, testIds } from './fixtures/practice';

describe('building a professional claim from a coded encounter', () => {
  const visit = {
    encounter: encounter(),
    diagnoses: [dx(1, 'E11.22'), dx(2, 'N18.31'), dx(3, 'I10')],
    procedures: [
      px(1, '99214', { modifiers: ['25'], diagnosisPointers: [1, 2, 3] }),
      px(2, '82962', { diagnosisPointers: [1] }),
      px(3, '96372', { diagnosisPointers: [2] }),
      px(4, 'J1885', { units: 2, diagnosisPointers: [2] }),
    ],
  };

  it('carries the diagnoses without the dot, in the coder\'s order, and points each line at its own', () => {
    const { claims, problems } = buildProfessionalClaims(buildInput([visit]), testIds);
    expect(problems).toEqual([]);
    const [claim] = claims;
    expect(claim!.diagnoses.map((d) => d.code)).toEqual(['E1122', 'N1831', 'I10']);
    expect(claim!.lines.map((l) => [l.procedureCode, l.modifiers, l.diagnosisPointers])).toEqual([
      ['99214', ['25'], [1, 2, 3]],
      ['82962', [], [1]],
      ['96372', [], [2]],
      ['J1885', [], [2]],
    ]);
  });

  it('prices every line from the fee schedule times its units and totals the claim', () => {
    const [claim] = buildProfessionalClaims(buildInput([visit]), testIds).claims;
    expect(claim!.lines.map((l) => l.charge)).toEqual([18500, 1500, 4500, 2400]);
    expect(claim!.totalCharge).toBe(26900);
    expect(claim!.lines[3]).toMatchObject({ codeSystem: 'HCPCS', units: 2, serviceDate: '2023-03-14', placeOfService: '11' });
  });

  it('fills the parties: billing group, rendering doctor, Medicare as payer, the supplement as other coverage', () => {
    const [claim] = buildProfessionalClaims(buildInput([visit]), testIds).claims;
    expect(claim).toMatchObject({
      patientControlNumber: 'A100042-1',
      frequencyCode: '1',
      payerSequence: 'P',
      relationship: '18',
      billingProvider: { npi: '1234567893', taxId: { qualifier: 'EI', value: '371234567' } },
      renderingProvider: { npi: '1245319599', lastNameOrOrganization: 'NGUYEN' },
      payer: { payerId: 'MCRB1', claimFilingIndicator: 'MB' },
      subscriber: { memberId: '1EG4TE5MK73' },
    });
    expect(claim!.patient).toBeUndefined();
    expect(claim!.serviceFacility).toBeUndefined();
    expect(claim!.otherCoverages).toMatchObject([{ sequence: 'S', payer: { payerId: granite.payerId }, claimAdjustments: [] }]);
    expect(claim!.lines.every((l) => l.lineItemControlNumber.startsWith('A100042-1-'))).toBe(true);
  });

  it('builds a replacement (frequency 7) with the payer\'s claim number', () => {
    const [claim] = buildProfessionalClaims(buildInput([visit], { frequency: { code: '7', payerClaimControlNumber: '2223001234567' } }), testIds).claims;
    expect(claim).toMatchObject({ frequencyCode: '7', payerClaimControlNumber: '2223001234567' });
  });

  it('points a line without pointers at the first four diagnoses', () => {
    const bare = { ...visit, procedures: [px(1, '99214')] };
    const [claim] = buildProfessionalClaims(buildInput([bare]), testIds).claims;
    expect(claim!.lines[0]!.diagnosisPointers).toEqual([1, 2, 3]);
  });

  it('splits an encounter over 12 diagnoses across claims, each with the diagnoses its lines point to', () => {
    const codes = ['E11.22', 'N18.31', 'I10', 'E78.5', 'E66.9', 'Z68.32', 'J44.1', 'M17.11', 'K21.9', 'E03.9', 'F32.1', 'G43.909', 'R42', 'M54.50'];
    const many = {
      encounter: encounter(),
      diagnoses: codes.map((c, i) => dx(i + 1, c)),
      procedures: [
        px(1, '99214', { diagnosisPointers: [1, 2, 3, 4] }),
        px(2, '82962', { diagnosisPointers: [5, 6, 7, 8] }),
        px(3, '96372', { diagnosisPointers: [9, 10, 11, 12] }),
        px(4, 'J1885', { diagnosisPointers: [13, 14] }),
      ],
    };
    const { claims, problems } = buildProfessionalClaims(buildInput([many]), testIds);
    expect(claims).toHaveLength(2);
    expect(claims.map((c) => c.diagnoses.length)).toEqual([12, 2]);
    expect(claims[1]!.lines[0]!.diagnosisPointers).toEqual([1, 2]);
    expect(claims.map((c) => c.patientControlNumber)).toEqual(['A100042-1', 'A100042-2']);
    expect(problems).toEqual([]);
  });

  it('still builds a claim, with problems that hold it, when data is missing', () => {
    const unpriced = { ...visit, procedures: [px(1, '99499', { diagnosisPointers: [7] })] };
    const { claims, problems } = buildProfessionalClaims(buildInput([unpriced]), testIds);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.lines).toHaveLength(1);
    expect(problems.map((p) => p.code).sort()).toEqual(['billing.no_fee', 'billing.pointer_nowhere']);
  });

  it('refuses to claim a self-pay visit', () => {
    const input = buildInput([visit]);
    const selfPay = { ...input.billed.payer, category: 'self_pay' as const };
    const { problems } = buildProfessionalClaims({ ...input, billed: { ...input.billed, payer: selfPay } }, testIds);
    expect(problems.map((p) => p.code)).toContain('billing.self_pay');
  });

  it('bills a dependent under the parent\'s plan with the patient loop', () => {
    const input = buildInput([visit]);
    const child = { ...input.billed.coverage, relationship: '19' as const, subscriber: { ...input.billed.coverage.subscriber, firstName: 'PETER' } };
    const [claim] = buildProfessionalClaims({ ...input, billed: { ...input.billed, coverage: child } }, testIds).claims;
    expect(claim).toMatchObject({ relationship: '19', subscriber: { firstName: 'PETER' }, patient: { firstName: 'GRACE', relationship: '19' } });
  });
});
