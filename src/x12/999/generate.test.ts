import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspectX12, readEnvelopes, splitTransactions, tokenize, writeSegments, DEFAULT_DELIMITERS, type X12Finding } from '../index';
import { sharedSamplesDir } from '../deps';
import { parse835 } from '../835/index';
import { generate999, parse999, write999 } from './index';

const VALID = readFileSync(join(import.meta.dirname, '..', '835', 'fixtures', 'valid.835'), 'utf8');

/** Two 835 sets in one group: the first broken three ways, the second clean. */
function badFile(): string {
  const lines = VALID.trim().split('\n');
  const isa = lines.slice(0, 2);
  const set = lines.slice(2, -2);
  const broken = set
    .join('\n')
    .replace('NM1*QC*1*DOE*JANE****MI*W123456789~\n', '')
    .replace('CLP*PCN0002*22*-80*', 'CLP*PCN0002*22*-8O*')
    .replace('CAS*CO*45*40~', 'CAS*XX*45*40~');
  const second = set.join('\n').replaceAll('*0001~', '*0002~');
  return [...isa, broken, second, 'GE*2*101~', 'IEA*1*000000101~'].join('\n');
}

function validateAll(text: string) {
  const env = readEnvelopes(tokenize(text));
  const findings: X12Finding[] = [...env.findings];
  for (const tx of env.transactions) findings.push(...parse835(tx).findings);
  return { env, findings };
}

describe('generate999', () => {
  it('answers a bad 835 with IK3/IK4 per bad segment, IK5 R with the set codes, and AK9 P', () => {
    const { env, findings } = validateAll(badFile());
    const [ack] = generate999(env.transactions, findings);
    expect(ack).toMatchObject({ functionalIdentifierCode: 'HP', groupControlNumber: '101', versionIdentifierCode: '005010X221A1', acknowledgmentCode: 'P', numberOfTransactionSetsIncluded: 2, numberOfReceivedTransactionSets: 2, numberOfAcceptedTransactionSets: 1, syntaxErrorCodes: [] });
    const [bad, good] = ack!.transactionSetResponses;
    expect(good).toEqual({ transactionSetIdentifierCode: '835', transactionSetControlNumber: '0002', errors: [], acknowledgmentCode: 'A', syntaxErrorCodes: [] });
    expect(bad!.acknowledgmentCode).toBe('R');
    // SE01 still says 34 but the set lost a segment: IK5 code 4; segments in error: 5.
    expect(bad!.syntaxErrorCodes).toEqual(['4', '5']);
    expect(bad!.errors.map((e) => [e.segmentIdCode, e.segmentPositionInTransactionSet, e.loopIdentifierCode, e.segmentSyntaxErrorCode, e.elementNotes.map((n) => [n.elementPosition, n.elementSyntaxErrorCode, n.copyOfBadDataElement])])).toEqual([
      ['NM1', 13, '2100', '3', []],
      ['CAS', 22, '2110', '8', [[1, '7', 'XX']]],
      ['CLP', 25, '2100', '8', [[3, '6', '-8O']]],
    ]);
  });

  it('writes a 999 that our own reader parses back to the same object and finds valid', () => {
    const { env, findings } = validateAll(badFile());
    const [ack] = generate999(env.transactions, findings);
    const segments = write999(ack!);
    const text = writeSegments(segments, DEFAULT_DELIMITERS, { lineEnding: '\n' });
    expect(text).toContain('AK1*HP*101*005010X221A1~\nAK2*835*0001~\nIK3*NM1*13*2100*3~\nIK3*CAS*22*2110*8~\nIK4*1**7*XX~\nIK3*CLP*25*2100*8~\nIK4*3**6*-8O~\nIK5*R*4*5~\nAK2*835*0002~\nIK5*A~\nAK9*P*2*2*1~');
    const tx = { segments: tokenize(text, { delimiters: DEFAULT_DELIMITERS }).segments, delimiters: DEFAULT_DELIMITERS };
    const parsed = parse999(tx);
    expect(parsed.findings).toEqual([]);
    expect(parsed.ack).toEqual(ack);
  });

  it('accepts a clean group with AK9 A and rejects a group whose GE count is wrong', () => {
    const clean = validateAll(VALID);
    expect(generate999(clean.env.transactions, clean.findings)[0]).toMatchObject({ acknowledgmentCode: 'A', numberOfAcceptedTransactionSets: 1 });
    const wrong = validateAll(VALID.replace('GE*1*101', 'GE*3*101'));
    expect(generate999(wrong.env.transactions, wrong.findings)[0]).toMatchObject({ acknowledgmentCode: 'R', numberOfTransactionSetsIncluded: 3, numberOfReceivedTransactionSets: 1, numberOfAcceptedTransactionSets: 0, syntaxErrorCodes: ['5'] });
  });

  it('maps 999 positions back to our segments', () => {
    const text = badFile();
    const { env, findings } = validateAll(text);
    const [ack] = generate999(env.transactions, findings);
    const [tx] = splitTransactions(tokenize(text));
    const clpError = ack!.transactionSetResponses[0]!.errors[2]!;
    expect(tx!.segments[clpError.segmentPositionInTransactionSet - 1]!.elements.slice(0, 4)).toEqual(['CLP', 'PCN0002', '22', '-8O']);
  });
});

describe.skipIf(!sharedSamplesDir())('generate999 for a bad 837P (needs ../shared/samples)', () => {
  it('rejects the broken claim set with IK3/IK4 at the right positions, as a payer would', () => {
    const path = join(sharedSamplesDir()!, 'x12', '837_005010X222A2', 'demo.example1.837');
    const text = readFileSync(path, 'latin1')
      .replace('CLM*26463774*100.00*', 'CLM*26463774*1OO.00*') // CLM02 not a number
      .replace('NM1*IL*1*SMITH*JANE****MI*JS00111223333~', ''); // required 2010BA subscriber name missing
    const file = inspectX12(text);
    const [t] = file.transactions;
    const [ack] = generate999(file.transactions.map((x) => x.transaction), [...file.findings, ...t!.findings]);
    const response = ack!.transactionSetResponses[0]!;
    expect(ack).toMatchObject({ functionalIdentifierCode: 'HC', groupControlNumber: '1', versionIdentifierCode: '005010X222A2', acknowledgmentCode: 'R', numberOfReceivedTransactionSets: 1, numberOfAcceptedTransactionSets: 0 });
    expect(response).toMatchObject({ transactionSetIdentifierCode: '837', transactionSetControlNumber: '0021', implementationConventionReference: '005010X222A2', acknowledgmentCode: 'R' });
    expect(response.syntaxErrorCodes).toEqual(['4', '5']);
    const clm = response.errors.find((e) => e.segmentIdCode === 'CLM')!;
    expect(t!.transaction.segments[clm.segmentPositionInTransactionSet - 1]!.id).toBe('CLM');
    expect(clm.elementNotes).toContainEqual(expect.objectContaining({ elementPosition: 2, elementSyntaxErrorCode: '6', copyOfBadDataElement: '1OO.00' }));
    expect(response.errors.some((e) => e.segmentIdCode === 'NM1' && e.segmentSyntaxErrorCode === '3' && e.loopIdentifierCode === '2010')).toBe(true);
    const written = writeSegments(write999(ack!), DEFAULT_DELIMITERS);
    expect(parse999({ segments: tokenize(written, { delimiters: DEFAULT_DELIMITERS }).segments, delimiters: DEFAULT_DELIMITERS }).findings).toEqual([]);
  });
});
