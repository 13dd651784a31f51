// Builds the 276 a biller sends to ask a payer where a claim stands.
import { z } from 'zod';
import type { CalendarDate, Cents } from '../deps';
import { checkRequest, createdAtSchema, patientSchema, payerSchema, providerSchema, subscriberSchema } from '../inquiry-common/index';
import type { CreatedAt, EntityName, Patient, Payer, Provider, Subscriber } from '../inquiry-common/index';
import type { Loop2000D276, Loop2200Request, Transaction276 } from './model';

export interface ClaimStatusRequestInput {
  /** The billing provider the claim was sent under (2100C, NPI). */
  provider: Provider;
  payer: Payer;
  /** Who receives the 277 (2100B): the practice or its clearinghouse, by its ETIN (NM108 46). */
  informationReceiver: { name: string; etin: string };
  subscriber: Subscriber;
  /** The patient when they are a dependent; absent when the patient is the subscriber. */
  patient?: Patient;
  claim: {
    /** CLM01 of the 837 (REF*EJ). */
    patientControlNumber: string;
    /** The payer's claim number when known (REF*1K, from the 277CA or 835). */
    payerClaimControlNumber?: string;
    totalCharge: Cents;
    serviceDates: { from: CalendarDate; to?: CalendarDate };
    /** REF*BLT for institutional claims: facility type + frequency, e.g. '111'. */
    institutionalBillType?: string;
  };
  /** ST02, unique within the functional group. */
  transactionSetControlNumber: string;
  /** TRN02: our trace number for this claim, echoed in the 277's TRN*2. */
  traceNumber: string;
  createdAt: CreatedAt;
}

const inputSchema = z.object({
  provider: providerSchema,
  payer: payerSchema,
  informationReceiver: z.object({ name: z.string().trim().min(1).max(60), etin: z.string().trim().min(2).max(80) }),
  subscriber: subscriberSchema,
  patient: patientSchema.optional(),
  claim: z.object({
    patientControlNumber: z.string().min(1).max(50),
    payerClaimControlNumber: z.string().min(1).max(50).optional(),
    totalCharge: z.number().int().nonnegative(),
    serviceDates: z.object({ from: z.string(), to: z.string().optional() }).refine((d) => !d.to || d.to >= d.from, 'the last date of service is before the first'),
    institutionalBillType: z.string().regex(/^\d{3}$/).optional(),
  }),
  transactionSetControlNumber: z.string().regex(/^\d{4,9}$/, 'ST02 is 4-9 digits'),
  traceNumber: z.string().min(1).max(50),
  createdAt: createdAtSchema,
});

function providerName(p: Provider): EntityName {
  return { entityIdentifierCode: '1P', entityTypeQualifier: p.firstName ? '1' : '2', lastOrOrganizationName: p.name, firstName: p.firstName, identificationCodeQualifier: 'XX', identificationCode: p.npi };
}

function claimLoop(input: ClaimStatusRequestInput): Loop2200Request {
  const c = input.claim;
  const to = c.serviceDates.to && c.serviceDates.to !== c.serviceDates.from ? c.serviceDates.to : undefined;
  return {
    trace: { traceTypeCode: '1', referenceIdentification: input.traceNumber },
    payerClaimControlNumber: c.payerClaimControlNumber,
    institutionalBillType: c.institutionalBillType,
    patientControlNumber: c.patientControlNumber,
    totalClaimChargeAmount: c.totalCharge,
    serviceDate: { qualifier: '472', from: c.serviceDates.from, to },
    loop2210: [],
  };
}

/** The 276 for one claim: the claim loop sits under the patient (subscriber 2000D, or dependent 2000E). */
export function buildClaimStatusRequest276(input: ClaimStatusRequestInput): Transaction276 {
  checkRequest('x12.276.invalid_request', 'claim status request (276)', inputSchema, input);
  const { subscriber: s, patient } = input;
  const claim = claimLoop(input);
  const subscriber: Loop2000D276 = {
    demographics: !patient && (s.birthDate || s.gender) ? { birthDate: s.birthDate, genderCode: s.gender } : undefined,
    loop2100D: {
      name: { entityIdentifierCode: 'IL', entityTypeQualifier: '1', lastOrOrganizationName: s.lastName, firstName: s.firstName, middleName: s.middleName, suffix: s.suffix, identificationCodeQualifier: 'MI', identificationCode: s.memberId },
    },
    loop2200D: patient ? [] : [claim],
    loop2000E: patient
      ? [
          {
            demographics: { birthDate: patient.birthDate, genderCode: patient.gender },
            loop2100E: { name: { entityIdentifierCode: 'QC', entityTypeQualifier: '1', lastOrOrganizationName: patient.lastName, firstName: patient.firstName, middleName: patient.middleName } },
            loop2200E: [claim],
          },
        ]
      : [],
  };
  return {
    transactionSetControlNumber: input.transactionSetControlNumber,
    implementationConventionReference: '005010X212',
    header: { hierarchicalStructureCode: '0010', transactionSetPurposeCode: '13', referenceIdentification: input.traceNumber, date: input.createdAt.date, time: input.createdAt.time },
    loop2000A: [
      {
        loop2100A: { name: { entityIdentifierCode: 'PR', entityTypeQualifier: '2', lastOrOrganizationName: input.payer.name, identificationCodeQualifier: 'PI', identificationCode: input.payer.payerId } },
        loop2000B: [
          {
            loop2100B: { name: { entityIdentifierCode: '41', entityTypeQualifier: '2', lastOrOrganizationName: input.informationReceiver.name, identificationCodeQualifier: '46', identificationCode: input.informationReceiver.etin } },
            loop2000C: [{ loop2100C: { name: providerName(input.provider) }, loop2000D: [subscriber] }],
          },
        ],
      },
    ],
  };
}
