import { describe, expect, it } from 'vitest';
import { requiredClaim } from './required-claim';
import { line, makeClaim, runEdit } from './scrub.testkit';

describe('required.claim', () => {
  it('passes a complete claim', () => {
    expect(runEdit(requiredClaim, makeClaim())).toEqual([]);
  });

  it('flags a missing payer id, a replacement without the payer claim number and a wrong total', () => {
    const claim = { ...makeClaim({ frequencyCode: '7', payer: { name: 'X', payerId: '', claimFilingIndicator: 'CI' } }), totalCharge: 1 as never };
    expect(runEdit(requiredClaim, claim, { payer: { payerId: '', category: 'commercial', timelyFilingDays: 180 } }).map((f) => f.path))
      .toEqual(['payer.payerId', 'payerClaimControlNumber', 'totalCharge']);
  });

  it('flags a line without a charge and more than 12 diagnoses', () => {
    const diagnoses = Array.from({ length: 13 }, () => ({ code: 'E119' }));
    const claim = makeClaim({ diagnoses, lines: [line(1, '99213', { charge: 0 as never })] });
    expect(runEdit(requiredClaim, claim).map((f) => f.path)).toEqual(['diagnoses', 'lines[0].charge']);
  });
});
