// claimsTo837P: OpenRCM claims become an 837P that validates clean against the guide, carries the
// situational segments each claim needs, and reads back to the same claims.
import { describe, expect, it } from 'vitest';
import { cents } from '../deps';
import type { Claim } from '../deps';
import { DEFAULT_DELIMITERS } from '../segment';
import type { Segment } from '../segment';
import { Claim837Error } from '../837-common/index';
import { claimsTo837P, generate837P, parse837P, transaction837PToClaims, validate837P } from './index';
import * as f from './claim-fixtures';

function build(claims: readonly Claim[]): Segment[] {
  return generate837P(claimsTo837P(claims, f.submitter, f.receiver, f.options));
}

function ids(segments: Segment[]): string[] {
  return segments.map((s) => s.elements.slice(0, 3).join('*'));
}

function refused(claims: readonly Claim[]): Claim837Error {
  try {
    claimsTo837P(claims, f.submitter, f.receiver, f.options);
  } catch (e) {
    if (e instanceof Claim837Error) return e;
    throw e;
  }
  throw new Error('expected the claims to be refused');
}

describe('claimsTo837P', () => {
  it.each(Object.entries({ original: f.original, secondary: f.secondary, replacement: f.replacement, voided: f.voided, dependent: f.dependent, fiftyLines: f.fiftyLines }))(
    '%s claim validates clean against 005010X222A1',
    (_name, claim) => {
      const segments = build([claim]);
      expect(validate837P({ segments, delimiters: DEFAULT_DELIMITERS })).toEqual([]);
    },
  );

  it('validates clean with all claims in one batch, grouped by billing provider, subscriber and patient', () => {
    const segments = build(f.allClaims);
    expect(validate837P({ segments, delimiters: DEFAULT_DELIMITERS })).toEqual([]);
    const hl = segments.filter((s) => s.id === 'HL').map((s) => s.elements.slice(1).join('*'));
    // one billing provider; self claims to Evergreen, the Medicare secondary, the dependent's subscriber level and her patient level
    expect(hl).toEqual(['1**20*1', '2*1*22*0', '3*1*22*0', '4*1*22*1', '5*4*23*0']);
    expect(segments.filter((s) => s.id === 'CLM')).toHaveLength(6);
  });

  it('starts another subscriber level after 100 claims (the 2300 repeat limit)', () => {
    const many = Array.from({ length: 150 }, (_, i) => ({ ...f.original, id: `m${i}`, patientControlNumber: `RFM${String(i).padStart(8, '0')}` }));
    const segments = build(many);
    expect(validate837P({ segments, delimiters: DEFAULT_DELIMITERS })).toEqual([]);
    expect(segments.filter((s) => s.id === 'HL').map((s) => s.elements.slice(1).join('*'))).toEqual(['1**20*1', '2*1*22*0', '3*1*22*0']);
    expect(segments.filter((s) => s.id === 'CLM')).toHaveLength(150);
  });

  it('writes the original claim with onset date, referral, prior authorization, referring and rendering providers, NDC and REF*6R', () => {
    const s = ids(build([f.original]));
    expect(s).toContain('CLM*RFM24110501*215');
    expect(s).toContain('DTP*431*D8');
    expect(s).toContain('REF*9F*RF3321');
    expect(s).toContain('REF*G1*PA99812');
    expect(s).toContain('NM1*DN*1');
    expect(s).toContain('NM1*82*1');
    expect(s).toContain('LIN**N4');
    expect(s).toContain('REF*6R*L3');
    expect(s.some((x) => x.startsWith('REF*F8'))).toBe(false);
    expect(s.some((x) => x.startsWith('PAT'))).toBe(false);
  });

  it('writes frequency 7 and 8 in CLM05-3 with the payer claim control number in REF*F8', () => {
    for (const [claim, freq] of [[f.replacement, '7'], [f.voided, '8']] as const) {
      const segments = build([claim]);
      expect(segments.find((s) => s.id === 'CLM')?.elements[5]).toBe(`11:B:${freq}`);
      expect(segments.find((s) => s.id === 'REF' && s.elements[1] === 'F8')?.elements[2]).toBe('EVG2024110900321');
    }
  });

  it('writes the secondary claim with 2320/2330 COB and 2430 line adjudication', () => {
    const s = ids(build([f.secondary]));
    expect(s).toContain('SBR*S*18');
    expect(s).toContain('SBR*P*18');
    expect(s).toContain('AMT*D*150');
    expect(s).toContain('AMT*EAF*19');
    expect(s).toContain('NM1*PR*2');
    expect(s.filter((x) => x === 'SVD*61101*120' || x === 'SVD*61101*20' || x === 'SVD*61101*10')).toHaveLength(3);
    expect(s.filter((x) => x.startsWith('CAS*CO*45'))).toHaveLength(3);
    expect(s.filter((x) => x.startsWith('DTP*573'))).toHaveLength(3);
  });

  it('puts a dependent in 2000C with PAT and no SBR02', () => {
    const segments = build([f.dependent]);
    expect(segments.find((s) => s.id === 'SBR')?.elements[2]).toBe('');
    expect(segments.find((s) => s.id === 'PAT')?.elements[1]).toBe('19');
    expect(ids(segments)).toContain('NM1*QC*1');
    expect(ids(segments)).toContain('NM1*77*2');
    expect(ids(segments)).toContain('NM1*DQ*1');
  });

  it('reads the generated file back to the same claims (fields an 837P does not carry aside)', () => {
    const segments = build(f.allClaims);
    const { transaction, findings } = parse837P({ segments, delimiters: DEFAULT_DELIMITERS });
    expect(findings).toEqual([]);
    const { claims, problems } = transaction837PToClaims(transaction, (_n, pcn) => pcn);
    expect(problems).toEqual([]);
    const byId = new Map(f.allClaims.map((c) => [c.id, c]));
    const order = ['clm-1', 'clm-3', 'clm-4', 'clm-6', 'clm-2', 'clm-5'];
    expect(claims.map((c) => c.patientControlNumber)).toEqual(order.map((id) => byId.get(id)!.patientControlNumber));
    claims.forEach((read, i) => {
      expect(normalize(read)).toEqual(normalize(byId.get(order[i]!)!));
    });
  });
});

