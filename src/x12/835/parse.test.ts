import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { sharedSamplesDir } from '../deps';
import { readEnvelopes, splitTransactions, tokenize, writeSegments, type X12Finding } from '../index';
import { generate835, parse835, stream835, type Loop2100 } from './index';

const VALID = readFileSync(join(import.meta.dirname, 'fixtures', 'valid.835'), 'utf8');

function parseText(text: string) {
  const [tx] = splitTransactions(tokenize(text));
  return parse835(tx!);
}

const brief = (fs: X12Finding[]) => fs.map((f) => [f.severity, f.code, f.segmentPosition, f.segmentId, f.loop ?? '', f.element ?? '']);

describe('parse835 on the fixture', () => {
  it('reads a valid 835 into typed loops with amounts in cents, and finds nothing wrong', () => {
    const { remittance, findings } = parseText(VALID);
    expect(findings).toEqual([]);
    expect(remittance.financialInformation).toMatchObject({ transactionHandlingCode: 'I', totalActualProviderPaymentAmount: 21213, paymentMethodCode: 'ACH', checkIssueOrEftEffectiveDate: '2024-03-12' });
    expect(remittance.reassociationTrace.checkOrEftTraceNumber).toBe('EFT20240312001');
    expect(remittance.loop1000A.contacts).toEqual([{ functionCode: 'BL', name: 'EDI SUPPORT', communications: [{ qualifier: 'TE', number: '8005551212' }] }]);
    const [first, reversal, denied] = remittance.loop2000[0]!.claims as [Loop2100, Loop2100, Loop2100];
    expect(first).toMatchObject({ patientControlNumber: 'PCN0001', claimStatusCode: '1', totalClaimChargeAmount: 25000, claimPaymentAmount: 16000, payerClaimControlNumber: 'PAYER9001' });
    expect(first.services[0]).toMatchObject({ procedure: { qualifier: 'HC', code: '99213', modifiers: ['25'] }, lineItemChargeAmount: 15000, lineItemProviderPaymentAmount: 10000 });
    expect(first.services[0]!.adjustments).toEqual([{ groupCode: 'CO', reasons: [{ carcCode: '45', amount: 3000 }] }, { groupCode: 'PR', reasons: [{ carcCode: '3', amount: 2000 }] }]);
    expect(first.services[0]!.references).toEqual([{ qualifier: '6R', value: 'LINE0001' }]);
    expect(first.services[1]!.remarks).toEqual([{ qualifier: 'HE', code: 'N130' }]);
    expect(reversal).toMatchObject({ claimStatusCode: '22', totalClaimChargeAmount: -8000, claimPaymentAmount: -5000 });
    expect(reversal.adjustments[0]!.reasons[0]!.amount).toBe(-3000);
    expect(denied).toMatchObject({ claimStatusCode: '4', patientResponsibilityAmount: 9500 });
    expect(remittance.providerAdjustments.map((p) => p.adjustments[0])).toEqual([
      { reasonCode: 'L6', referenceIdentifier: 'PCN0001', amount: -213 },
      { reasonCode: 'WO', referenceIdentifier: 'PAYER7000', amount: -10000 },
    ]);
  });

  it('warns about imbalance at transaction, claim and service level without rejecting', () => {
    const text = VALID.replace('BPR*I*212.13', 'BPR*I*212.14').replace('CAS*CO*45*40~', 'CAS*CO*45*39~').replace('CAS*PR*204*95~', 'CAS*PR*204*90~');
    const { findings } = parseText(text);
    expect(brief(findings)).toEqual([
      ['warning', '835.unbalanced.transaction', 4, 'BPR', '', 'BPR02'],
      ['warning', '835.unbalanced.service', 23, 'SVC', '2110', ''],
      ['warning', '835.unbalanced.claim', 14, 'CLP', '2100', ''],
      ['warning', '835.unbalanced.claim', 31, 'CLP', '2100', ''],
    ].sort((a, b) => (a[2] as number) - (b[2] as number)));
    expect(findings[1]!.message).toBe('Claim PCN0001 does not balance: charge 250 - paid 160 = 90, but claim and line adjustments total 89.');
  });

  it('accepts the 4010 CR group code with a warning', () => {
    const { remittance, findings } = parseText(VALID.replace('CAS*CO*45*-30~', 'CAS*CR*45*-30~'));
    expect(remittance.loop2000[0]!.claims[1]!.adjustments[0]!.groupCode).toBe('CR');
    expect(brief(findings)).toEqual([['warning', '835.cas.cr_group', 28, 'CAS', '2100', 'CAS01']]);
  });

  it('reports a missing required segment where it was due', () => {
    const { findings } = parseText(VALID.replace('NM1*QC*1*DOE*JANE****MI*W123456789~', ''));
    expect(brief(findings)).toEqual([['error', 'x12.segment.required_missing', 15, 'NM1', '2100', '']]);
    expect(findings[0]!.ik304).toBe('3');
  });

  it('reports bad element types with IK403 codes and reads the amount as 0', () => {
    const { remittance, findings } = parseText(VALID.replace('CLP*PCN0001*1*250*', 'CLP*PCN0001*1*25O*').replace('DTM*232*20240301', 'DTM*232*20240231'));
    expect(findings.map((f) => [f.code, f.segmentPosition, f.element, f.ik403, f.value])).toEqual([
      ['x12.element.not_decimal', 14, 'CLP03', '6', '25O'],
      ['835.unbalanced.claim', 14, undefined, undefined, undefined],
      ['x12.element.invalid_date', 16, 'DTM02', '8', '20240231'],
    ]);
    expect(remittance.loop2000[0]!.claims[0]!.totalClaimChargeAmount).toBe(0);
  });

  it('gives the same claims when streamed in small chunks', async () => {
    const bytes = Buffer.from(VALID.repeat(2));
    const chunks: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += 37) chunks.push(bytes.subarray(i, i + 37));
    const claims: Loop2100[] = [];
    const ends: number[] = [];
    for await (const e of stream835(Readable.from(chunks))) {
      if (e.kind === 'claims') claims.push(...e.claims);
      if (e.kind === 'end') {
        ends.push(e.claimCount);
        expect(e.findings).toEqual([]);
        expect(e.remittance.providerAdjustments).toHaveLength(2);
      }
    }
    const whole = parseText(VALID).remittance.loop2000[0]!.claims;
    expect(claims).toEqual([...whole, ...whole]);
    expect(ends).toEqual([3, 3]);
  });
});

