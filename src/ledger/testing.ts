// Test support: a small practice's claims and the 835 payments a payer sends for them. Amounts in cents; CPT numbers only, no descriptors.
import { calendarDate } from '../dates/index';
import { cents } from '../money/index';
import type { RemittanceClaimPayment, RemittancePayment, ServicePayment, StoredClaim } from './index';

export const TENANT = '10000000-0000-4000-8000-000000000001';
export const OTHER_TENANT = '10000000-0000-4000-8000-000000000002';
export const PAYER = '20000000-0000-4000-8000-000000000001';
export const DOS = calendarDate('2024-02-12');

/** An office visit with an ECG and a venipuncture: 99214-25 $200, 93000 $80, 36415 $20. */
export function officeVisitClaim(overrides: Partial<StoredClaim> = {}): StoredClaim {
  return {
    id: '30000000-0000-4000-8000-000000000001',
    tenantId: TENANT,
    patientId: '40000000-0000-4000-8000-000000000001',
    payerId: PAYER,
    patientControlNumber: 'PCN1001',
    payerClaimControlNumber: 'ICN-77001',
    lines: [
      { id: '50000000-0000-4000-8000-000000000001', lineNumber: 1, lineItemControlNumber: 'PCN1001-1', procedureCode: '99214', modifiers: ['25'], units: 1, charge: cents(20000), serviceDate: DOS },
      { id: '50000000-0000-4000-8000-000000000002', lineNumber: 2, lineItemControlNumber: 'PCN1001-2', procedureCode: '93000', modifiers: [], units: 1, charge: cents(8000), serviceDate: DOS },
      { id: '50000000-0000-4000-8000-000000000003', lineNumber: 3, lineItemControlNumber: 'PCN1001-3', procedureCode: '36415', modifiers: [], units: 1, charge: cents(2000), serviceDate: DOS },
    ],
    ...overrides,
  };
}

export function svc(code: string, modifiers: string[], charge: number, paid: number, extra: Partial<ServicePayment> = {}): ServicePayment {
  return {
    procedure: { qualifier: 'HC', code, modifiers },
    charge: cents(charge),
    paid: cents(paid),
    units: 1,
    serviceDate: DOS,
    adjustments: [],
    remarkCodes: [],
    ...extra,
  };
}

/** The three lines paid: allowed 150/60/15, coinsurance 20% on the visit. */
export function paidClaim(overrides: Partial<RemittanceClaimPayment> = {}): RemittanceClaimPayment {
  return {
    patientControlNumber: 'PCN1001',
    claimStatusCode: '1',
    totalCharge: cents(30000),
    paidAmount: cents(18000),
    patientResponsibility: cents(3000),
    payerClaimControlNumber: 'ICN-77001',
    adjustments: [],
    remarkCodes: [],
    serviceLines: [
      svc('99214', ['25'], 20000, 12000, {
        lineItemControlNumber: 'PCN1001-1',
        adjustments: [{ group: 'CO', reason: '45', amount: cents(5000) }, { group: 'PR', reason: '2', amount: cents(3000) }],
      }),
      svc('93000', [], 8000, 6000, { lineItemControlNumber: 'PCN1001-2', adjustments: [{ group: 'CO', reason: '45', amount: cents(2000) }] }),
      svc('36415', [], 2000, 0, {
        lineItemControlNumber: 'PCN1001-3',
        adjustments: [{ group: 'CO', reason: '97', amount: cents(2000) }],
        remarkCodes: ['M15'],
      }),
    ],
    ...overrides,
  };
}

export function payment(claims: RemittanceClaimPayment[], overrides: Partial<RemittancePayment> = {}): RemittancePayment {
  const total = claims.reduce((a, c) => a + c.paidAmount, 0);
  return {
    tenantId: TENANT,
    payerId: PAYER,
    traceNumber: 'EFT0042',
    payerIdentifier: '1999999999',
    totalPayment: cents(total),
    paymentDate: calendarDate('2024-03-05'),
    claims,
    providerAdjustments: [],
    ...overrides,
  };
}