/** Drops what the 837P does not carry: claim id, statement dates (no DTP*434 on professional claims), demographics of people who are not the patient. */
function normalize(c: Claim): unknown {
  const { id: _id, statementFrom: _f, statementTo: _t, ...rest } = c;
  const self = !c.patient;
  return JSON.parse(JSON.stringify({
    ...rest,
    subscriber: self ? c.subscriber : { ...c.subscriber, birthDate: '', sex: 'U' },
    otherCoverages: c.otherCoverages.map((o) => ({ ...o, subscriber: { ...o.subscriber, birthDate: '', sex: 'U', groupNumber: o.groupNumber } })),
    lines: c.lines.map((l) => ({ ...l })),
  })) as unknown;
}

describe('claimsTo837P limits', () => {
  it('refuses 51 lines, naming the claim and the limit', () => {
    const big = { ...f.fiftyLines, lines: [...f.fiftyLines.lines, { ...f.fiftyLines.lines[0]!, lineNumber: 51 }], totalCharge: cents(51 * 4500) };
    const e = refused([big]);
    expect(e.code).toBe('837.limit.lines');
    expect(e.message).toBe('Claim RFM24110550: has 51 service lines; the 837P allows at most 50 per claim. Split it into several claims.');
    expect(e.problems[0]?.field).toBe('lines');
  });

  it('refuses 13 diagnoses', () => {
    const dx = Array.from({ length: 13 }, (_, i) => ({ code: `M54${String(i).padStart(2, '0')}` }));
    const e = refused([{ ...f.original, diagnoses: dx }]);
    expect(e.problems.map((p) => p.code)).toEqual(['837.limit.diagnoses']);
    expect(e.message).toContain('has 13 diagnoses; the 837P carries at most 12');
  });

  it('refuses five diagnosis pointers on a line and a pointer past the last diagnosis', () => {
    const lines = f.original.lines.map((l, i) => (i === 0 ? { ...l, diagnosisPointers: [1, 2, 3, 1, 2] } : i === 2 ? { ...l, diagnosisPointers: [4] } : l));
    const e = refused([{ ...f.original, lines }]);
    expect(e.problems.map((p) => [p.field, p.code])).toEqual([
      ['lines[0].diagnosisPointers', '837.limit.pointers'],
      ['lines[2].diagnosisPointers', '837.line.pointer'],
    ]);
  });

  it('refuses a patient control number over 20 characters', () => {
    const e = refused([{ ...f.original, patientControlNumber: 'RFM-2024-11-05-000001' }]);
    expect(e.code).toBe('837.limit.patient_control_number');
    expect(e.message).toContain('is 21 characters; payers return only 20 in the 835');
  });

  it('refuses data containing a delimiter and says which field', () => {
    const e = refused([{ ...f.original, subscriber: { ...f.subscriber, lastName: "O*NEIL" } }]);
    expect(e.code).toBe('837.data.delimiter');
    expect(e.problems[0]?.field).toBe('subscriber.lastName');
    expect(e.message).toBe("Claim RFM24110501: subscriber.lastName contains '*' (the element separator), which X12 5010 cannot carry in data; remove it.");
    const note = refused([{ ...f.original, note: 'PATIENT SEEN 10:30' }]);
    expect(note.problems[0]?.field).toBe('note');
    expect(note.message).toContain("'\u003a' (the component separator)");
  });

  it('refuses a replacement without the payer claim number and a total that is not the sum of the lines', () => {
    const e = refused([{ ...f.replacement, payerClaimControlNumber: undefined, totalCharge: cents(1) }]);
    expect(e.problems.map((p) => p.code)).toEqual(['837.claim.missing_payer_claim_number', '837.claim.charge_mismatch']);
  });

  it('lists the problems of every claim in the batch', () => {
    const e = refused([{ ...f.original, patientControlNumber: '' }, { ...f.dependent, diagnoses: [] }]);
    expect(e.problems.map((p) => p.claimId)).toEqual(['clm-1', 'clm-5', 'clm-5']);
    expect(e.code).toBe('837.claims.invalid');
  });

  it('refuses an NPI that fails the check digit, naming the provider', () => {
    const e = refused([{ ...f.original, renderingProvider: { ...f.original.renderingProvider!, npi: '1847563926' } }]);
    expect(e.problems.map((p) => [p.field, p.code])).toEqual([['renderingProvider.npi', '837.claim.npi']]);
  });

  it('refuses COB beyond the repeat limits: 11 other payers, more than 5 CAS segments', () => {
    const cov = f.secondary.otherCoverages[0]!;
    const manyReasons = Array.from({ length: 31 }, (_, i) => ({ groupCode: 'CO' as const, reasonCode: String(i + 1), amount: cents(1) }));
    const e = refused([{ ...f.secondary, otherCoverages: [...Array.from({ length: 10 }, () => cov), { ...cov, claimAdjustments: manyReasons }] }]);
    expect(e.problems.map((p) => [p.field, p.code])).toEqual([
      ['otherCoverages', '837.limit.other_coverages'],
      ['otherCoverages[10].claimAdjustments', '837.limit.adjustments'],
    ]);
  });

  it('refuses a delimiter in the submitter name', () => {
    expect(() => claimsTo837P([f.original], { ...f.submitter, name: 'A~B' }, f.receiver, f.options)).toThrow(/submitter.name contains '~'/);
  });
});