// What the public TR3-style samples really contain (checked by hand against the files):
// - every sample lacks the required 1000A PER*BL (Payer Technical Contact Information);
// - cob-contractural-adjustment, secondary-payment and tertiary-payment have BPR16 one element short
//   (the date sits in BPR15), and managed-care's BPR16 is 20002316, not a date;
// - cob-contractural-adjustment and secondary-payment write SVC01 with '>' while ISA16 declares ':';
// - tertiary-payment's SVC has lost its procedure code (SVC*HC*24599.00*1766.50...), so the line is also unbalanced.
const EXPECTED: Record<string, string[]> = {
  'cob-contractural-adjustment.835': ['4 BPR16 x12.element.required_missing', '11 PER x12.segment.required_missing', '21 SVC01 x12.element.wrong_component_separator'],
  'managed-care.835': ['4 BPR16 x12.element.invalid_date', '10 PER x12.segment.required_missing'],
  'medicare-part-a.835': ['11 PER x12.segment.required_missing'],
  'secondary-payment.835': ['4 BPR16 x12.element.required_missing', '11 PER x12.segment.required_missing', '29 SVC01 x12.element.wrong_component_separator', '34 SVC01 x12.element.wrong_component_separator'],
  'tertiary-payment.835': ['4 BPR16 x12.element.required_missing', '11 PER x12.segment.required_missing', '20 SVC01-2 x12.element.required_missing', '20 SVC06-1 x12.element.too_short', '20 SVC06-2 x12.element.required_missing', '20  835.unbalanced.service'],
};

