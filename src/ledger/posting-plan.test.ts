import { describe, expect, it } from 'vitest';
import { cents } from '../money/index';
import {
  chargeTransaction,
  claimPaymentIdentities,
  deriveBalances,
  planPosting,
  reconcile,
  type LedgerTransaction,
  type StoredClaim,
} from './index';
import { DOS, officeVisitClaim, OTHER_TENANT, paidClaim, payment, svc, TENANT } from './testing';

function charges(claim: StoredClaim): LedgerTransaction[] {
  return claim.lines.map((l) =>
    chargeTransaction({
      idempotencyKey: `charge:${l.id}`, effectiveDate: DOS, amount: l.charge,
      line: { claimId: claim.id, claimLineId: l.id, patientId: claim.patientId, payerId: claim.payerId! },
    }),
  );
}

const claim = officeVisitClaim();
const [line1, line2, line3] = claim.lines as [StoredClaim['lines'][0], StoredClaim['lines'][0], StoredClaim['lines'][0]];
const summary = (txs: LedgerTransaction[]) => txs.map((t) => `${t.kind}:${t.legs[0]!.claimLineId ?? t.legs[0]!.payerId}:${t.legs[0]!.amount}`);

describe('planPosting: a paid claim', () => {
  const plan = planPosting(payment([paidClaim()]), [claim]);

  it('posts payments, contractual adjustments and patient responsibility per line', () => {
    expect(summary(plan.transactions)).toEqual([
      `payer_payment:${line1.id}:12000`,
      `adjustment:${line1.id}:5000`,
      `patient_responsibility:${line1.id}:3000`,
      `payer_payment:${line2.id}:6000`,
      `adjustment:${line2.id}:2000`,
    ]);
    expect(plan.unapplied).toEqual([]);
    expect(plan.warnings).toEqual([]);
  });

  it('leaves the bundling denial (CO-97) open on its line and lists it to be worked', () => {
    expect(plan.denials).toEqual([
      expect.objectContaining({ claimLineId: line3.id, group: 'CO', reason: '97', amount: 2000, remarkCodes: ['M15'], held: true }),
    ]);
    const b = deriveBalances([...charges(claim), ...plan.transactions]);
    expect(b.byLine.get(line1.id)).toBe(0);
    expect(b.byLine.get(line2.id)).toBe(0);
    expect(b.byLine.get(line3.id)).toBe(2000);
    expect(b.byPatient.get(claim.patientId)).toBe(3000);
    expect(reconcile(b)).toEqual([]);
  });

  it('adjusts denials off when asked', () => {
    const all = planPosting(payment([paidClaim()]), [claim], { postDenialAdjustments: true });
    expect(summary(all.transactions)).toContain(`adjustment:${line3.id}:2000`);
    expect(all.denials[0]!.held).toBe(false);
  });

  it('builds the same keys when the same payment is planned again, even from another file', () => {
    const again = planPosting(payment([paidClaim()]), [claim]);
    expect(again.transactions.map((t) => t.idempotencyKey)).toEqual(plan.transactions.map((t) => t.idempotencyKey));
    expect(new Set(plan.transactions.map((t) => t.idempotencyKey)).size).toBe(plan.transactions.length);
    const otherTrace = planPosting(payment([paidClaim()], { traceNumber: 'EFT0043' }), [claim]);
    expect(otherTrace.transactions.map((t) => t.idempotencyKey)).not.toContain(plan.transactions[0]!.idempotencyKey);
  });
});

