// The simulator as a payer answers: 999, 277CA per claim, balanced 835s, de-duplication, rules.
import { describe, expect, it } from 'vitest';
import { build837File } from '../submission/index';
import { claimDisposition, MemoryControlNumbers, parse277CA, parse835, parse999, readEnvelopes, tokenize } from '../x12/index';
import type { Claim } from '../claims/index';
import { officeVisit, partner, roster } from './fixtures/claims';
import { DEFAULT_RULES, type PayerRules } from './rules';
import { PayerSimulator } from './simulator';
import { parseFeeSchedule } from './fee-schedule';

const NOW = new Date('2024-11-20T15:00:00Z');
const schedule = parseFeeSchedule('hcpcs,mod,non_facility_total,facility_total\n99214,,3.76,2.66\n36415,,0.00,0.00\n99213,,2.68,1.87\n70551,,6.2,6.2\n');

function sim(rules: Partial<PayerRules> = {}) {
  return new PayerSimulator({ ...DEFAULT_RULES, ...rules }, roster, schedule, () => NOW);
}
const numbers = new MemoryControlNumbers(100);
const file = async (claims: Claim[]) => (await build837File(claims, partner, numbers, NOW, 'B1')).text;

function read(text: string) {
  return readEnvelopes(tokenize(text)).transactions;
}
function remits(s: PayerSimulator) {
  return s.available().filter((f) => f.kind === '835').flatMap((f) => read(f.text)).map((t) => parse835(t));
}

