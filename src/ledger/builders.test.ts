import { describe, expect, it } from 'vitest';
import { calendarDate } from '../dates/index';
import { cents } from '../money/index';
import {
  applyUnapplied,
  chargeTransaction,
  checkTransaction,
  contractualAdjustment,
  deriveBalances,
  LedgerError,
  patientPayment,
  patientResponsibilityTransfer,
  payerPaymentTransaction,
  providerLevelAdjustment,
  reconcile,
  refund,
  reverse,
  unappliedPayment,
  writeOff,
  type ClaimLineRef,
  type LedgerTransaction,
} from './index';

const day = calendarDate('2024-03-01');
const line: ClaimLineRef = { claimId: 'claim-1', claimLineId: 'line-1', patientId: 'pat-1', payerId: 'payer-1' };
const at = (key: string) => ({ idempotencyKey: key, effectiveDate: day });
const legsOf = (tx: LedgerTransaction) => tx.legs.map((l) => [l.account.kind, l.account.referenceId ?? null, l.amount]);

describe('ledger transaction builders', () => {
  it('a charge debits the line receivable and credits revenue', () => {
    const tx = chargeTransaction({ ...at('c1'), line, amount: cents(15000) });
    expect(tx.kind).toBe('charge');
    expect(tx.claimId).toBe('claim-1');
    expect(legsOf(tx)).toEqual([['receivable_claim_line', 'line-1', 15000], ['revenue', null, -15000]]);
  });

  it('a payer payment debits cash and credits the line; a negative one is a takeback', () => {
    expect(legsOf(payerPaymentTransaction({ ...at('p1'), line, amount: cents(8000) }))).toEqual([['cash', null, 8000], ['receivable_claim_line', 'line-1', -8000]]);
    expect(legsOf(payerPaymentTransaction({ ...at('p2'), line, amount: cents(-8000) }))).toEqual([['cash', null, -8000], ['receivable_claim_line', 'line-1', 8000]]);
  });

  it('contractual adjustments and patient responsibility take the balance off the payer side', () => {
    expect(legsOf(contractualAdjustment({ ...at('a1'), line, amount: cents(4000) }))).toEqual([['contractual_adjustment', null, 4000], ['receivable_claim_line', 'line-1', -4000]]);
    expect(legsOf(patientResponsibilityTransfer({ ...at('r1'), line, amount: cents(3000) }))).toEqual([['receivable_patient', 'pat-1', 3000], ['receivable_claim_line', 'line-1', -3000]]);
  });

  it('patient payments, refunds and write-offs move the right receivable', () => {
    expect(legsOf(patientPayment({ ...at('pp'), patientId: 'pat-1', claimId: 'claim-1', amount: cents(3000) }))).toEqual([['cash', null, 3000], ['receivable_patient', 'pat-1', -3000]]);
    expect(legsOf(refund({ ...at('rf'), to: 'patient', patientId: 'pat-1', amount: cents(500) }))).toEqual([['receivable_patient', 'pat-1', 500], ['cash', null, -500]]);
    expect(legsOf(refund({ ...at('rf2'), to: 'payer', line, amount: cents(700) }))).toEqual([['receivable_claim_line', 'line-1', 700], ['cash', null, -700]]);
    expect(legsOf(writeOff({ ...at('w1'), line, from: 'patient', amount: cents(250) }))).toEqual([['write_off', null, 250], ['receivable_patient', 'pat-1', -250]]);
    expect(legsOf(writeOff({ ...at('w2'), line, from: 'payer', amount: cents(250) }))).toEqual([['write_off', null, 250], ['receivable_claim_line', 'line-1', -250]]);
  });

  it('unapplied cash is held per payer and can be applied to a line later', () => {
    expect(legsOf(unappliedPayment({ ...at('u1'), payerId: 'payer-1', amount: cents(900) }))).toEqual([['cash', null, 900], ['unapplied', 'payer-1', -900]]);
    expect(legsOf(applyUnapplied({ ...at('u2'), line: { ...line, payerId: 'payer-1' }, amount: cents(900) }))).toEqual([['unapplied', 'payer-1', 900], ['receivable_claim_line', 'line-1', -900]]);
  });

  it('PLB: interest L6 (negative, adds cash), recoupment WO and forward balance FB against the payer, others to provider adjustments', () => {
    expect(legsOf(providerLevelAdjustment({ ...at('l6'), payerId: 'payer-1', reason: 'L6', amount: cents(-125) }))).toEqual([['interest', 'payer-1', -125], ['cash', null, 125]]);
    expect(legsOf(providerLevelAdjustment({ ...at('wo'), payerId: 'payer-1', reason: 'WO', amount: cents(2000) }))).toEqual([['receivable_payer', 'payer-1', 2000], ['cash', null, -2000]]);
    expect(legsOf(providerLevelAdjustment({ ...at('fb'), payerId: 'payer-1', reason: 'FB', amount: cents(-2000) }))).toEqual([['receivable_payer', 'payer-1', -2000], ['cash', null, 2000]]);
    expect(legsOf(providerLevelAdjustment({ ...at('cs'), payerId: 'payer-1', reason: 'CS', amount: cents(300) }))[0]).toEqual(['provider_adjustment', 'payer-1', 300]);
  });

  it('a reversal negates every leg and names what it reverses', () => {
    const paid = payerPaymentTransaction({ ...at('p1'), line, amount: cents(8000) });
    const rev = reverse(paid, at('p1:rev'));
    expect(rev.kind).toBe('reversal');
    expect(rev.reversesKey).toBe('p1');
    expect(legsOf(rev)).toEqual([['cash', null, -8000], ['receivable_claim_line', 'line-1', 8000]]);
    expect(deriveBalances([paid, rev]).byLine.get('line-1')).toBe(0);
  });

  it('refuses zero amounts, negative charges and unbalanced or one-legged transactions', () => {
    expect(() => chargeTransaction({ ...at('z'), line, amount: cents(0) })).toThrow(LedgerError);
    expect(() => chargeTransaction({ ...at('n'), line, amount: cents(-5) })).toThrow(/must be positive/);
    expect(() => payerPaymentTransaction({ ...at('z'), line, amount: cents(0) })).toThrow(/zero/);
    const unbalanced: LedgerTransaction = {
      idempotencyKey: 'x', kind: 'charge', effectiveDate: day,
      legs: [{ account: { kind: 'cash' }, amount: cents(100) }, { account: { kind: 'revenue' }, amount: cents(-99) }],
    };
    expect(() => checkTransaction(unbalanced)).toThrow(expect.objectContaining({ code: 'ledger.unbalanced' }));
    expect(() => checkTransaction({ ...unbalanced, legs: unbalanced.legs.slice(0, 1) })).toThrow(expect.objectContaining({ code: 'ledger.empty' }));
    expect(() => checkTransaction({ ...unbalanced, idempotencyKey: ' ' })).toThrow(expect.objectContaining({ code: 'ledger.no_key' }));
  });

  it("refuses a leg tagged with another claim than its transaction's: a claim's entries are read through its transactions", () => {
    const charge = chargeTransaction({ ...at('c'), line, amount: cents(100) });
    expect(charge.legs.every((l) => l.claimId === charge.claimId)).toBe(true);
    const stray = { ...charge, legs: [charge.legs[0]!, { ...charge.legs[1]!, claimId: 'claim-2' }] };
    expect(() => checkTransaction(stray)).toThrow(expect.objectContaining({ code: 'ledger.claim_mismatch' }));
    expect(() => checkTransaction({ ...charge, claimId: undefined })).toThrow(/the transaction for \(none\)/);
  });
});