describe('planPosting: matching service lines the payer changed', () => {
  const withoutRefs = (lines: ReturnType<typeof svc>[]) => payment([paidClaim({ serviceLines: lines, patientResponsibility: undefined })]);

  it('matches a line whose modifier the payer dropped, by code, date and charge', () => {
    const plan = planPosting(withoutRefs([svc('99214', [], 20000, 15000, { adjustments: [{ group: 'CO', reason: '45', amount: cents(5000) }] })]), [claim]);
    expect(plan.transactions[0]!.legs[1]!.claimLineId).toBe(line1.id);
    expect(plan.warnings.map((w) => w.code)).toContain('line_matched_modifiers_changed');
  });

  it('matches a recoded line through SVC06, the procedure as billed', () => {
    const recoded = svc('99213', [], 20000, 9000, {
      originalProcedure: { qualifier: 'HC', code: '99214', modifiers: ['25'] },
      adjustments: [{ group: 'CO', reason: '45', amount: cents(11000) }],
    });
    const plan = planPosting(withoutRefs([recoded]), [claim]);
    expect(plan.transactions.map((t) => t.legs[1]!.claimLineId)).toEqual([line1.id, line1.id]);
    expect(plan.warnings.find((w) => w.code === 'line_matched_original_procedure')?.message).toMatch(/line 1 \(99214\) as 99213/);
  });

  it('lands a bundle of lines on the line the payer names and says which lines it swallowed', () => {
    const bundle = svc('93000', [], 10000, 6000, { adjustments: [{ group: 'CO', reason: '45', amount: cents(4000) }] });
    const plan = planPosting(withoutRefs([svc('99214', ['25'], 20000, 15000, { adjustments: [{ group: 'CO', reason: '45', amount: cents(5000) }] }), bundle]), [claim]);
    expect(plan.transactions.map((t) => t.legs[1]!.claimLineId)).toEqual([line1.id, line1.id, line2.id, line2.id]);
    expect(plan.warnings.find((w) => w.code === 'line_matched_bundled')?.message).toBe('payer bundled lines 2, 3 into 93000 on 2024-02-12; posted to line 2');
  });

  it('sends a service line that matches nothing to unapplied with its reason', () => {
    const plan = planPosting(withoutRefs([svc('71046', [], 9900, 5000)]), [claim]);
    expect(plan.unapplied).toEqual([
      expect.objectContaining({ patientControlNumber: 'PCN1001', amount: 5000, reason: 'service line 71046 on 2024-02-12 charged 9900 cents matches no line of the claim' }),
    ]);
    expect(plan.transactions.map((t) => t.legs.map((l) => l.account.kind))).toEqual([['cash', 'unapplied']]);
  });
});

describe('planPosting: claims that do not match', () => {
  it('puts an unknown claim payment in unapplied cash, held per payer', () => {
    const plan = planPosting(payment([paidClaim({ patientControlNumber: 'NOPE', payerClaimControlNumber: 'ICN-0' })]), [claim]);
    expect(plan.unapplied).toEqual([expect.objectContaining({ amount: 18000, reason: 'no claim with patient control number NOPE or payer claim number ICN-0' })]);
    expect(plan.transactions).toHaveLength(1);
    expect(plan.transactions[0]!.legs[1]!.account).toEqual({ kind: 'unapplied', referenceType: 'payer', referenceId: payment([]).payerId });
  });

  it('never matches another tenant’s claim, even with the same control numbers', () => {
    const plan = planPosting(payment([paidClaim()]), [officeVisitClaim({ tenantId: OTHER_TENANT })]);
    expect(plan.unapplied).toHaveLength(1);
    expect(plan.transactions.every((t) => t.legs.every((l) => l.claimId === undefined))).toBe(true);
  });

  it('releases the unapplied cash when the same 835 is posted again after the claim was entered', () => {
    const p = payment([paidClaim()]);
    const before = planPosting(p, []);
    const after = planPosting(p, [claim], { priorTransactions: before.transactions });
    expect(after.warnings.map((w) => w.code)).toEqual(['unapplied_released']);
    expect(after.transactions[0]).toMatchObject({ kind: 'reversal', reversesKey: before.transactions[0]!.idempotencyKey });
    const b = deriveBalances([...charges(claim), ...before.transactions, ...after.transactions]);
    expect(b.byAccount.get(`unapplied:${p.payerId}`)).toBe(0);
    expect(b.byAccount.get('cash')).toBe(p.totalPayment);
    const replay = planPosting(p, [claim], { priorTransactions: [...before.transactions, ...after.transactions] });
    expect(replay.transactions.map((t) => t.idempotencyKey)).toEqual(after.transactions.map((t) => t.idempotencyKey));
  });

  it('matches by payer claim number when the payer mangled CLP01', () => {
    const plan = planPosting(payment([paidClaim({ patientControlNumber: 'PCN100' })]), [claim]);
    expect(plan.unapplied).toEqual([]);
    expect(plan.warnings.map((w) => w.code)).toEqual(['claim_matched_by_payer_claim_control_number']);
  });
});

