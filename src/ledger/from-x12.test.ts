import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calendarDate } from '../dates/index';
import { cents } from '../money/index';
import { parse835, splitTransactions, tokenize } from '../x12/index';
import { chargeTransaction, deriveBalances, planPosting, reconcile, remittanceFromX12, type LedgerTransaction, type StoredClaim } from './index';
import { PAYER, TENANT } from './testing';

// The X12 team's 835 fixture: PCN0001 paid with CO-45/PR-3, PCN0002 reversed (CLP02 22), PCN0003
// denied PR-204, PLB interest (L6) and an overpayment recovery line (WO).
const FIXTURE = readFileSync(join(import.meta.dirname, '..', 'x12', '835', 'fixtures', 'valid.835'), 'utf8');
const [tx] = splitTransactions(tokenize(FIXTURE));
const { remittance } = parse835(tx!);
const ctx = { tenantId: TENANT, payerId: PAYER, receivedOn: calendarDate('2024-03-13') };
const dos = calendarDate('2024-03-01');

const claim = (n: number, pcn: string, icn: string, lines: [string, string[], number, string][]): StoredClaim => ({
  id: `30000000-0000-4000-8000-00000000000${n}`, tenantId: TENANT, patientId: `40000000-0000-4000-8000-00000000000${n}`, payerId: PAYER,
  patientControlNumber: pcn, payerClaimControlNumber: icn,
  lines: lines.map(([code, modifiers, charge, ref], i) => ({
    id: `50000000-0000-4000-8000-0000000000${n}${i}`, lineNumber: i + 1, lineItemControlNumber: ref, procedureCode: code, modifiers,
    units: 1, charge: cents(charge), serviceDate: dos,
  })),
});
const claims = [
  claim(1, 'PCN0001', 'PAYER9001', [['99213', ['25'], 15000, 'LINE0001'], ['36415', [], 10000, 'LINE0002']]),
  claim(2, 'PCN0002', 'PAYER8000', [['99212', [], 8000, 'P2-1']]),
  claim(3, 'PCN0003', 'PAYER9002', [['97110', [], 9500, 'P3-1']]),
];

function charges(): LedgerTransaction[] {
  return claims.flatMap((c) => c.lines.map((l) => chargeTransaction({
    idempotencyKey: `charge:${l.id}`, effectiveDate: dos, amount: l.charge, line: { claimId: c.id, claimLineId: l.id, patientId: c.patientId, payerId: PAYER },
  })));
}

describe('remittanceFromX12', () => {
  const { payment, findings } = remittanceFromX12(remittance, ctx);

  it('maps BPR/TRN, each CLP with its CAS, SVC, REF*6R, DTM*472 and LQ*HE, and the PLB pairs', () => {
    expect(findings).toEqual([]);
    expect(payment).toMatchObject({ tenantId: TENANT, payerId: PAYER, traceNumber: 'EFT20240312001', payerIdentifier: '1512345678', totalPayment: 21213, paymentDate: '2024-03-12' });
    expect(payment.claims.map((c) => [c.patientControlNumber, c.claimStatusCode, c.paidAmount, c.payerClaimControlNumber])).toEqual([
      ['PCN0001', '1', 16000, 'PAYER9001'], ['PCN0002', '22', -5000, 'PAYER8000'], ['PCN0003', '4', 0, 'PAYER9002'],
    ]);
    expect(payment.claims[0]!.serviceLines[0]).toEqual({
      procedure: { qualifier: 'HC', code: '99213', modifiers: ['25'] }, charge: 15000, paid: 10000, units: 1, lineItemControlNumber: 'LINE0001',
      serviceDate: '2024-03-01', adjustments: [{ group: 'CO', reason: '45', amount: 3000 }, { group: 'PR', reason: '3', amount: 2000 }], remarkCodes: [],
    });
    expect(payment.claims[0]!.serviceLines[1]!.remarkCodes).toEqual(['N130']);
    expect(payment.claims[0]!.statementFrom).toBe('2024-03-01');
    expect(payment.providerAdjustments).toEqual([
      { providerIdentifier: '1234567893', fiscalPeriodDate: '2024-12-31', reasonCode: 'L6', referenceIdentifier: 'PCN0001', amount: -213 },
      { providerIdentifier: '1234567893', fiscalPeriodDate: '2024-12-31', reasonCode: 'WO', referenceIdentifier: 'PAYER7000', amount: -10000 },
    ]);
  });

  it('posts the fixture end to end: payment, reversal of the earlier payment, denial, PLB; cash equals BPR02', () => {
    const earlier = planPosting({
      ...payment, traceNumber: 'EFT-EARLIER', totalPayment: cents(5000), providerAdjustments: [],
      claims: [{ ...payment.claims[1]!, claimStatusCode: '1', totalCharge: cents(8000), paidAmount: cents(5000), adjustments: [{ group: 'CO', reason: '45', amount: cents(3000) }] }],
    }, claims);
    const plan = planPosting(payment, claims, { priorTransactions: earlier.transactions });
    expect(plan.warnings).toEqual([]);
    expect(plan.unapplied).toEqual([]);
    expect(plan.transactions.filter((t) => t.kind === 'reversal').map((t) => t.reversesKey)).toEqual(earlier.transactions.map((t) => t.idempotencyKey));
    expect(plan.denials).toEqual([expect.objectContaining({ patientControlNumber: 'PCN0003', group: 'PR', reason: '204', amount: 9500, held: false })]);
    const cash = plan.transactions.flatMap((t) => t.legs).filter((l) => l.account.kind === 'cash').reduce((a, l) => a + l.amount, 0);
    expect(cash).toBe(payment.totalPayment);
    const b = deriveBalances([...charges(), ...earlier.transactions, ...plan.transactions]);
    expect(reconcile(b)).toEqual([]);
    expect(b.byClaim.get(claims[1]!.id)!.balance).toBe(8000);
    expect(b.byPatient.get(claims[2]!.patientId)).toBe(9500);
  });

  it('reports what it cannot map rather than guessing', () => {
    const odd = structuredClone(remittance);
    odd.loop2000[0]!.claims[0]!.claimStatusCode = '99';
    odd.loop2000[0]!.claims[2]!.adjustments[0]!.groupCode = 'XX';
    odd.financialInformation.creditDebitFlagCode = 'D';
    delete odd.financialInformation.checkIssueOrEftEffectiveDate;
    const { payment: p, findings: f } = remittanceFromX12(odd, ctx);
    expect(f.map((x) => x.code)).toEqual(['no_payment_date', 'debit_payment', 'unknown_claim_status', 'unknown_adjustment_group']);
    expect(p.claims.map((c) => c.patientControlNumber)).toEqual(['PCN0002', 'PCN0003']);
    expect(p.totalPayment).toBe(-21213);
    expect(p.paymentDate).toBe('2024-03-10');
  });
});