describe('balances', () => {
  it('follows a claim from charge to zero, per line, patient and payer, and reconciles', () => {
    const txs = [
      chargeTransaction({ ...at('c1'), line, amount: cents(20000) }),
      payerPaymentTransaction({ ...at('p1'), line, amount: cents(9000) }),
      contractualAdjustment({ ...at('a1'), line, amount: cents(8000) }),
      patientResponsibilityTransfer({ ...at('r1'), line, amount: cents(3000) }),
      patientPayment({ ...at('pp'), patientId: 'pat-1', claimId: 'claim-1', amount: cents(2000) }),
    ];
    const b = deriveBalances(txs);
    expect(b.byLine.get('line-1')).toBe(0);
    expect(b.byPatient.get('pat-1')).toBe(1000);
    expect(b.byPayer.get('payer-1')).toBe(0);
    expect(b.byClaim.get('claim-1')).toEqual({
      claimId: 'claim-1', balance: 1000, payerBalance: 0, patientBalance: 1000, charges: 20000, payments: 11000, adjustments: 8000,
    });
    expect(b.totalDebits).toBe(b.totalCredits);
    expect(reconcile(b)).toEqual([]);
  });

  it('reconcile names the patients when a leg is tagged with the wrong one', () => {
    const tx = patientResponsibilityTransfer({ ...at('r1'), line, amount: cents(3000) });
    const mistagged = { ...tx, legs: tx.legs.map((l) => (l.account.kind === 'receivable_patient' ? { ...l, patientId: 'pat-2' } : l)) };
    expect(reconcile(deriveBalances([tx]))).toEqual([]);
    expect(reconcile(deriveBalances([tx, mistagged])).map((d) => d.check)).toEqual([
      'patient pat-1: receivable account = patient balance',
      'patient pat-2: receivable account = patient balance',
    ]);
  });
});
