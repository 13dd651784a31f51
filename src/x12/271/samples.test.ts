import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { itRoundTripsEverySample, readX12Text, runSample, sampleFiles } from '../inquiry-testing/index';
import { writeSegments } from '../writer';
import { generate271, parse271, x271Spec } from './index';

const files = sampleFiles('271_005010X279A1');

/** Findings the sample files really have (everything else validates clean). */
const KNOWN_ENVELOPE_FINDINGS: Record<string, string[]> = {
  // SE*8*4323 closes ST*271*4321: the control numbers differ.
  'subscriber-health-benefit-check-error.271': ['error x12.envelope.se_control_number @10 SE SE02'],
};

describe.skipIf(!files)('271 samples (shared/samples/x12/271_005010X279A1)', () => {
  if (!files) console.warn('shared/samples/x12 not found beside the repo: 271 sample tests skipped');
  // Segment for segment, except SE02, which we always write equal to ST02.
  itRoundTripsEverySample(files, { spec: x271Spec, parse: parse271, generate: generate271 }, { envelopeFindings: KNOWN_ENVELOPE_FINDINGS, exceptSe: true });

  it('reads benefits, the LS/LE-wrapped primary care provider and repeated service types', () => {
    const file = files!.find((f) => f.name === 'subscriber-health-benefit-check.271')!;
    const [run] = runSample(file.path, x271Spec, parse271, generate271);
    const member = run!.parsed.loop2000A[0]!.loop2000B[0]!.loop2000C[0]!.loop2100C;
    expect(member.dates).toEqual([{ qualifier: '346', from: '2006-01-01' }]);
    expect(member.benefits.map((b) => b.benefit.code)).toEqual(['1', 'L', '1', 'B', 'B']);
    expect(member.benefits[1]!.loop2120?.[0]?.name).toMatchObject({ entityIdentifierCode: 'P3', lastOrOrganizationName: 'JONES' });
    const copay = member.benefits[3]!.benefit;
    expect(copay.serviceTypeCodes).toEqual(['1', '33', '35', '47', '86', '88', '98', 'AL', 'MH', 'UC']);
    expect(copay).toMatchObject({ insuranceTypeCode: 'HM', timePeriodQualifier: '27', amount: 1000, inPlanNetwork: 'Y' });
  });

  it('reads the receiver-level AAA rejection', () => {
    const file = files!.find((f) => f.name === 'subscriber-health-benefit-check-error.271')!;
    const [run] = runSample(file.path, x271Spec, parse271, generate271);
    const receiver = run!.parsed.loop2000A[0]!.loop2000B[0]!;
    expect(receiver.loop2100B.requestValidations).toEqual([{ validRequestIndicator: 'Y', rejectReasonCode: '50', followUpActionCode: 'N' }]);
    expect(receiver.loop2000C).toEqual([]);
  });
});

describe.skipIf(!files)('271 with other delimiters', () => {
  it('reads repeated service types with the ISA11 repetition separator the file declares, and writes them back with it', () => {
    const original = readFileSync(files!.find((f) => f.name === 'subscriber-health-benefit-check.271')!.path, 'latin1');
    // '|' elements, '!' repetitions, '>' components: the sample has none of these in its data.
    const text = original.replaceAll('*', '|').replaceAll('^', '!').replaceAll(':', '>');
    const t = readX12Text(text).transactions[0]!;
    expect(t.delimiters).toMatchObject({ element: '|', repetition: '!', component: '>' });
    const parsed = parse271(t);
    expect(parsed.findings).toEqual([]);
    const benefits = parsed.value.loop2000A[0]!.loop2000B[0]!.loop2000C[0]!.loop2100C.benefits;
    expect(benefits[2]!.benefit.serviceTypeCodes).toEqual(['1', '33', '35', '47', '86', '88', '98', 'AL', 'MH', 'UC']);
    const written = writeSegments(generate271(parsed.value, t.delimiters), t.delimiters);
    expect(written).toContain('EB|1||1!33!35!47!86!88!98!AL!MH!UC~');
  });
});
