// The boundary check for a RemittancePayment that did not come from our own 835 parser (a JSON export,
// an API call): amounts in whole cents, real calendar dates, known status and group codes.
import { z } from 'zod';
import { parseCalendarDate } from '../dates/index';
import { AppError } from '../errors/index';
import type { RemittancePayment } from './remittance';

const date = z.string().refine((s) => parseCalendarDate(s) !== undefined, 'a calendar date YYYY-MM-DD');
const cents = z.number().int().refine(Number.isSafeInteger, 'whole cents');
const procedure = z.object({ qualifier: z.string().min(1), code: z.string().min(1), modifiers: z.array(z.string()).max(4) });
const cas = z.object({
  group: z.enum(['CO', 'PR', 'OA', 'PI', 'CR']),
  reason: z.string().regex(/^[A-Z0-9]{1,5}$/, 'a CARC such as 45 or B7'),
  amount: cents,
  quantity: z.number().optional(),
});
const service = z.object({
  procedure, charge: cents, paid: cents, revenueCode: z.string().optional(), units: z.number().optional(),
  originalProcedure: procedure.optional(), originalUnits: z.number().optional(), lineItemControlNumber: z.string().optional(),
  serviceDate: date.optional(), adjustments: z.array(cas), remarkCodes: z.array(z.string()),
});
const claim = z.object({
  patientControlNumber: z.string().min(1).max(38),
  claimStatusCode: z.enum(['1', '2', '3', '4', '19', '20', '21', '22', '23', '25']),
  totalCharge: cents, paidAmount: cents, patientResponsibility: cents.optional(), claimFilingIndicator: z.string().optional(),
  payerClaimControlNumber: z.string().optional(), adjustments: z.array(cas), serviceLines: z.array(service),
  remarkCodes: z.array(z.string()), statementFrom: date.optional(),
});
const schema = z.object({
  tenantId: z.uuid(), payerId: z.uuid(), traceNumber: z.string().trim().min(1), payerIdentifier: z.string().optional(),
  totalPayment: cents, paymentDate: date, remittanceId: z.uuid().optional(), claims: z.array(claim),
  providerAdjustments: z.array(z.object({
    providerIdentifier: z.string().min(1), fiscalPeriodDate: date.optional(), reasonCode: z.string().min(1),
    referenceIdentifier: z.string().optional(), amount: cents,
  })),
});

/** Validates untrusted input; the error names the first bad field by its path, e.g. claims.0.serviceLines.1.paid. */
export function parseRemittancePayment(input: unknown, file?: string): RemittancePayment {
  const result = schema.safeParse(input);
  if (result.success) return result.data as RemittancePayment;
  const issue = result.error.issues[0]!;
  const field = issue.path.join('.');
  throw new AppError('input', 'ledger.remittance_invalid', `remittance ${field || '(root)'}: ${issue.message}`, { ...(file ? { file } : {}), field });
}
