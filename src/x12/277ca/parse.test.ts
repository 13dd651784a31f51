import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEnvelopes, tokenize, writeSegments } from '../index';
import { claimDisposition, generate277CA, parse277CA } from './index';

const TEXT = readFileSync(join(import.meta.dirname, 'fixtures', 'mixed.277ca'), 'utf8');

describe('parse277CA', () => {
  it('reads the HL levels and says which claims were accepted and which rejected', () => {
    const env = readEnvelopes(tokenize(TEXT));
    expect(env.findings).toEqual([]);
    const [tx] = env.transactions;
    expect(tx!.guide).toBe('005010X214');
    const { acknowledgment, findings } = parse277CA(tx!);
    expect(findings).toEqual([]);
    const receiver = acknowledgment.informationSources[0]!.receivers[0]!;
    expect(receiver.quantities).toEqual([{ qualifier: '90', quantity: '1' }, { qualifier: 'AA', quantity: '1' }]);
    const claims = receiver.providers[0]!.patients.flatMap((p) => p.claims);
    expect(claims.map((c) => [c.claimStatusTrackingNumber, claimDisposition(c)])).toEqual([['PCN0001', 'accepted'], ['PCN0003', 'rejected']]);
    expect(claims[0]!.references).toEqual([{ qualifier: '1K', value: 'PAYER9001' }]);
    expect(claims[0]!.serviceLines[0]).toMatchObject({ procedure: { qualifier: 'HC', code: '99213', modifiers: ['25'] }, lineItemChargeAmount: 15000, lineItemControlNumber: 'LINE0001' });
    expect(claims[1]!.statuses[0]).toEqual({ status: { categoryCode: 'A7', statusCode: '562', entityIdentifierCode: '85' }, statusInformationEffectiveDate: '20240311', actionCode: 'U', totalSubmittedCharges: 9500, additionalStatuses: [{ categoryCode: 'A7', statusCode: '21' }] });
  });

  it('round-trips: generate gives back the same text and the same object', () => {
    const [tx] = readEnvelopes(tokenize(TEXT)).transactions;
    const { acknowledgment } = parse277CA(tx!);
    const text = writeSegments(generate277CA(acknowledgment), tx!.delimiters, { lineEnding: '\n' });
    expect(text).toBe(TEXT.split('\n').slice(2, -3).join('\n') + '\n');
    expect(parse277CA({ segments: tokenize(text, { delimiters: tx!.delimiters }).segments, delimiters: tx!.delimiters }).acknowledgment).toEqual(acknowledgment);
  });

  it('flags a broken HL chain and a missing claim status', () => {
    const [tx] = readEnvelopes(tokenize(TEXT.replace('HL*5*3*PT', 'HL*5*4*PT').replace('STC*A2:20:PR*20240311*WQ*250~\n', ''))).transactions;
    const { findings } = parse277CA(tx!);
    expect(findings.map((f) => [f.code, f.segmentPosition, f.segmentId, f.loop])).toEqual([
      ['x12.segment.required_missing', 23, 'STC', '2200D'],
      ['x12.hl.parent', 29, 'HL', '2000D'],
    ]);
  });
});
