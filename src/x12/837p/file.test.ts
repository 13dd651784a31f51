// The whole path a biller uses: claims -> 837P -> envelope -> file text -> read back as a file, valid,
// with the same claims; and the same round trip over generated claims (property-based).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cents } from '../deps';
import type { CalendarDate, Claim, ClaimLine } from '../deps';
import { envelope, inspectX12, MemoryControlNumbers } from '../index';
import { DEFAULT_DELIMITERS } from '../segment';
import type { Delimiters } from '../segment';
import { build837PBatch, claimsTo837P, generate837P, parse837P, transaction837PToClaims, validate837P } from './index';
import type { Transaction837P } from './index';
import * as f from './claim-fixtures';

async function file(claims: readonly Claim[], delimiters: Delimiters = DEFAULT_DELIMITERS): Promise<string> {
  const segments = generate837P(claimsTo837P(claims, f.submitter, f.receiver, f.options, delimiters), delimiters);
  const out = await envelope([{ segments, guide: '005010X222A1' }], {
    sender: { qualifier: 'ZZ', id: 'RBS0042' }, receiver: { qualifier: 'ZZ', id: 'CCH001' }, controlNumbers: new MemoryControlNumbers(),
    date: new Date(Date.UTC(2024, 10, 5, 14, 32)), usage: 'T', delimiters, lineEnding: '\n',
  });
  return out.text;
}

describe('837P files', () => {
  it('an enveloped batch reads back as a valid file with the same claims', async () => {
    const text = await file(f.allClaims);
    const read = inspectX12(text);
    expect(read.findings).toEqual([]);
    expect(read.transactions).toHaveLength(1);
    expect(read.transactions[0]?.handler?.name).toBe('837P');
    expect(read.transactions[0]?.findings).toEqual([]);
    const value = read.transactions[0]?.value as Transaction837P;
    expect(transaction837PToClaims(value).claims.map((c) => c.patientControlNumber)).toEqual(
      ['RFM24110501', 'RFM24110501', 'RFM24110501', 'RFM24110550', 'RFM24110501S', 'RFM24110502'],
    );
  });

  it('writes with other delimiters and refuses data containing them', async () => {
    const d: Delimiters = { element: '|', component: '>', repetition: '^', segment: '~' };
    const text = await file([f.original], d);
    expect(text).toContain('SV1|HC>99214>25|175|UN|1|||1>2>3~');
    expect(inspectX12(text).transactions[0]?.findings).toEqual([]);
    // '*' is data under these delimiters; '|' is not.
    const starred = { ...f.original, note: 'SEE ATTACHED *NOTE*' };
    await expect(file([starred], d)).resolves.toContain('NTE|ADD|SEE ATTACHED *NOTE*~');
    await expect(file([{ ...f.original, note: 'A|B' }], d)).rejects.toThrow(/note contains '\|' \(the element separator\)/);
  });
});

const text = (min: number, max: number) => fc.stringMatching(new RegExp(`^[A-Z][A-Z ]{${min - 1},${max - 1}}[A-Z]$`));
const date = fc.integer({ min: 0, max: 364 }).map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10) as CalendarDate);
const lineArb = fc.record({
  procedureCode: fc.constantFrom('99213', '99214', '97110', 'J1885', '96372', '0591T', 'G0439'),
  modifiers: fc.uniqueArray(fc.constantFrom('25', 'GP', 'RT', 'LT', '59', 'XS'), { maxLength: 4 }),
  charge: fc.integer({ min: 1, max: 500_000 }),
  units: fc.integer({ min: 1, max: 99 }),
  pointers: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 4 }),
  serviceDate: date,
  emergency: fc.boolean(),
});
const claimArb = fc.record({
  pcn: fc.stringMatching(/^[A-Z0-9]{1,20}$/),
  lastName: text(2, 30),
  dx: fc.uniqueArray(fc.constantFrom('J189', 'E119', 'I10', 'M5416', 'R509', 'Z0000', 'K219', 'F329', 'N390', 'J0190', 'R0602', 'M25531', 'H6691'), { minLength: 1, maxLength: 12 }),
  lines: fc.array(lineArb, { minLength: 1, maxLength: 50 }),
  frequency: fc.constantFrom('1', '7', '8'),
  note: fc.option(text(3, 80), { nil: undefined }),
});

describe('837P round trip (property)', () => {
  it('any claim within the limits is written valid and reads back the same', () => {
    fc.assert(fc.property(claimArb, (g) => {
      const lines: ClaimLine[] = g.lines.map((l, i) => ({
        lineNumber: i + 1, lineItemControlNumber: `${g.pcn.slice(0, 10)}L${i + 1}`, codeSystem: /^\d{4}[0-9T]$/.test(l.procedureCode) ? 'CPT' : 'HCPCS',
        procedureCode: l.procedureCode, modifiers: l.modifiers, charge: cents(l.charge), unitMeasure: 'UN', units: l.units,
        diagnosisPointers: l.pointers.map((p) => Math.min(p, g.dx.length)).filter((p, j, all) => all.indexOf(p) === j),
        serviceDate: l.serviceDate, ...(l.emergency ? { emergency: true } : {}),
      }));
      const claim: Claim = {
        ...f.original, patientControlNumber: g.pcn, subscriber: { ...f.subscriber, lastName: g.lastName }, diagnoses: g.dx.map((code) => ({ code })),
        lines, totalCharge: cents(lines.reduce((s, l) => s + l.charge, 0)), frequencyCode: g.frequency,
        ...(g.frequency === '1' ? { payerClaimControlNumber: undefined } : { payerClaimControlNumber: 'PAYER123' }), note: g.note,
      };
      const segments = generate837P(claimsTo837P([claim], f.submitter, f.receiver, f.options));
      expect(validate837P({ segments, delimiters: DEFAULT_DELIMITERS })).toEqual([]);
      const [back] = transaction837PToClaims(parse837P({ segments, delimiters: DEFAULT_DELIMITERS }).transaction, () => claim.id).claims;
      const { statementFrom: _a, statementTo: _b, ...rest } = JSON.parse(JSON.stringify(claim)) as Claim;
      const { statementFrom: _c, statementTo: _d, ...got } = JSON.parse(JSON.stringify(back)) as Claim;
      expect(got).toEqual(rest);
    }), { numRuns: 60 });
  });
});

describe('build837PBatch', () => {
  it('writes a checked interchange with control numbers from the source', async () => {
    const numbers = new MemoryControlNumbers(41);
    const { transactionSetControlNumber: _ignored, ...options } = f.options;
    const batch = await build837PBatch(f.allClaims, { submitter: f.submitter, receiver: f.receiver }, options, {
      sender: { qualifier: 'ZZ', id: 'RBS0042' }, receiver: { qualifier: 'ZZ', id: 'CCH001' }, controlNumbers: numbers,
      date: new Date(Date.UTC(2024, 10, 5, 14, 32)), usage: 'P',
    });
    expect([batch.interchangeControlNumber, batch.groupControlNumber, batch.transactionSetControlNumber, batch.claims]).toEqual(['000000042', '42', '0042', 6]);
    expect(batch.findings).toEqual([]);
    expect(batch.text.startsWith('ISA*00*')).toBe(true);
    expect(batch.text.endsWith('IEA*1*000000042~')).toBe(true);
  });
});