describe('PayerSimulator', () => {
  it('acknowledges a good file (999 A), accepts the claim (277CA), pays it with a balanced 835', async () => {
    const s = sim();
    const receipt = await s.receive837(await file([officeVisit('PCN1')]));
    expect(receipt).toMatchObject({ duplicate: false, acknowledgment: 'A', claimsAccepted: 1, claimsRejected: 0 });
    const [ack] = s.available().filter((f) => f.kind === '999').flatMap((f) => read(f.text)).map((t) => parse999(t).ack);
    expect(ack?.acknowledgmentCode).toBe('A');
    const ca = s.available().filter((f) => f.kind === '277CA').flatMap((f) => read(f.text)).map((t) => parse277CA(t).acknowledgment)[0]!;
    const claim = ca.informationSources[0]!.receivers[0]!.providers[0]!.patients[0]!.claims[0]!;
    expect([claim.claimStatusTrackingNumber, claimDisposition(claim)]).toEqual(['PCN1', 'accepted']);
    const [remit] = remits(s);
    expect(remit!.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const clp = remit!.remittance.loop2000[0]!.claims[0]!;
    // 99214: 3.76 RVU x 33.2875 = 125.16 allowed; copay 25.00, then the 200.00 deductible takes the rest; 36415 is bundled (CO-97).
    expect(clp.claimStatusCode).toBe('1');
    expect(clp.services.map((v) => v.amounts.find((a) => a.qualifier === 'B6')?.amount ?? 0)).toEqual([12516, 0]);
    expect(clp.services[1]!.adjustments).toEqual([{ groupCode: 'CO', reasons: [{ carcCode: '97', amount: 3000 }] }]);
    expect(clp.claimPaymentAmount).toBe(0);
    expect(clp.patientResponsibilityAmount).toBe(12516);
    const cas = clp.services.flatMap((v) => v.adjustments.flatMap((g) => g.reasons.map((r) => r.amount))).reduce((a, b) => a + b, 0);
    expect(clp.totalClaimChargeAmount - clp.claimPaymentAmount).toBe(cas);
    expect(remit!.remittance.financialInformation.totalActualProviderPaymentAmount).toBe(0);
  });

  it('accumulates the deductible across claims of the plan year, then applies coinsurance', async () => {
    const s = sim();
    await s.receive837(await file([officeVisit('PCN1')]));
    await s.receive837(await file([officeVisit('PCN2', {}, '2024-11-08')]));
    const clps = remits(s).map((r) => r.remittance.loop2000[0]!.claims[0]!);
    // Second visit: deductible 200.00 - 100.16 met = 99.84 left; allowed 125.16 - copay 25.00 = 100.16; 99.84 deductible, 0.32 x 20% = 0.06 coinsurance.
    const pr = clps[1]!.services[0]!.adjustments.find((g) => g.groupCode === 'PR')!.reasons;
    expect(pr).toEqual([{ carcCode: '1', amount: 9984 }, { carcCode: '2', amount: 6 }, { carcCode: '3', amount: 2500 }]);
    expect(clps[1]!.claimPaymentAmount).toBe(12516 - 9984 - 6 - 2500);
  });

  it('rejects an unknown member and an invalid NPI on the 277CA and never adjudicates them', async () => {
    const s = sim();
    const unknown = officeVisit('PCN3', { subscriber: { ...officeVisit('x').subscriber, memberId: 'NOSUCH' } });
    const rendered = officeVisit('PCN4', { renderingProvider: { entityType: 'person', npi: '1847563925', lastNameOrOrganization: 'OKAFOR', firstName: 'GRACE' } });
    // Our own builder refuses a bad NPI, so the bad one is typed into the file the way another system might send it.
    const text = (await file([unknown, rendered, officeVisit('PCN5')])).replace('XX*1847563925', 'XX*1847563920');
    const receipt = await s.receive837(text);
    expect(receipt).toMatchObject({ claimsAccepted: 1, claimsRejected: 2 });
    const ca = s.available().filter((f) => f.kind === '277CA').flatMap((f) => read(f.text)).map((t) => parse277CA(t).acknowledgment)[0]!;
    const claims = ca.informationSources[0]!.receivers[0]!.providers.flatMap((p) => p.patients.flatMap((pt) => pt.claims));
    const verdicts = claims.map((cl) => [cl.claimStatusTrackingNumber, claimDisposition(cl), cl.statuses.map((x) => `${x.status.categoryCode}:${x.status.statusCode}:${x.status.entityIdentifierCode ?? ''}`).join(' ')]);
    expect(verdicts.sort()).toEqual([['PCN3', 'rejected', 'A7:33:IL'], ['PCN4', 'rejected', 'A7:562:82'], ['PCN5', 'accepted', 'A2:20:']]);
    expect(remits(s).flatMap((r) => r.remittance.loop2000[0]!.claims.map((x) => x.patientControlNumber))).toEqual(['PCN5']);
  });

  it('answers a broken file with a 999 that rejects it with IK3/IK4, and no 277CA', async () => {
    const s = sim();
    const good = await file([officeVisit('PCN6')]);
    const broken = good.replace(/CLM\*PCN6\*200\*/, 'CLM*PCN6*2X0*');
    const receipt = await s.receive837(broken);
    expect(receipt?.acknowledgment).toBe('R');
    const ack = s.available().filter((f) => f.kind === '999').flatMap((f) => read(f.text)).map((t) => parse999(t).ack)[0]!;
    const set = ack.transactionSetResponses[0]!;
    expect(set.acknowledgmentCode).toBe('R');
    expect(set.errors[0]).toMatchObject({ segmentIdCode: 'CLM', segmentSyntaxErrorCode: '8' });
    expect(set.errors[0]!.elementNotes[0]).toMatchObject({ elementPosition: 2 });
    expect(s.available().map((f) => f.kind)).toEqual(['999']);
  });

  it('takes a resent interchange once (same ISA13): the payer sees each claim once', async () => {
    const s = sim();
    const text = await file([officeVisit('PCN7')]);
    const first = await s.receive837(text);
    const again = await s.receive837(text);
    expect(again).toMatchObject({ duplicate: true, submissionId: first!.submissionId });
    expect(s.received.map((r) => r.patientControlNumber)).toEqual(['PCN7']);
  });

  it('denies a duplicate claim in a new file (CO-18), coverage ended (CO-27), timely filing (CO-29), missing prior authorization (CO-197)', async () => {
    const s = sim({ timelyFilingDays: 90 });
    await s.receive837(await file([officeVisit('PCN8')]));
    const ended = officeVisit('PCN9', { subscriber: { ...officeVisit('x').subscriber, memberId: 'TERM000001', lastName: 'ENDED', firstName: 'ALEX' } });
    const late = officeVisit('PCN10', {}, '2024-05-01');
    const mri = officeVisit('PCN11', { totalCharge: 90000 as never, lines: [{ ...officeVisit('x').lines[0]!, procedureCode: '70551', charge: 90000 as never }] });
    await s.receive837(await file([officeVisit('PCN8B'), ended, late, mri]));
    const clps = remits(s).flatMap((r) => r.remittance.loop2000[0]!.claims);
    const carc = (pcn: string) => clps.find((x) => x.patientControlNumber === pcn)!.services[0]!.adjustments[0]!.reasons[0]!.carcCode;
    expect(['PCN8B', 'PCN9', 'PCN10', 'PCN11'].map(carc)).toEqual(['18', '27', '29', '197']);
    expect(clps.find((x) => x.patientControlNumber === 'PCN9')!.claimStatusCode).toBe('4');
  });

  it('reverses the original (CLP02 22) and pays the corrected claim when a frequency 7 arrives', async () => {
    const s = sim();
    await s.receive837(await file([officeVisit('PCN12A', {}, '2024-10-01'), officeVisit('PCN12A2', {}, '2024-10-02')]));
    s.acknowledge(s.available().map((f) => f.name));
    await s.receive837(await file([officeVisit('PCN12')]));
    const original = remits(s)[0]!.remittance.loop2000[0]!.claims[0]!;
    expect(original.claimPaymentAmount).toBeGreaterThan(0);
    s.acknowledge(s.available().map((f) => f.name));
    const corrected = officeVisit('PCN12', { frequencyCode: '7', payerClaimControlNumber: original.payerClaimControlNumber!, lines: [officeVisit('x').lines[0]!], totalCharge: 17000 as never });
    await s.receive837(await file([corrected]));
    const [remit] = remits(s);
    const [reversal, replacement] = remit!.remittance.loop2000[0]!.claims;
    expect(reversal).toMatchObject({ claimStatusCode: '22', claimPaymentAmount: 0 - original.claimPaymentAmount, totalClaimChargeAmount: -20000, payerClaimControlNumber: original.payerClaimControlNumber });
    expect(replacement).toMatchObject({ claimStatusCode: '1', totalClaimChargeAmount: 17000 });
    // The reversal gave the deductible back, so the corrected claim meets it the same way the original did.
    expect(replacement!.patientResponsibilityAmount).toBe(original.patientResponsibilityAmount);
    expect(remit!.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('pays a secondary from the primary COB: what the primary left to the patient, within its own allowed', async () => {
    const s = sim();
    const base = officeVisit('PCN13S');
    const secondary = officeVisit('PCN13S', {
      payerSequence: 'S',
      lines: [{ ...base.lines[0]!, priorAdjudications: [{ payerId: '99999', paidAmount: 9000 as never, procedureCode: '99214', modifiers: [], paidUnits: 1, adjudicationDate: '2024-11-15' as never,
        adjustments: [{ groupCode: 'CO', reasonCode: '45', amount: 5000 as never }, { groupCode: 'PR', reasonCode: '2', amount: 3000 as never }] }] }],
      totalCharge: 17000 as never,
      otherCoverages: [{ sequence: 'P', relationship: '18', subscriber: base.subscriber, payer: { name: 'FIRST PLAN', payerId: '99999', claimFilingIndicator: 'CI' }, paidAmount: 9000 as never, claimAdjustments: [], adjudicationDate: '2024-11-15' as never }],
    });
    await s.receive837(await file([secondary]));
    const clp = remits(s)[0]!.remittance.loop2000[0]!.claims[0]!;
    expect(clp.claimStatusCode).toBe('2');
    // allowed 125.16 - primary 90.00 = 35.16 room, patient owed 30.00: the secondary pays 30.00.
    expect(clp.claimPaymentAmount).toBe(3000);
    expect(clp.services[0]!.adjustments).toEqual([{ groupCode: 'OA', reasons: [{ carcCode: '23', amount: 9000 }] }, { groupCode: 'CO', reasons: [{ carcCode: '45', amount: 5000 }] }]);
  });

  it('denies a configured share of claims by CARC, the same claims on every run', async () => {
    const run = async () => {
      const s = sim({ randomDenial: { rate: 0.5, seed: 7, carcCodes: ['16', '96'] } });
      const claims = Array.from({ length: 20 }, (_, i) => officeVisit(`R${i}`, {}, `2024-10-${String(i + 1).padStart(2, '0')}`));
      await s.receive837(await file(claims));
      return remits(s).flatMap((r) => r.remittance.loop2000[0]!.claims).filter((x) => x.claimStatusCode === '4').map((x) => `${x.patientControlNumber}:${x.services[0]!.adjustments[0]!.reasons[0]!.carcCode}`);
    };
    const a = await run();
    expect(a.length).toBeGreaterThan(4);
    expect(a.length).toBeLessThan(16);
    expect(await run()).toEqual(a);
  });
});

