import { describe, expect, it } from 'vitest';
import { itRoundTripsEverySample, runSample, sampleFiles } from '../inquiry-testing/index';
import { generate270, parse270, x270Spec } from './index';

const files = sampleFiles('270_005010X279A1');

describe.skipIf(!files)('270 samples (shared/samples/x12/270_005010X279A1)', () => {
  if (!files) console.warn('shared/samples/x12 not found beside the repo: 270 sample tests skipped');
  // The samples are canonical, so our generator writes them back segment for segment.
  itRoundTripsEverySample(files, { spec: x270Spec, parse: parse270, generate: generate270 });

  it('reads the dependent inquiry into the guide loops', () => {
    const dependent = files!.find((f) => f.name.startsWith('dependent'))!;
    const [run] = runSample(dependent.path, x270Spec, parse270, generate270);
    const source = run!.parsed.loop2000A[0]!;
    expect(source.loop2100A.name).toMatchObject({ entityIdentifierCode: 'PR', lastOrOrganizationName: 'ABC COMPANY', identificationCode: '842610001' });
    const receiver = source.loop2000B[0]!;
    expect(receiver.loop2100B.name).toMatchObject({ entityIdentifierCode: '1P', lastOrOrganizationName: 'JONES', firstName: 'MARCUS' });
    const subscriber = receiver.loop2000C[0]!;
    expect(subscriber.loop2100C.name.identificationCode).toBe('11122333301');
    const patient = subscriber.loop2000D[0]!;
    expect(patient.traces).toEqual([{ traceTypeCode: '1', referenceIdentification: '93175-012547', originatingCompanyIdentifier: '9877281234' }]);
    expect(patient.loop2100D.demographics?.birthDate).toBe('1978-10-14');
    expect(patient.loop2100D.dates).toEqual([{ qualifier: '291', from: '2006-05-01' }]);
    expect(patient.loop2100D.inquiries.map((q) => q.inquiry.serviceTypeCodes)).toEqual([['30']]);
  });
});
