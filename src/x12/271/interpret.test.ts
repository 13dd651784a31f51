import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeFindings, readX12File, runSample, sampleFiles } from '../inquiry-testing/index';
import { validateTransaction } from '../walker';
import { generate271, interpretEligibility271, interpretEligibilityResponses271, parse271, x271Spec } from './index';
import type { Transaction271 } from './index';

function fixture(name: string): Transaction271 {
  const file = readX12File(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)));
  const t = file.transactions[0]!;
  // Our fixtures are meant to be valid 271s: prove it before reading them.
  expect(describeFindings([...file.findings, ...validateTransaction(x271Spec, t.segments, t.delimiters).findings])).toEqual([]);
  const parsed = parse271(t);
  expect(parsed.findings).toEqual([]);
  return parsed.value;
}

describe('interpretEligibility271', () => {
  it('reads active coverage with a deductible partly met, copays, coinsurance and out of pocket', () => {
    const result = interpretEligibility271(fixture('active-deductible-partly-met.271'));
    expect(result.status).toBe('active');
    expect(result.statusCode).toEqual({ code: '1', meaning: 'Active Coverage' });
    expect(result.member).toEqual({ lastName: 'DOE', firstName: 'JANE', memberId: 'W123456789', birthDate: '1980-04-12', isDependent: false });
    expect(result.traceNumbers).toEqual(['TRACE0001']);
    expect(result.plan).toEqual({
      name: 'ACME PPO GOLD',
      insuranceTypeCode: 'PR',
      groupNumber: 'GRP4455',
      groupName: 'ACME WIDGETS INC',
      begin: '2026-01-01',
      eligibilityBegin: '2026-01-01',
    });
    expect(result.deductible).toEqual({ individual: { total: 150000, remaining: 60000 }, family: { total: 300000, remaining: 210000 } });
    expect(result.outOfPocketMaximum.individual).toEqual({ total: 500000, remaining: 380000 });
    expect(result.deductibles[1]).toMatchObject({ amount: 60000, coverageLevel: 'IND', timePeriod: { code: '29', meaning: 'Remaining' } });
    // Plan-level (EB03 30), in network by default: $20 copay, 20% coinsurance.
    expect(result.copay).toBe(2000);
    expect(result.coinsuranceBasisPoints).toBe(2000);
    expect(result.coinsurance.map((c) => [c.basisPoints, c.network])).toEqual([[2000, 'in'], [4000, 'out']]);
    expect(result.rejections).toEqual([]);
    expect(result.messages).toEqual(['DEDUCTIBLE DOES NOT APPLY TO OFFICE VISIT COPAY']);
  });

  it('picks the copay and coinsurance for the service type and network asked about', () => {
    const model = fixture('active-deductible-partly-met.271');
    expect(interpretEligibility271(model, { serviceTypeCode: '98' }).copay).toBe(2500);
    expect(interpretEligibility271(model, { network: 'out' }).coinsuranceBasisPoints).toBe(4000);
    // The deductibles carry no EB12 network indicator, so they apply out of network too.
    expect(interpretEligibility271(model, { network: 'out' }).deductible.individual).toEqual({ total: 150000, remaining: 60000 });
  });

  it('reads inactive coverage and its end date', () => {
    const result = interpretEligibility271(fixture('inactive.271'));
    expect(result.status).toBe('inactive');
    expect(result.statusCode).toEqual({ code: '6', meaning: 'Inactive' });
    expect(result.plan.end).toBe('2025-06-30');
    expect(result.messages).toEqual(['COVERAGE TERMINATED']);
  });

  it('explains AAA rejections at the subscriber level', () => {
    const result = interpretEligibility271(fixture('subscriber-not-found.271'));
    expect(result.status).toBe('rejected');
    expect(result.rejections.map((r) => [r.loop, r.code, r.followUpAction])).toEqual([
      ['2100C', '72', 'C'],
      ['2100C', '75', 'C'],
    ]);
    expect(result.rejections[0]!.meaning).toMatch(/member ID/);
    expect(result.rejections[1]!.meaning).toMatch(/not found/);
    expect(result.rejections[1]!.followUpMeaning).toBe('Please correct and resubmit');
  });

  it('explains a payer that cannot answer now (AAA 42 at the source)', () => {
    const result = interpretEligibility271(fixture('payer-unavailable.271'));
    expect(result.status).toBe('rejected');
    expect(result.member).toBeUndefined();
    expect(result.rejections.map((r) => [r.loop, r.code, r.followUpMeaning, r.validRequest])).toEqual([['2100A', '42', 'Resubmission allowed', true]]);
    expect(result.rejections[0]!.meaning).toMatch(/Unable to respond at current time/);
  });

  it('round-trips the fixtures through the generator', () => {
    for (const name of ['active-deductible-partly-met.271', 'inactive.271', 'subscriber-not-found.271', 'payer-unavailable.271']) {
      const model = fixture(name);
      const again = parse271({ segments: generate271(model), delimiters: { element: '*', component: ':', repetition: '^', segment: '~' } }).value;
      expect(again).toEqual(model);
    }
  });
});

