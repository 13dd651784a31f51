// Properties over random histories: whatever happens to a set of claims, the books balance, every
// claim's balance is its charges less payments and adjustments, and replaying a plan changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDate } from '../dates/index';
import { cents } from '../money/index';
import {
  chargeTransaction, contractualAdjustment, deriveBalances, patientPayment, patientResponsibilityTransfer, payerPaymentTransaction,
  planPosting, reconcile, refund, reverse, writeOff, type ClaimLineRef, type LedgerTransaction, type StoredClaim,
} from './index';
import { officeVisitClaim, paidClaim, payment, svc } from './testing';

const day = calendarDate('2024-01-15');
const lines: ClaimLineRef[] = [
  { claimId: 'c1', claimLineId: 'c1-1', patientId: 'p1', payerId: 'y1' },
  { claimId: 'c1', claimLineId: 'c1-2', patientId: 'p1', payerId: 'y1' },
  { claimId: 'c2', claimLineId: 'c2-1', patientId: 'p2', payerId: 'y2' },
];

type Event = { op: 'charge' | 'pay' | 'takeback' | 'contractual' | 'pr' | 'patientPay' | 'refund' | 'writeOff' | 'reverse'; line: number; amount: number; pick: number };
const eventArb: fc.Arbitrary<Event> = fc.record({
  op: fc.constantFrom('charge', 'pay', 'takeback', 'contractual', 'pr', 'patientPay', 'refund', 'writeOff', 'reverse'),
  line: fc.integer({ min: 0, max: lines.length - 1 }),
  amount: fc.integer({ min: 1, max: 5_000_00 }),
  pick: fc.nat(),
});

function build(e: Event, i: number, history: LedgerTransaction[]): LedgerTransaction | undefined {
  const line = lines[e.line]!;
  const base = { idempotencyKey: `e${i}`, effectiveDate: day, amount: cents(e.amount) };
  switch (e.op) {
    case 'charge': return chargeTransaction({ ...base, line });
    case 'pay': return payerPaymentTransaction({ ...base, line });
    case 'takeback': return payerPaymentTransaction({ ...base, line, amount: cents(-e.amount) });
    case 'contractual': return contractualAdjustment({ ...base, line });
    case 'pr': return patientResponsibilityTransfer({ ...base, line });
    case 'patientPay': return patientPayment({ ...base, patientId: line.patientId, claimId: line.claimId });
    case 'refund': return e.pick % 2 === 0 ? refund({ ...base, to: 'patient', patientId: line.patientId, claimId: line.claimId }) : refund({ ...base, to: 'payer', line });
    case 'writeOff': return writeOff({ ...base, line, from: e.pick % 2 === 0 ? 'payer' : 'patient' });
    case 'reverse': {
      const target = history[e.pick % Math.max(1, history.length)];
      return target ? reverse(target, { idempotencyKey: `e${i}`, effectiveDate: day }) : undefined;
    }
  }
}