const samples = sharedSamplesDir();
describe.skipIf(!samples)('835 samples (needs ../shared/samples)', () => {
  const dir = join(samples ?? '', 'x12', '835_005010X221A1');
  const files = samples ? readdirSync(dir) : [];
  it.each(files)('%s parses, reports exactly its real findings, and round-trips', (file) => {
    const tokens = tokenize(readFileSync(join(dir, file)));
    const env = readEnvelopes(tokens);
    expect(env.findings).toEqual([]);
    const [tx] = env.transactions;
    const { remittance, findings } = parse835(tx!);
    expect(findings.map((f) => `${f.segmentPosition} ${f.element ?? (f.segmentId === 'PER' ? 'PER' : '')} ${f.code}`)).toEqual(EXPECTED[file]);
    expect(remittance.loop2000.flatMap((l) => l.claims).length).toBeGreaterThan(0);
    const text = writeSegments(generate835(remittance, tx!.delimiters), tx!.delimiters);
    const again = parse835({ segments: tokenize(text, { delimiters: tx!.delimiters }).segments, delimiters: tx!.delimiters });
    expect(again.remittance).toEqual(remittance);
  });

  it('keeps the Medicare Part A PLB that balances the payment', () => {
    const [tx] = splitTransactions(tokenize(readFileSync(join(dir, 'medicare-part-a.835'))));
    const { remittance } = parse835(tx!);
    expect(remittance.financialInformation.totalActualProviderPaymentAmount).toBe(15_000_000);
    expect(remittance.providerAdjustments).toEqual([{ providerIdentifier: '6543210903', fiscalPeriodDate: '2002-12-31', adjustments: [{ reasonCode: 'CV', referenceIdentifier: 'CP', amount: -127 }] }]);
    expect(remittance.loop2000.map((l) => l.providerSummary?.[0])).toEqual(['6543210903', '6543210909']);
  });
});

describe('round trip of the fixture', () => {
  it('parse -> generate -> parse gives the same object and the same text', () => {
    const [tx] = splitTransactions(tokenize(VALID));
    const { remittance } = parse835(tx!);
    const segments = generate835(remittance, tx!.delimiters);
    const text = writeSegments(segments, tx!.delimiters, { lineEnding: '\n' });
    expect(text).toBe(VALID.split('\n').slice(2, -3).join('\n') + '\n');
    expect(parse835({ segments: tokenize(text, { delimiters: tx!.delimiters }).segments, delimiters: tx!.delimiters }).remittance).toEqual(remittance);
  });
});

describe('MIA, MOA and TS3 elements', () => {
  const text = VALID.replace('LX*1~', 'LX*1~\nTS3*1234567893*11*20241331*3*250~')
    .replace('NM1*QC*1*DOE*JANE****MI*W123456789~', 'NM1*QC*1*DOE*JANE****MI*W123456789~\nMIA*ZERO***138018.40~')
    .replace('NM1*QC*1*ROE*RICHARD****MI*W987654321~', 'NM1*QC*1*ROE*RICHARD****MI*W987654321~\nMOA***MA02*******X~');

  it('are checked against the guide', () => {
    const { remittance, findings } = parseText(text.replace('SE*34*', 'SE*37*'));
    expect(findings.map((f) => [f.code, f.segmentPosition, f.element ?? ''])).toEqual([
      ['x12.element.invalid_date', 14, 'TS303'],
      ['x12.element.not_decimal', 17, 'MIA01'],
      ['x12.element.too_many', 33, 'MOA10'],
    ]);
    expect(remittance.loop2000[0]!.providerSummary).toEqual(['1234567893', '11', '20241331', '3', '250']);
    expect(remittance.loop2000[0]!.claims[0]!.inpatientAdjudication).toEqual(['ZERO', '', '', '138018.40']);
  });

  it('give the same findings streamed, on the fast path or not', async () => {
    const whole = parseText(text.replace('SE*34*', 'SE*37*')).findings;
    for (const fastPath of [true, false]) {
      const events = [];
      for await (const e of stream835(Readable.from([Buffer.from(text.replace('SE*34*', 'SE*37*'))]), { fastPath })) events.push(e);
      const end = events.find((e) => e.kind === 'end');
      expect(end?.findings).toEqual(whole);
    }
  });
});
