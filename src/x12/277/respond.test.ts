import { describe, expect, it } from 'vitest';
import { calendarDate, cents } from '../deps';
import { DEFAULT_DELIMITERS } from '../segment';
import { tokenize } from '../tokenizer';
import { validateTransaction } from '../walker';
import { writeSegments } from '../writer';
import { buildClaimStatusRequest276, generate276, parse276 } from '../276/index';
import type { ClaimStatusRequestInput } from '../276/index';
import { generate277, interpretClaimStatus277, parse277, respondToClaimStatus276, x277Spec } from './index';

const input: ClaimStatusRequestInput = {
  provider: { name: 'RIVERSIDE FAMILY MEDICINE', npi: '1234567893' },
  payer: { name: 'ACME HEALTH PLAN', payerId: '60054' },
  informationReceiver: { name: 'RIVERSIDE FAMILY MEDICINE', etin: 'RFM001' },
  subscriber: { memberId: 'W123456789', lastName: 'DOE', firstName: 'JANE' },
  patient: { lastName: 'DOE', firstName: 'MAX', birthDate: calendarDate('2015-02-01') },
  claim: { patientControlNumber: 'RFM-10002', totalCharge: cents(17550), serviceDates: { from: calendarDate('2026-11-05') } },
  transactionSetControlNumber: '0002',
  traceNumber: 'CS0002',
  createdAt: { date: calendarDate('2026-11-26'), time: '1200' },
};

describe('respondToClaimStatus276 (payer simulator), end to end', () => {
  it('a 276 out, a 277 back: the claim is matched by trace and patient control number, status explained', () => {
    const wire = writeSegments(generate276(buildClaimStatusRequest276(input)), DEFAULT_DELIMITERS);
    const asked = parse276({ segments: tokenize(wire, { delimiters: DEFAULT_DELIMITERS }).segments, delimiters: DEFAULT_DELIMITERS }).value;
    const seen: string[] = [];
    const response = generate277(
      respondToClaimStatus276(
        asked,
        (claim) => {
          seen.push(claim.patientControlNumber ?? '');
          return {
            payerClaimControlNumber: 'PCN0007',
            statuses: [{ statuses: [{ categoryCode: 'F1', statusCode: '65' }], effectiveDate: calendarDate('2026-11-25'), chargeAmount: cents(17550), paymentAmount: cents(12000), paymentMethodCode: 'ACH', checkNumber: 'EFT778899' }],
          };
        },
        { transactionSetControlNumber: '0903', createdAt: { date: calendarDate('2026-11-26'), time: '1201' } },
      ),
    );
    expect(seen).toEqual(['RFM-10002']);
    expect(validateTransaction(x277Spec, response, DEFAULT_DELIMITERS).findings).toEqual([]);
    const heard = parse277({ segments: tokenize(writeSegments(response, DEFAULT_DELIMITERS), { delimiters: DEFAULT_DELIMITERS }).segments, delimiters: DEFAULT_DELIMITERS });
    expect(heard.findings).toEqual([]);
    const [claim, ...others] = interpretClaimStatus277(heard.value).claims;
    expect(others).toEqual([]);
    expect(claim).toMatchObject({
      traceNumber: 'CS0002',
      patientControlNumber: 'RFM-10002',
      payerClaimControlNumber: 'PCN0007',
      patient: { name: 'MAX DOE' },
      outcome: 'paid',
      serviceDate: { from: '2026-11-05' },
    });
    expect(claim!.statuses[0]).toMatchObject({ paymentAmount: 12000, paymentMethod: 'Automated Clearing House (EFT)', checkNumber: 'EFT778899' });
  });
});