describe('planPosting: reversals, corrections and takebacks', () => {
  const original = planPosting(payment([paidClaim()]), [claim]);
  const reversalClp = paidClaim({
    claimStatusCode: '22', totalCharge: cents(-30000), paidAmount: cents(-18000), patientResponsibility: cents(-3000),
    serviceLines: paidClaim().serviceLines.map((s) => ({ ...s, charge: cents(0 - s.charge), paid: cents(0 - s.paid), adjustments: s.adjustments.map((a) => ({ ...a, amount: cents(0 - a.amount) })) })),
  });
  const correction = paidClaim({
    paidAmount: cents(19600), patientResponsibility: cents(1400),
    serviceLines: [
      svc('99214', ['25'], 20000, 13600, { lineItemControlNumber: 'PCN1001-1', adjustments: [{ group: 'CO', reason: '45', amount: cents(5000) }, { group: 'PR', reason: '2', amount: cents(1400) }] }),
      svc('93000', [], 8000, 6000, { lineItemControlNumber: 'PCN1001-2', adjustments: [{ group: 'CO', reason: '45', amount: cents(2000) }] }),
      svc('36415', [], 2000, 0, { lineItemControlNumber: 'PCN1001-3', adjustments: [{ group: 'CO', reason: '97', amount: cents(2000) }] }),
    ],
  });
  const later = payment([reversalClp, correction], { traceNumber: 'EFT0099' });

  it('reverses exactly what the earlier payment posted, then posts the correction', () => {
    const plan = planPosting(later, [claim], { priorTransactions: original.transactions });
    const reversals = plan.transactions.filter((t) => t.kind === 'reversal');
    expect(reversals.map((t) => t.reversesKey)).toEqual(original.transactions.map((t) => t.idempotencyKey));
    expect(plan.warnings).toEqual([]);
    const b = deriveBalances([...charges(claim), ...original.transactions, ...plan.transactions]);
    expect(b.byPatient.get(claim.patientId)).toBe(1400);
    expect(b.byClaim.get(claim.id)!.payments).toBe(19600);
    expect(reconcile(b)).toEqual([]);
  });

  it('plans the same reversal again once it is stored, so replaying the 835 is a no-op', () => {
    const first = planPosting(later, [claim], { priorTransactions: original.transactions });
    const replay = planPosting(later, [claim], { priorTransactions: [...original.transactions, ...first.transactions] });
    expect(replay.warnings).toEqual([]);
    expect(replay.transactions.map((t) => t.idempotencyKey)).toEqual(first.transactions.map((t) => t.idempotencyKey));
  });

  it('does not reverse a payment that another reversal already cancelled', () => {
    const first = planPosting(later, [claim], { priorTransactions: original.transactions });
    const second = planPosting({ ...later, traceNumber: 'EFT0123' }, [claim], { priorTransactions: [...original.transactions, ...first.transactions] });
    const reversed = second.transactions.filter((t) => t.kind === 'reversal').map((t) => t.reversesKey);
    expect(reversed.some((k) => original.transactions.some((o) => o.idempotencyKey === k))).toBe(false);
  });

  it('without the earlier postings, posts the reversal’s own negative amounts and says so', () => {
    const plan = planPosting(payment([reversalClp], { traceNumber: 'EFT0099' }), [claim]);
    expect(plan.warnings.map((w) => w.code)).toEqual(['reversal_without_prior_posting']);
    const b = deriveBalances([...charges(claim), ...original.transactions, ...plan.transactions]);
    expect(b.byClaim.get(claim.id)).toMatchObject({ payments: 0, adjustments: 0, balance: 30000, patientBalance: 0 });
    expect(plan.denials).toEqual([]);
  });

  it('posts a takeback (negative paid amount) as cash going back to the payer', () => {
    const takeback = paidClaim({ paidAmount: cents(-6000), patientResponsibility: undefined, serviceLines: [svc('93000', [], 0, -6000, { lineItemControlNumber: 'PCN1001-2', charge: cents(0), adjustments: [{ group: 'CO', reason: '45', amount: cents(6000) }] })] });
    const plan = planPosting(payment([takeback], { traceNumber: 'EFT0100' }), [claim]);
    expect(summary(plan.transactions)).toEqual([`payer_payment:${line2.id}:-6000`, `adjustment:${line2.id}:6000`]);
  });
});

