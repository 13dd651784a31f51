import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeFindings, readX12File, runSample, sampleFiles } from '../inquiry-testing/index';
import { validateTransaction } from '../walker';
import { CLAIM_STATUS_CATEGORIES, CLAIM_STATUS_CODES, explainStatus, generate277, interpretClaimStatus277, parse277, x277Spec } from './index';

function fixture(name: string) {
  const file = readX12File(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)));
  const t = file.transactions[0]!;
  expect(describeFindings([...file.findings, ...validateTransaction(x277Spec, t.segments, t.delimiters).findings])).toEqual([]);
  return parse277(t).value;
}

describe('interpretClaimStatus277', () => {
  const report = interpretClaimStatus277(fixture('paid-denied-pending.277'));
  const byPcn = (pcn: string) => report.claims.find((c) => c.patientControlNumber === pcn)!;

  it('finds every claim with its identifiers', () => {
    expect(report.claims.map((c) => [c.traceNumber, c.patientControlNumber, c.outcome])).toEqual([
      ['CS0001', 'RFM-10001', 'paid'],
      ['CS0002', 'RFM-10002', 'denied'],
      ['CS0003', 'RFM-10003', 'pending'],
      ['CS0004', 'RFM-10004', 'rejected'],
    ]);
    expect(report.claims[0]).toMatchObject({
      payer: 'ACME HEALTH PLAN',
      provider: { name: 'RIVERSIDE FAMILY MEDICINE', id: '1234567893' },
      subscriber: { name: 'JANE DOE', memberId: 'W123456789' },
      payerClaimControlNumber: 'PCN202611180001',
    });
  });

  it('paid: amounts, adjudication date, check number, in words', () => {
    const paid = byPcn('RFM-10001').statuses[0]!;
    expect(paid).toMatchObject({ chargeAmount: 25000, paymentAmount: 18000, adjudicationDate: '2026-11-18', paymentMethod: 'Check', checkIssueDate: '2026-11-20', checkNumber: '40012345' });
    expect(paid.statuses[0]!.explanation).toBe('Finalized and paid. Claim or line has been paid.');
    expect(byPcn('RFM-10001').summary).toBe('Paid $180.00 of $250.00, adjudicated 2026-11-18 (check/EFT 40012345): Finalized and paid. Claim or line has been paid.');
    expect(byPcn('RFM-10003').summary).toMatch(/^Pending \(charge \$320\.00\), as of 2026-11-22: Pending: suspended for review/);
  });

  it('denied: names the patient as the entity concerned, and the denied line', () => {
    const denied = byPcn('RFM-10002');
    expect(denied.statuses[0]!.statuses[0]!.explanation).toBe(
      'Finalized and denied. Entity not eligible for benefits on the dates of service (concerns the patient).',
    );
    expect(denied.lines).toEqual([
      { procedureCode: '99214', lineItemControlNumber: '1', chargeAmount: 17500, paymentAmount: 0, statuses: [expect.objectContaining({ effectiveDate: '2026-11-21' })] },
    ]);
  });

  it('pending and rejected claims explain themselves', () => {
    expect(byPcn('RFM-10003').statuses[0]!.statuses[0]!.explanation).toMatch(/^Pending: suspended for review\. Under internal review or audit\.$/);
    expect(byPcn('RFM-10003').serviceDate).toEqual({ qualifier: '472', from: '2026-11-09', to: '2026-11-10' });
    expect(byPcn('RFM-10004').statuses[0]!.statuses[0]!.explanation).toBe(
      "Rejected for invalid information (named in the status code); fix and resubmit. Entity's National Provider Identifier (NPI) (concerns the billing provider).",
    );
  });

  it('explains codes it has no words for without inventing any', () => {
    expect(explainStatus({ categoryCode: 'P1', statusCode: '9999' })).toEqual({
      categoryCode: 'P1',
      statusCode: '9999',
      outcome: 'pending',
      explanation: 'Pending: in process in the adjudication system. status code 9999.',
    });
    expect(explainStatus({ categoryCode: 'ZZ', statusCode: '20' }).outcome).toBe('other');
  });

  it('has words for every category family and at least 40 status codes', () => {
    const categories = Object.keys(CLAIM_STATUS_CATEGORIES);
    for (const family of ['A0', 'A8', 'P0', 'P5', 'F0', 'F4', 'R0', 'R16', 'E0', 'E4', 'D0']) expect(categories).toContain(family);
    expect(Object.keys(CLAIM_STATUS_CODES).length).toBeGreaterThanOrEqual(40);
  });
});

const samples = sampleFiles('277_005010X212');

describe.skipIf(!samples)('interpretClaimStatus277 on the shared samples', () => {
  const report = (name: string) => interpretClaimStatus277(runSample(samples!.find((f) => f.name === name)!.path, x277Spec, parse277, generate277)[0]!.parsed);

  it('claim-level: pending for requested information, finalized, and a dependent denied with its line', () => {
    const r = report('claim-level-status.277');
    expect(r.claims.map((c) => [c.traceNumber, c.outcome, c.patient?.name])).toEqual([
      ['ABCXYZ1', 'information_requested', undefined],
      ['ABCXYZ2', 'finalized', undefined],
      ['ABCXYC3', 'denied', 'JOSEPH MANN'],
    ]);
    expect(r.claims[1]!.statuses[0]).toMatchObject({ chargeAmount: 759900, paymentAmount: 759900 });
    expect(r.claims[2]!.lines[0]!.statuses[0]!.statuses[0]!.outcome).toBe('denied');
  });

  it('NCPDP: an RX code list status is named as such', () => {
    const claim = report('claim-level-status-ncpdp.277').claims[0]!;
    expect(claim.statuses[0]!.statuses[0]!.explanation).toBe('Finalized and denied. NCPDP reject/payment code 80.');
  });

  it('receiver and provider level: E0 errors in the request', () => {
    expect(report('information-receiver-level-status.277').levelStatuses).toEqual([
      { loop: '2200B', entity: 'XYZ SERVICE', statuses: [expect.objectContaining({ effectiveDate: '2005-09-16' })] },
    ]);
    const provider = report('provider-level-status.277').levelStatuses[0]!;
    expect(provider.loop).toBe('2200C');
    expect(provider.statuses[0]!.statuses[0]).toMatchObject({ categoryCode: 'E0', statusCode: '24', outcome: 'error' });
  });
});