describe('ledger properties', () => {
  it('debits equal credits and every claim balance is charges - payments - adjustments', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 60 }), (events) => {
        const history: LedgerTransaction[] = [];
        events.forEach((e, i) => {
          const tx = build(e, i, history);
          if (tx) history.push(tx);
        });
        const b = deriveBalances(history);
        expect(b.totalDebits).toBe(b.totalCredits);
        expect(reconcile(b)).toEqual([]);
        for (const c of b.byClaim.values()) expect(c.balance).toBe(c.charges - c.payments - c.adjustments);
        // a reversal of everything returns every balance to zero
        const undone = deriveBalances([...history, ...history.map((t, i) => reverse(t, { idempotencyKey: `undo${i}`, effectiveDate: day }))]);
        for (const v of undone.byAccount.values()) expect(v).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  const claim: StoredClaim = officeVisitClaim();
  const serviceArb = fc.record({
    line: fc.integer({ min: 0, max: 2 }),
    paid: fc.integer({ min: -5000, max: 20000 }),
    co: fc.integer({ min: 0, max: 5000 }),
    pr: fc.integer({ min: 0, max: 5000 }),
    denial: fc.constantFrom('45', '97', '16', '50'),
    dropRef: fc.boolean(),
  });

  it('replaying any posting plan yields the same keys, and storing it twice changes no balance', () => {
    fc.assert(
      fc.property(fc.array(serviceArb, { minLength: 1, maxLength: 5 }), fc.string({ minLength: 1, maxLength: 12 }), (services, trace) => {
        const serviceLines = services.map((s) => {
          const l = claim.lines[s.line]!;
          return svc(l.procedureCode, l.modifiers, l.charge, s.paid, {
            ...(s.dropRef ? {} : { lineItemControlNumber: l.lineItemControlNumber }),
            adjustments: [{ group: 'CO' as const, reason: s.denial, amount: cents(s.co) }, { group: 'PR' as const, reason: '1', amount: cents(s.pr) }],
          });
        });
        const clp = paidClaim({ serviceLines, paidAmount: cents(services.reduce((a, s) => a + s.paid, 0)), patientResponsibility: undefined });
        const p = payment([clp], { traceNumber: trace });
        const once = planPosting(p, [claim]);
        const twice = planPosting(structuredClone(p), [claim]);
        const keys = once.transactions.map((t) => t.idempotencyKey);
        expect(twice.transactions.map((t) => t.idempotencyKey)).toEqual(keys);
        expect(new Set(keys).size).toBe(keys.length);
        // what storage does: insert only the keys it has not seen
        const store = new Map<string, LedgerTransaction>();
        for (const t of [...once.transactions, ...twice.transactions]) if (!store.has(t.idempotencyKey)) store.set(t.idempotencyKey, t);
        expect(deriveBalances(store.values()).byAccount).toEqual(deriveBalances(once.transactions).byAccount);
        expect(reconcile(deriveBalances(store.values()))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('matching properties', () => {
  const claim = officeVisitClaim();
  it('finds every line however the payer echoes it: refs dropped, modifiers dropped, lines reordered', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ dropRef: fc.boolean(), dropModifiers: fc.boolean() }), { minLength: 3, maxLength: 3 }),
        fc.shuffledSubarray([0, 1, 2], { minLength: 1 }),
        (echo, order) => {
          const serviceLines = order.map((i) => {
            const l = claim.lines[i]!;
            return svc(l.procedureCode, echo[i]!.dropModifiers ? [] : l.modifiers, l.charge, 100, echo[i]!.dropRef ? {} : { lineItemControlNumber: l.lineItemControlNumber });
          });
          const plan = planPosting(payment([paidClaim({ serviceLines, patientResponsibility: undefined })]), [claim]);
          expect(plan.unapplied).toEqual([]);
          expect(plan.transactions.map((t) => t.legs[1]!.claimLineId)).toEqual(order.map((i) => claim.lines[i]!.id));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('posting properties over histories of 835s', () => {
  const claim = officeVisitClaim();
  const lineArb = fc.record({ paid: fc.integer({ min: 0, max: 15000 }), co: fc.integer({ min: 0, max: 5000 }), pr: fc.integer({ min: 0, max: 3000 }) });
  const eventArb = fc.oneof(
    fc.record({ op: fc.constant('pay' as const), lines: fc.array(lineArb, { minLength: 3, maxLength: 3 }) }),
    fc.record({ op: fc.constant('reverse' as const), correct: fc.boolean(), lines: fc.array(lineArb, { minLength: 3, maxLength: 3 }) }),
    fc.record({ op: fc.constant('replay' as const), pick: fc.nat() }),
  );

  function clpFor(lines: { paid: number; co: number; pr: number }[], status: '1' | '22', sign: 1 | -1) {
    const s = (n: number) => cents(sign * n);
    const serviceLines = claim.lines.map((l, i) => svc(l.procedureCode, l.modifiers, sign * l.charge, sign * lines[i]!.paid, {
      lineItemControlNumber: l.lineItemControlNumber,
      adjustments: [{ group: 'CO' as const, reason: '45', amount: s(lines[i]!.co) }, { group: 'PR' as const, reason: '2', amount: s(lines[i]!.pr) }],
    }));
    return paidClaim({ claimStatusCode: status, serviceLines, paidAmount: s(lines.reduce((a, l) => a + l.paid, 0)), totalCharge: s(30000), patientResponsibility: s(lines.reduce((a, l) => a + l.pr, 0)) });
  }

  it('cash always equals what the payer sent, the books reconcile, and replaying any earlier 835 adds nothing', () => {
    fc.assert(
      // the claim is entered only at event `knownFrom`: 835s before it land in unapplied cash
      fc.property(fc.array(eventArb, { maxLength: 12 }), fc.nat({ max: 6 }), (events, knownFrom) => {
        const store = new Map<string, LedgerTransaction>();
        const sent: ReturnType<typeof payment>[] = [];
        let lastPaid: { paid: number; co: number; pr: number }[] | undefined;
        let known = false;
        const post = (p: ReturnType<typeof payment>) => {
          const plan = planPosting(p, known ? [claim] : [], { priorTransactions: [...store.values()] });
          expect(new Set(plan.transactions.map((t) => t.idempotencyKey)).size).toBe(plan.transactions.length);
          let added = 0;
          for (const t of plan.transactions) if (!store.has(t.idempotencyKey)) { store.set(t.idempotencyKey, t); added++; }
          return added;
        };
        events.forEach((e, n) => {
          if (n === knownFrom) {
            known = true;
            for (const p of sent) post(p); // the biller reposts the earlier files once the claim exists
          }
          if (e.op === 'replay') {
            if (sent.length && known) expect(post(sent[e.pick % sent.length]!)).toBe(0);
            return;
          }
          const clps = e.op === 'pay' ? [clpFor(e.lines, '1', 1)] : [...(lastPaid ? [clpFor(lastPaid, '22', -1)] : []), ...(e.correct ? [clpFor(e.lines, '1', 1)] : [])];
          if (clps.length === 0) return;
          const p = payment(clps, { traceNumber: `T${n}` });
          sent.push(p);
          post(p);
          lastPaid = e.op === 'pay' || e.correct ? e.lines : undefined;
        });
        const b = deriveBalances(store.values());
        expect(reconcile(b)).toEqual([]);
        expect(b.byAccount.get('cash') ?? 0).toBe(sent.reduce((a, p) => a + p.totalPayment, 0));
        if (known) expect(b.byAccount.get(`unapplied:${claim.payerId!}`) ?? 0).toBe(0);
      }),
      { numRuns: 600 },
    );
  });
});