describe('interpretEligibilityResponses271 on a batch 271', () => {
  it('answers for every subscriber in the file, each with only its own rejections', () => {
    const active = fixture('active-deductible-partly-met.271');
    const inactive = fixture('inactive.271');
    const rejected = fixture('subscriber-not-found.271');
    const receiver = active.loop2000A[0]!.loop2000B[0]!;
    const subscribers = [active, inactive, rejected].map((m) => m.loop2000A[0]!.loop2000B[0]!.loop2000C[0]!);
    const batch: Transaction271 = { ...active, loop2000A: [{ ...active.loop2000A[0]!, loop2000B: [{ ...receiver, loop2000C: subscribers }] }] };
    // The batch is itself a valid 271.
    const segments = generate271(batch);
    expect(validateTransaction(x271Spec, segments, { element: '*', component: ':', repetition: '^', segment: '~' }).findings).toEqual([]);
    const results = interpretEligibilityResponses271(batch);
    expect(results.map((r) => [r.member?.memberId, r.status, r.rejections.length])).toEqual([
      ['W123456789', 'active', 0],
      ['W987654321', 'inactive', 0],
      ['W000000000', 'rejected', 2],
    ]);
  });
});

const samples = sampleFiles('271_005010X279A1');

describe.skipIf(!samples)('interpretEligibility271 on the shared samples', () => {
  const run = (name: string) => runSample(samples!.find((f) => f.name === name)!.path, x271Spec, parse271, generate271)[0]!.parsed;

  it('subscriber: active GOLD 123 PLAN, $10 office copay in network and $30 out', () => {
    const model = run('subscriber-health-benefit-check.271');
    const result = interpretEligibility271(model, { serviceTypeCode: '98' });
    expect(result.status).toBe('active');
    expect(result.plan).toMatchObject({ name: 'GOLD 123 PLAN', begin: '2006-01-01' });
    expect(result.copay).toBe(1000);
    expect(interpretEligibility271(model, { serviceTypeCode: '98', network: 'out' }).copay).toBe(3000);
    expect(result.copays[0]).toMatchObject({ timePeriod: { code: '27', meaning: 'Visit' }, insuranceTypeCode: 'HM' });
  });

  it('dependent: reads the dependent as the patient, with the subscriber member id', () => {
    const result = interpretEligibility271(run('dependent-health-benefit-check.271'));
    expect(result.member).toEqual({ lastName: 'SMITH', firstName: 'MARY', memberId: '123456789', birthDate: '1998-10-14', isDependent: true });
    expect(result.status).toBe('active');
  });

  it('error sample: provider ineligible for inquiries (AAA 50 at 2100B)', () => {
    const result = interpretEligibility271(run('subscriber-health-benefit-check-error.271'));
    expect(result.status).toBe('rejected');
    expect(result.rejections).toEqual([
      { loop: '2100B', code: '50', meaning: 'Provider ineligible for inquiries', followUpAction: 'N', followUpMeaning: 'Resubmission not allowed', validRequest: true },
    ]);
  });
});
