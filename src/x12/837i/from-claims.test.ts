// claimsTo837I: institutional claims become an 837I that validates clean and reads back the same.
import { describe, expect, it } from 'vitest';
import { cents } from '../deps';
import type { Claim } from '../deps';
import { DEFAULT_DELIMITERS } from '../segment';
import type { Segment } from '../segment';
import { Claim837Error } from '../837-common/index';
import { build837IBatch, claimsTo837I, generate837I, parse837I, transaction837IToClaims, validate837I } from './index';
import { MemoryControlNumbers } from '../index';
import * as f from './claim-fixtures';

function build(claims: readonly Claim[]): Segment[] {
  return generate837I(claimsTo837I(claims, f.submitter, f.receiver, f.options));
}

function text(segments: Segment[]): string[] {
  return segments.map((s) => s.elements.join('*'));
}

describe('claimsTo837I', () => {
  it.each([['inpatient', f.inpatient], ['outpatient', f.outpatient], ['secondary', f.secondary]] as const)('%s claim validates clean against 005010X223A2', (_n, claim) => {
    expect(validate837I({ segments: build([claim]), delimiters: DEFAULT_DELIMITERS })).toEqual([]);
  });

  it('writes the inpatient claim as the UB-04 has it', () => {
    const s = text(build([f.inpatient]));
    expect(s).toContain('CLM*MGH2411000071*18480***11:A:1**A*Y*Y');
    expect(s).toContain('DTP*096*TM*1030');
    expect(s).toContain('DTP*434*RD8*20241103-20241106');
    expect(s).toContain('DTP*435*DT*202411032215');
    expect(s).toContain('CL1*1*7*01');
    expect(s).toContain('HI*ABK:J189:::::::Y');
    expect(s).toContain('HI*ABJ:R0602');
    expect(s).toContain('HI*DR:193');
    expect(s).toContain('HI*ABF:J9601:::::::Y*ABF:E119:::::::Y*ABF:N179:::::::N');
    expect(s).toContain('HI*BBR:0BJ08ZZ:D8:20241104');
    expect(s).toContain('HI*BBQ:5A1955Z:D8:20241103');
    expect(s).toContain('HI*BI:74:RD8:20241020-20241022');
    expect(s).toContain('HI*BH:11:D8:20241101');
    expect(s).toContain('HI*BE:80:::3*BE:A1:::1632');
    expect(s).toContain('HI*BG:39');
    expect(s).toContain('NM1*71*1*OKAFOR*GRACE****XX*1847563925');
    expect(s).toContain('PRV*AT*PXC*207RH0003X');
    expect(s).toContain('NM1*72*1*HALE*MORGAN****XX*1765432103');
    expect(s).toContain('SV2*0120**9000*DA*3');
    expect(s).toContain('SV2*0324*HC:71046*480*UN*1');
    expect(s).toContain('DTP*472*RD8*20241103-20241105');
  });

  it('writes the replacement with REF*F8 and the reasons for visit', () => {
    const s = text(build([f.outpatient]));
    expect(s).toContain('CLM*MGH2411000090*1525***13:A:7**A*Y*Y');
    expect(s).toContain('REF*F8*21024310000501');
    expect(s).toContain('HI*APR:M25531*APR:S6990XA');
  });

  it('writes claim-level COB for the secondary', () => {
    const s = text(build([f.secondary]));
    expect(s).toContain('SBR*P*18*******MA');
    expect(s).toContain('CAS*PR*1*1632');
    expect(s).toContain('CAS*CO*45*1648');
    expect(s).toContain('AMT*D*15200');
    expect(s).toContain('DTP*573*D8*20241125');
  });

  it('reads the generated file back to the same claims (claim id, place of service and other subscribers\' demographics are not in an 837I)', () => {
    const { transaction, findings } = parse837I({ segments: build(f.allClaims), delimiters: DEFAULT_DELIMITERS });
    expect(findings).toEqual([]);
    const { claims, problems } = transaction837IToClaims(transaction, (_n, pcn) => pcn);
    expect(problems).toEqual([]);
    const strip = (c: Claim): unknown => JSON.parse(JSON.stringify({
      ...c, id: '', placeOfService: '',
      otherCoverages: c.otherCoverages.map((o) => ({ ...o, subscriber: { ...o.subscriber, birthDate: '', sex: 'U' } })),
    })) as unknown;
    const expected = [f.inpatient, f.outpatient, f.secondary];
    expect(claims.map(strip)).toEqual(expected.map(strip));
  });

  it('refuses more than 999 lines and more than 25 diagnoses', () => {
    const line = f.outpatient.lines[0]!;
    const lines = Array.from({ length: 1000 }, (_, i) => ({ ...line, lineNumber: i + 1, lineItemControlNumber: `L${i + 1}` }));
    const dx = Array.from({ length: 26 }, (_, i) => ({ code: `J${String(100 + i)}` }));
    let error: unknown;
    try {
      claimsTo837I([{ ...f.outpatient, lines, totalCharge: cents(1000 * 98000), diagnoses: dx }], f.submitter, f.receiver, f.options);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Claim837Error);
    expect((error as Claim837Error).problems.map((p) => p.message)).toEqual([
      'Claim MGH2411000090: has 1000 service lines; the 837I allows at most 999 per claim. Split it into several claims.',
      'Claim MGH2411000090: has 26 diagnoses; the 837I carries at most 25.',
    ]);
  });

  it('refuses a professional claim and an institutional claim without a revenue code', () => {
    const noRevenue = { ...f.outpatient, lines: [{ ...f.outpatient.lines[0]!, revenueCode: undefined }, f.outpatient.lines[1]!] };
    expect(() => claimsTo837I([{ ...f.inpatient, kind: 'professional' }], f.submitter, f.receiver, f.options)).toThrow(/the 837I carries institutional claims only/);
    expect(() => claimsTo837I([noRevenue], f.submitter, f.receiver, f.options)).toThrow(/line 1 has no revenue code/);
  });
});

describe('build837IBatch', () => {
  it('writes a checked interchange for the institutional claims', async () => {
    const { transactionSetControlNumber: _ignored, ...options } = f.options;
    const batch = await build837IBatch(f.allClaims, { submitter: f.submitter, receiver: f.receiver }, options, {
      sender: { qualifier: 'ZZ', id: 'MGH001' }, receiver: { qualifier: 'ZZ', id: 'SCH77' }, controlNumbers: new MemoryControlNumbers(),
      date: new Date(Date.UTC(2024, 10, 12, 8, 15)), usage: 'T',
    });
    expect(batch.findings).toEqual([]);
    expect(batch.text).toContain('GS*HC*MGH001*SCH77*20241112*0815*1*X*005010X223A2~');
    expect(batch.claims).toBe(3);
  });
});
