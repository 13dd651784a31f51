import { describe, expect, it } from 'vitest';
import { itRoundTripsEverySample, runSample, sampleFiles } from '../inquiry-testing/index';
import { generate276, parse276, x276Spec } from './index';

const files = sampleFiles('276_005010X212');

describe.skipIf(!files)('276 samples (shared/samples/x12/276_005010X212)', () => {
  if (!files) console.warn('shared/samples/x12 not found beside the repo: 276 sample tests skipped');
  itRoundTripsEverySample(files, { spec: x276Spec, parse: parse276, generate: generate276 });

  it('reads claims under subscribers and dependents, with their identifiers, charges and lines', () => {
    const file = files!.find((f) => f.name === 'claim-level-status.276')!;
    const [run] = runSample(file.path, x276Spec, parse276, generate276);
    const providers = run!.parsed.loop2000A[0]!.loop2000B[0]!.loop2000C;
    expect(providers.map((p) => p.loop2100C.name.identificationCode)).toEqual(['1666666661', '166666666']);
    const fred = providers[0]!.loop2000D[0]!;
    expect(fred.demographics).toEqual({ birthDate: '1930-12-10', genderCode: 'M' });
    expect(fred.loop2200D[0]).toMatchObject({
      trace: { traceTypeCode: '1', referenceIdentification: 'ABCXYZ1' },
      institutionalBillType: '111',
      patientControlNumber: 'SM123456',
      totalClaimChargeAmount: 851388,
      serviceDate: { qualifier: '472', from: '2005-08-31', to: '2005-09-06' },
    });
    const joseph = providers[1]!.loop2000D[0]!.loop2000E[0]!;
    expect(joseph.loop2100E.name).toMatchObject({ entityIdentifierCode: 'QC', lastOrOrganizationName: 'MANN', firstName: 'JOSEPH' });
    expect(joseph.loop2200E[0]!.loop2210).toEqual([
      {
        service: { qualifier: 'HC', procedureCode: '99203', modifiers: [], lineItemChargeAmount: 15000, unitsOfServiceCount: '1.00' },
        serviceDate: { qualifier: '472', from: '2005-05-01' },
      },
    ]);
  });
});
