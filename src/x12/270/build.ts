// Builds the 270 a practice sends to ask whether a patient is covered on a date of service.
import { z } from 'zod';
import type { CalendarDate } from '../deps';
import { checkRequest, createdAtSchema, patientSchema, payerSchema, providerSchema, subscriberSchema } from '../inquiry-common/index';
import type { CreatedAt, EntityName, Patient, Payer, Provider, Subscriber } from '../inquiry-common/index';
import type { Loop2100Member270, Transaction270 } from './model';

export interface EligibilityRequestInput {
  provider: Provider;
  payer: Payer;
  subscriber: Subscriber;
  /** The patient when they are a dependent without their own member id; absent when the patient is the subscriber. */
  patient?: Patient;
  dateOfService: CalendarDate;
  /** EQ01 service type codes (default ['30'] health benefit plan coverage); up to 99. */
  serviceTypeCodes?: string[];
  /** ST02, unique within the functional group. */
  transactionSetControlNumber: string;
  /** TRN02: our trace number, echoed back in the 271. */
  traceNumber: string;
  /** TRN03: '1' + our EIN, or '9' + a DUNS; optional. */
  originatingCompanyIdentifier?: string;
  createdAt: CreatedAt;
}

const inputSchema = z.object({
  provider: providerSchema,
  payer: payerSchema,
  subscriber: subscriberSchema,
  patient: patientSchema.optional(),
  dateOfService: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  serviceTypeCodes: z.array(z.string().regex(/^[0-9A-Z]{1,2}$/, 'a service type code is 1-2 letters or digits')).min(1).max(99).optional(),
  transactionSetControlNumber: z.string().regex(/^\d{4,9}$/, 'ST02 is 4-9 digits'),
  traceNumber: z.string().min(1).max(50),
  originatingCompanyIdentifier: z.string().regex(/^[0-9A-Z]{10}$/, "TRN03 is 10 characters ('1' + EIN)").optional(),
  createdAt: createdAtSchema,
});

function providerName(p: Provider): EntityName {
  return p.firstName
    ? { entityIdentifierCode: '1P', entityTypeQualifier: '1', lastOrOrganizationName: p.name, firstName: p.firstName, identificationCodeQualifier: 'XX', identificationCode: p.npi }
    : { entityIdentifierCode: '1P', entityTypeQualifier: '2', lastOrOrganizationName: p.name, identificationCodeQualifier: 'XX', identificationCode: p.npi };
}

/**
 * The 270 for one patient and date of service. The guide asks for the inquiry (EQ, DTP*291) at the
 * level of the person it is about: the subscriber, or the dependent patient in 2000D.
 */
export function buildEligibilityRequest270(input: EligibilityRequestInput): Transaction270 {
  checkRequest('x12.270.invalid_request', 'eligibility request (270)', inputSchema, input);
  const { subscriber: s, patient } = input;
  const inquiry = {
    inquiry: { serviceTypeCodes: input.serviceTypeCodes ?? ['30'], diagnosisCodePointers: [] },
    additionalInquiryInformation: [],
  };
  const planDate = [{ qualifier: '291', from: input.dateOfService }];
  const trace = { traceTypeCode: '1', referenceIdentification: input.traceNumber, originatingCompanyIdentifier: input.originatingCompanyIdentifier };
  const subscriber: Loop2100Member270 = {
    name: { entityIdentifierCode: 'IL', entityTypeQualifier: '1', lastOrOrganizationName: s.lastName, firstName: s.firstName, middleName: s.middleName, suffix: s.suffix, identificationCodeQualifier: 'MI', identificationCode: s.memberId },
    references: [],
    demographics: s.birthDate || s.gender ? { birthDate: s.birthDate, genderCode: s.gender } : undefined,
    dates: patient ? [] : planDate,
    inquiries: patient ? [] : [inquiry],
  };
  const dependent = patient && {
    traces: [trace],
    loop2100D: {
      name: { entityIdentifierCode: '03', entityTypeQualifier: '1', lastOrOrganizationName: patient.lastName, firstName: patient.firstName, middleName: patient.middleName },
      references: [],
      demographics: { birthDate: patient.birthDate, genderCode: patient.gender },
      relationship: patient.relationshipCode ? { insuredIndicator: 'N', relationshipCode: patient.relationshipCode } : undefined,
      dates: planDate,
      inquiries: [inquiry],
    },
  };
  return {
    transactionSetControlNumber: input.transactionSetControlNumber,
    implementationConventionReference: '005010X279A1',
    header: { hierarchicalStructureCode: '0022', transactionSetPurposeCode: '13', referenceIdentification: input.traceNumber, date: input.createdAt.date, time: input.createdAt.time },
    loop2000A: [
      {
        loop2100A: { name: { entityIdentifierCode: 'PR', entityTypeQualifier: '2', lastOrOrganizationName: input.payer.name, identificationCodeQualifier: 'PI', identificationCode: input.payer.payerId } },
        loop2000B: [
          {
            loop2100B: {
              name: providerName(input.provider),
              references: [],
              providerInformation: input.provider.taxonomyCode ? { providerCode: 'PE', qualifier: 'PXC', taxonomyCode: input.provider.taxonomyCode } : undefined,
            },
            loop2000C: [{ traces: dependent ? [] : [trace], loop2100C: subscriber, loop2000D: dependent ? [dependent] : [] }],
          },
        ],
      },
    ],
  };
}