describe('planPosting: denials, claim-level amounts and provider adjustments', () => {
  it('a zero-pay denial posts nothing and holds every line', () => {
    const denied = paidClaim({
      claimStatusCode: '4', paidAmount: cents(0), patientResponsibility: cents(0),
      serviceLines: claim.lines.map((l) => svc(l.procedureCode, l.modifiers, l.charge, 0, { lineItemControlNumber: l.lineItemControlNumber, adjustments: [{ group: 'CO', reason: '50', amount: l.charge }], remarkCodes: ['N115'] })),
    });
    const plan = planPosting(payment([denied]), [claim]);
    expect(plan.transactions).toEqual([]);
    expect(plan.denials.map((d) => [d.reason, d.amount, d.held])).toEqual([['50', 20000, true], ['50', 8000, true], ['50', 2000, true]]);
  });

  it('spreads a claim-level payment and claim-level CAS over the lines by charge, to the cent', () => {
    const clp = paidClaim({ serviceLines: [], paidAmount: cents(10001), patientResponsibility: cents(0), adjustments: [{ group: 'CO', reason: '45', amount: cents(19999) }] });
    const plan = planPosting(payment([clp]), [claim]);
    const b = deriveBalances([...charges(claim), ...plan.transactions]);
    expect([...claim.lines.map((l) => b.byLine.get(l.id))]).toEqual([0, 0, 0]);
    expect(plan.transactions.filter((t) => t.kind === 'payer_payment').map((t) => t.legs[0]!.amount)).toEqual([6667, 2667, 667]);
  });

  it('posts PLB interest and recoupment and checks BPR02 against them', () => {
    const p = payment([paidClaim()], {
      totalPayment: cents(18000 + 125 - 5000),
      providerAdjustments: [
        { providerIdentifier: '1234567893', reasonCode: 'L6', amount: cents(-125) },
        { providerIdentifier: '1234567893', reasonCode: 'WO', referenceIdentifier: 'ICN-55', amount: cents(5000) },
      ],
    });
    const plan = planPosting(p, [claim]);
    expect(plan.warnings).toEqual([]);
    const plb = plan.transactions.filter((t) => t.kind === 'provider_adjustment');
    expect(plb.map((t) => [t.legs[0]!.account.kind, t.legs[0]!.amount])).toEqual([['interest', -125], ['receivable_payer', 5000]]);
    const cash = plan.transactions.flatMap((t) => t.legs).filter((l) => l.account.kind === 'cash').reduce((a, l) => a + l.amount, 0);
    expect(cash).toBe(p.totalPayment);
    const short = planPosting({ ...p, totalPayment: cents(1) }, [claim]);
    expect(short.warnings.map((w) => w.code)).toEqual(['payment_total_mismatch']);
  });

  it('plans a payment in parts exactly as it plans it whole, also when a repeated CLP straddles two parts', () => {
    const clp = paidClaim();
    const whole = payment([clp, paidClaim({ patientControlNumber: 'PCN1002' }), clp], {
      providerAdjustments: [{ providerIdentifier: '1234567893', reasonCode: 'L6', amount: cents(-125) }],
    });
    const claims = [claim, officeVisitClaim({ id: '30000000-0000-4000-8000-000000000002', patientControlNumber: 'PCN1002' })];
    const ids = claimPaymentIdentities(whole.claims);
    const parts = [[0, 2], [2, 3]].map(([from, to], i) => planPosting(
      { ...whole, claims: whole.claims.slice(from, to), providerAdjustments: i === 1 ? whole.providerAdjustments : [] },
      claims, { part: { claimIdentities: ids.slice(from, to), paymentLevel: i === 1 } },
    ));
    const all = planPosting(whole, claims);
    expect(parts.flatMap((p) => p.transactions)).toEqual(all.transactions);
    expect(new Set(all.transactions.map((t) => t.idempotencyKey)).size).toBe(all.transactions.length);
  });

  it('warns when CLP05 disagrees with the PR adjustments', () => {
    const plan = planPosting(payment([paidClaim({ patientResponsibility: cents(2500) })]), [claim]);
    expect(plan.warnings.map((w) => w.code)).toEqual(['patient_responsibility_mismatch']);
  });

  it('tenant guard: the fixtures are in the tenant the payment is for', () => {
    expect(claim.tenantId).toBe(TENANT);
  });
});
