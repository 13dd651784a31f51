import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cents } from '../deps';
import type { Cents } from '../deps';
import { readX12File } from '../inquiry-testing/index';
import { estimatePatientShare, interpretEligibility271, parse271 } from './index';
import type { EligibilityResult } from './index';

const active = (() => {
  const t = readX12File(fileURLToPath(new URL('./fixtures/active-deductible-partly-met.271', import.meta.url))).transactions[0]!;
  return interpretEligibility271(parse271(t).value);
})();

/** The fixture's eligibility with some figures replaced, for the edge cases. */
function withFigures(over: { copay?: Cents; coinsuranceBasisPoints?: number; deductibleRemaining?: number; oopRemaining?: number }): EligibilityResult {
  return {
    ...active,
    copay: over.copay,
    coinsuranceBasisPoints: over.coinsuranceBasisPoints,
    deductible: { individual: { remaining: over.deductibleRemaining === undefined ? undefined : cents(over.deductibleRemaining) }, family: {} },
    outOfPocketMaximum: { individual: { remaining: over.oopRemaining === undefined ? undefined : cents(over.oopRemaining) }, family: {} },
  };
}

describe('estimatePatientShare', () => {
  it('applies copay, then the remaining deductible, then coinsurance on the rest', () => {
    // $1,000 allowed: $20 copay; $600 left of the individual deductible; 20% of the remaining $380.
    expect(estimatePatientShare(active, cents(100000))).toEqual({
      copay: 2000,
      deductible: 60000,
      coinsurance: 7600,
      total: 69600,
      outOfPocketCapApplied: false,
      assumptions: [],
    });
  });

  it('takes the smaller of the individual and family remaining deductibles', () => {
    const share = estimatePatientShare({ ...active, deductible: { individual: { remaining: cents(60000) }, family: { remaining: cents(10000) } } }, cents(100000));
    expect(share.deductible).toBe(10000);
    expect(share.coinsurance).toBe(17600);
  });

  it('when the deductible exceeds the charge, the patient owes the whole allowed amount and no coinsurance', () => {
    expect(estimatePatientShare(active, cents(30000))).toMatchObject({ copay: 2000, deductible: 28000, coinsurance: 0, total: 30000 });
  });

  it('when the copay alone exceeds the allowed amount, the copay is the allowed amount', () => {
    expect(estimatePatientShare(active, cents(1500))).toMatchObject({ copay: 1500, deductible: 0, coinsurance: 0, total: 1500 });
  });

  it('caps the total at the out-of-pocket remaining, taking the excess back from coinsurance, then deductible, then copay', () => {
    const share = estimatePatientShare(withFigures({ copay: cents(2000), coinsuranceBasisPoints: 2000, deductibleRemaining: 60000, oopRemaining: 5000 }), cents(100000));
    expect(share).toMatchObject({ copay: 2000, deductible: 3000, coinsurance: 0, total: 5000, outOfPocketCapApplied: true });
    expect(share.copay + share.deductible + share.coinsurance).toBe(share.total);
  });

  it('owes nothing once the out-of-pocket maximum is met', () => {
    expect(estimatePatientShare(withFigures({ copay: cents(2000), coinsuranceBasisPoints: 2000, deductibleRemaining: 0, oopRemaining: 0 }), cents(100000))).toMatchObject({
      copay: 0,
      deductible: 0,
      coinsurance: 0,
      total: 0,
      outOfPocketCapApplied: true,
    });
  });

  it('rounds coinsurance half away from zero on odd cents', () => {
    // 20% of $0.03 left after a met deductible = 0.6 cent -> 1 cent.
    expect(estimatePatientShare(withFigures({ coinsuranceBasisPoints: 2000, deductibleRemaining: 0 }), cents(3)).coinsurance).toBe(1);
  });

  it('says what it assumed when the 271 left figures out', () => {
    const share = estimatePatientShare(withFigures({}), cents(10000));
    expect(share.total).toBe(0);
    expect(share.assumptions).toHaveLength(4);
    expect(share.assumptions.join(' ')).toMatch(/deductible/);
  });

  it('warns that an inactive patient may owe everything', () => {
    const share = estimatePatientShare({ ...active, status: 'inactive' }, cents(10000));
    expect(share.assumptions[0]).toMatch(/inactive/);
  });
});

describe('estimatePatientShare invariants', () => {
  it('parts add up to the total, which never exceeds the allowed amount or the out-of-pocket remaining', async () => {
    const fc = await import('fast-check');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
        fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined }),
        fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: undefined }),
        fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: undefined }),
        (allowed, copay, rate, deductibleRemaining, oopRemaining) => {
          const share = estimatePatientShare(withFigures({ copay: copay === undefined ? undefined : cents(copay), coinsuranceBasisPoints: rate, deductibleRemaining, oopRemaining }), cents(allowed));
          expect(share.copay + share.deductible + share.coinsurance).toBe(share.total);
          expect(share.total).toBeLessThanOrEqual(allowed);
          if (oopRemaining !== undefined) expect(share.total).toBeLessThanOrEqual(oopRemaining);
          expect(Math.min(share.copay, share.deductible, share.coinsurance)).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 500, seed: 42 },
    );
  });
});
