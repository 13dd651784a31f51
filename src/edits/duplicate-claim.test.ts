import { describe, expect, it } from 'vitest';
import { duplicateClaim } from './duplicate-claim';
import { line, makeClaim, runEdit } from './scrub.testkit';

const first = makeClaim({ id: 'claim-0', patientControlNumber: 'PCN0000', lines: [line(1, '99213'), line(2, '36415')] });

describe('claim.duplicate', () => {
  it('flags a line already sent for the same patient, payer, date, code, modifiers and units', () => {
    const [f, ...rest] = runEdit(duplicateClaim, makeClaim(), { priorClaims: [{ claim: first, status: 'accepted', submittedOn: '2023-03-16' as never }] });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ path: 'lines[0]', lineNumber: 1 });
    expect(f!.message).toContain('already sent to this payer on claim PCN0000 (2023-03-16), now accepted');
  });

  it('passes a repeat with another modifier, a rejected earlier claim, a replacement claim, or another payer', () => {
    expect(runEdit(duplicateClaim, makeClaim({ lines: [line(1, '99213', { modifiers: ['25'] })] }), { priorClaims: [{ claim: first, status: 'paid' }] })).toEqual([]);
    expect(runEdit(duplicateClaim, makeClaim(), { priorClaims: [{ claim: first, status: 'rejected' }] })).toEqual([]);
    expect(runEdit(duplicateClaim, makeClaim({ frequencyCode: '7', payerClaimControlNumber: 'X' }), { priorClaims: [{ claim: first, status: 'paid' }] })).toEqual([]);
    const otherPayer = { ...first, payer: { ...first.payer, payerId: '87726' } };
    expect(runEdit(duplicateClaim, makeClaim(), { priorClaims: [{ claim: otherPayer, status: 'paid' }] })).toEqual([]);
  });
});
