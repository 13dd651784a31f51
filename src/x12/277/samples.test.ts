import { describe, expect, it } from 'vitest';
import { itRoundTripsEverySample, runSample, sampleFiles } from '../inquiry-testing/index';
import { generate277, parse277, x277Spec } from './index';

const files = sampleFiles('277_005010X212');

describe.skipIf(!files)('277 samples (shared/samples/x12/277_005010X212)', () => {
  if (!files) console.warn('shared/samples/x12 not found beside the repo: 277 sample tests skipped');
  itRoundTripsEverySample(files, { spec: x277Spec, parse: parse277, generate: generate277 });

  it('reads claim and line statuses with amounts and the payer claim number', () => {
    const file = files!.find((f) => f.name === 'claim-level-status.277')!;
    const [run] = runSample(file.path, x277Spec, parse277, generate277);
    const providers = run!.parsed.loop2000A[0]!.loop2000B[0]!.loop2000C;
    const pending = providers[0]!.loop2000D[0]!.loop2200D[0]!;
    expect(pending.statuses).toEqual([{ statuses: [{ categoryCode: 'P3', statusCode: '317' }], effectiveDate: '2005-09-13', chargeAmount: 851388 }]);
    expect(pending.payerClaimControlNumber).toBe('05347006051');
    const finalized = providers[0]!.loop2000D[1]!.loop2200D[0]!;
    expect(finalized.statuses[0]).toMatchObject({ statuses: [{ categoryCode: 'F0', statusCode: '3' }], chargeAmount: 759900, paymentAmount: 759900 });
    const denied = providers[1]!.loop2000D[0]!.loop2000E[0]!.loop2200E[0]!;
    expect(denied.statuses[0]!.statuses[0]).toEqual({ categoryCode: 'F2', statusCode: '88', entityIdentifierCode: 'QC' });
    expect(denied.loop2220[0]!.statuses[0]!.statuses[0]!.categoryCode).toBe('F2');
    expect(denied.loop2220[0]!.service).toMatchObject({ procedureCode: '99203', lineItemChargeAmount: 15000, lineItemPaymentAmount: 0 });
  });

  it('reads the receiver- and provider-level statuses (2200B, 2200C)', () => {
    const receiver = runSample(files!.find((f) => f.name === 'information-receiver-level-status.277')!.path, x277Spec, parse277, generate277)[0]!;
    expect(receiver.parsed.loop2000A[0]!.loop2000B[0]!.loop2200B).toEqual({
      trace: { traceTypeCode: '2', referenceIdentification: 'ABC276XXX' },
      statuses: [{ statuses: [{ categoryCode: 'E0', statusCode: '0' }], effectiveDate: '2005-09-16' }],
    });
    const provider = runSample(files!.find((f) => f.name === 'provider-level-status.277')!.path, x277Spec, parse277, generate277)[0]!;
    expect(provider.parsed.loop2000A[0]!.loop2000B[0]!.loop2000C[1]!.loop2200C?.statuses[0]!.statuses[0]).toEqual({
      categoryCode: 'E0',
      statusCode: '24',
      entityIdentifierCode: '85',
    });
  });
});
