// The boundary check before a claim is laid out: the structure the layouts read, and the right claim kind for the form.
import { z } from 'zod';
import type { Claim, ClaimKind } from '../claims/index';
import type { FormError } from './types';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
const cents = z.number().int();
const address = z.object({ line1: z.string(), city: z.string(), state: z.string(), postalCode: z.string() });
const person = z.object({
  lastName: z.string().min(1), firstName: z.string(), birthDate: date,
  sex: z.enum(['M', 'F', 'U']), address,
});
const subscriber = person.extend({ memberId: z.string().min(1) });
const provider = z.object({
  npi: z.string(), lastNameOrOrganization: z.string().min(1),
  taxId: z.object({ qualifier: z.enum(['EI', 'SY']), value: z.string() }).optional(),
});
const payer = z.object({ name: z.string(), payerId: z.string(), claimFilingIndicator: z.string() });

const line = z.object({
  lineNumber: z.number().int(),
  procedureCode: z.string(),
  modifiers: z.array(z.string()).max(4),
  charge: cents,
  units: z.number().nonnegative(),
  diagnosisPointers: z.array(z.number().int().min(1)).max(4),
  serviceDate: date,
  serviceDateEnd: date.optional(),
});

const dated = z.object({ code: z.string(), date });
const institutional = z.object({
  facilityTypeCode: z.string().regex(/^\d{2,3}$/, 'two or three digits'),
  patientStatusCode: z.string(),
  occurrenceCodes: z.array(dated),
  occurrenceSpanCodes: z.array(z.object({ code: z.string(), from: date, to: date })),
  valueCodes: z.array(z.object({ code: z.string(), amount: cents })),
  conditionCodes: z.array(z.string()),
  principalProcedure: dated.optional(),
  otherProcedures: z.array(dated),
  reasonForVisitDiagnoses: z.array(z.string()),
});

const claimShape = z.object({
  kind: z.enum(['professional', 'institutional']),
  patientControlNumber: z.string().min(1),
  frequencyCode: z.enum(['1', '7', '8']),
  totalCharge: cents,
  statementFrom: date,
  statementTo: date,
  billingProvider: provider,
  subscriber,
  payer,
  diagnoses: z.array(z.object({ code: z.string().min(3) })),
  lines: z.array(line),
  otherCoverages: z.array(z.object({ subscriber, payer, sequence: z.enum(['P', 'S', 'T']), paidAmount: cents.optional() })),
  patientAmountPaid: cents.optional(),
  institutional: institutional.optional(),
});

const FORM_NAME: Record<ClaimKind, string> = {
  professional: 'CMS-1500',
  institutional: 'UB-04 (CMS-1450)',
};

/** Returns why this claim cannot be printed on the form for `kind` claims, or undefined when it can. */
export function checkClaimForForm(claim: Claim, kind: ClaimKind): FormError | undefined {
  const parsed = claimShape.safeParse(claim);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = (issue?.path ?? []).map(String).join('.');
    return { code: 'CLAIM_INVALID', path, message: `The claim cannot be printed: ${path || 'claim'}: ${issue?.message ?? 'invalid'}.` };
  }
  if (claim.kind !== kind) {
    return {
      code: 'WRONG_CLAIM_KIND', path: 'kind', expectedKind: kind,
      message: `Claim ${claim.patientControlNumber} is a ${claim.kind} claim; the ${FORM_NAME[kind]} takes ${kind} claims only. Print it on the ${FORM_NAME[claim.kind]}.`,
    };
  }
  if (claim.lines.length === 0) {
    return { code: 'NO_SERVICE_LINES', path: 'lines', message: `Claim ${claim.patientControlNumber} has no service lines to print.` };
  }
  if (kind === 'institutional' && !claim.institutional) {
    return {
      code: 'MISSING_INSTITUTIONAL_DATA', path: 'institutional',
      message: `Claim ${claim.patientControlNumber} has no institutional data (type of bill, patient status): the UB-04 needs them.`,
    };
  }
  return undefined;
}
