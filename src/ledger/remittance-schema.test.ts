import { describe, expect, it } from 'vitest';
import { parseRemittancePayment } from './index';
import { paidClaim, payment } from './testing';

describe('parseRemittancePayment', () => {
  it('accepts a well-formed payment as it is', () => {
    const p = payment([paidClaim()]);
    expect(parseRemittancePayment(JSON.parse(JSON.stringify(p)))).toEqual(p);
  });

  it('names the first bad field: fractional cents, impossible dates, unknown codes', () => {
    const p = JSON.parse(JSON.stringify(payment([paidClaim()]))) as { claims: { serviceLines: { paid: number }[]; claimStatusCode: string }[]; paymentDate: string };
    p.claims[0]!.serviceLines[1]!.paid = 60.5;
    expect(() => parseRemittancePayment(p, 'portal.json')).toThrow(expect.objectContaining({ code: 'ledger.remittance_invalid', location: { file: 'portal.json', field: 'claims.0.serviceLines.1.paid' } }));
    p.claims[0]!.serviceLines[1]!.paid = 6000;
    p.paymentDate = '2024-02-30';
    expect(() => parseRemittancePayment(p)).toThrow(/remittance paymentDate: a calendar date/);
    p.paymentDate = '2024-03-05';
    p.claims[0]!.claimStatusCode = '7';
    expect(() => parseRemittancePayment(p)).toThrow(/claims\.0\.claimStatusCode/);
    expect(() => parseRemittancePayment('not a payment')).toThrow(/remittance \(root\)/);
  });
});
