// OpenRCM institutional claims for the 837I builder tests: an inpatient stay with admission data,
// POA indicators, ICD-10-PCS procedures, occurrence/span/value/condition codes and attending and
// operating physicians; an outpatient visit; and the inpatient claim as secondary with COB.
import { cents } from '../deps';
import type { CalendarDate, Claim, ClaimProvider } from '../deps';
import type { Build837Options, Receiver, Submitter } from '../837-common/index';

const d = (s: string): CalendarDate => s as CalendarDate;

export const submitter: Submitter = { name: 'MERCY GENERAL HOSPITAL', id: 'MGH001', contact: { name: 'PAT RIVERA', phone: '5415550100' } };
export const receiver: Receiver = { name: 'STATE CLEARINGHOUSE', id: 'SCH77' };
export const options: Build837Options = { transactionSetControlNumber: '2001', referenceIdentification: 'IP20241112', createdDate: d('2024-11-12'), createdTime: '0815' };

const hospital: ClaimProvider = {
  entityType: 'organization', npi: '1625349877', lastNameOrOrganization: 'MERCY GENERAL HOSPITAL', taxonomyCode: '282N00000X',
  taxId: { qualifier: 'EI', value: '930000123' }, address: { line1: '2000 HOSPITAL WAY', city: 'EUGENE', state: 'OR', postalCode: '97401' },
};
const attending: ClaimProvider = { entityType: 'person', npi: '1847563925', lastNameOrOrganization: 'OKAFOR', firstName: 'GRACE', taxonomyCode: '207RH0003X' };
const surgeon: ClaimProvider = { entityType: 'person', npi: '1765432103', lastNameOrOrganization: 'HALE', firstName: 'MORGAN' };
const address = { line1: '77 PINE ST', city: 'EUGENE', state: 'OR', postalCode: '97402' };
const medicare = { name: 'MEDICARE PART A', payerId: '02401', claimFilingIndicator: 'MA' as const };
const supplement = { name: 'BLUE MEDIGAP', payerId: '93221', claimFilingIndicator: 'BL' as const };
const subscriber = { lastName: 'BERG', firstName: 'ELSA', birthDate: d('1948-06-30'), sex: 'F' as const, address, memberId: '5TY2WQ1AB34' };

/** A three-day stay for pneumonia with a bronchoscopy. */
export const inpatient: Claim = {
  id: 'ip-1', kind: 'institutional', patientControlNumber: 'MGH2411000071', frequencyCode: '1', totalCharge: cents(1848000),
  placeOfService: '21', statementFrom: d('2024-11-03'), statementTo: d('2024-11-06'), payerSequence: 'P', billingProvider: hospital,
  subscriber, relationship: '18', payer: medicare, providerSignatureOnFile: true, assignmentCode: 'A', benefitsAssigned: true, releaseOfInformation: 'Y',
  priorAuthorization: 'AUTH5531',
  diagnoses: [{ code: 'J189', presentOnAdmission: 'Y' }, { code: 'J9601', presentOnAdmission: 'Y' }, { code: 'E119', presentOnAdmission: 'Y' }, { code: 'N179', presentOnAdmission: 'N' }],
  lines: [
    { lineNumber: 1, lineItemControlNumber: 'IP1-1', codeSystem: 'HCPCS', procedureCode: '', modifiers: [], revenueCode: '0120', charge: cents(900000), unitMeasure: 'DA', units: 3, diagnosisPointers: [], serviceDate: d('2024-11-03'), serviceDateEnd: d('2024-11-05') },
    { lineNumber: 2, lineItemControlNumber: 'IP1-2', codeSystem: 'CPT', procedureCode: '71046', modifiers: [], revenueCode: '0324', charge: cents(48000), unitMeasure: 'UN', units: 1, diagnosisPointers: [], serviceDate: d('2024-11-03') },
    { lineNumber: 3, lineItemControlNumber: 'IP1-3', codeSystem: 'HCPCS', procedureCode: '', modifiers: [], revenueCode: '0360', charge: cents(900000), unitMeasure: 'UN', units: 1, diagnosisPointers: [], serviceDate: d('2024-11-04') },
  ],
  otherCoverages: [],
  institutional: {
    facilityTypeCode: '111', admissionDate: d('2024-11-03'), admissionHour: '2215', admissionTypeCode: '1', admissionSourceCode: '7',
    patientStatusCode: '01', dischargeHour: '1030', attendingProvider: attending, operatingProvider: surgeon,
    occurrenceCodes: [{ code: '11', date: d('2024-11-01') }], occurrenceSpanCodes: [{ code: '74', from: d('2024-10-20'), to: d('2024-10-22') }],
    valueCodes: [{ code: '80', amount: cents(300) }, { code: 'A1', amount: cents(163200) }], conditionCodes: ['39'],
    principalProcedure: { code: '0BJ08ZZ', date: d('2024-11-04') }, otherProcedures: [{ code: '5A1955Z', date: d('2024-11-03') }],
    admittingDiagnosis: 'R0602', reasonForVisitDiagnoses: [], drgCode: '193',
  },
};

/** An outpatient emergency visit with a replacement frequency. */
export const outpatient: Claim = {
  ...inpatient, id: 'op-1', patientControlNumber: 'MGH2411000090', frequencyCode: '7', payerClaimControlNumber: '21024310000501',
  statementFrom: d('2024-11-08'), statementTo: d('2024-11-08'), totalCharge: cents(152500), priorAuthorization: undefined,
  diagnoses: [{ code: 'S52501A' }, { code: 'W010XXA' }],
  lines: [
    { lineNumber: 1, lineItemControlNumber: 'OP1-1', codeSystem: 'CPT', procedureCode: '99284', modifiers: ['25'], revenueCode: '0450', charge: cents(98000), unitMeasure: 'UN', units: 1, diagnosisPointers: [], serviceDate: d('2024-11-08') },
    { lineNumber: 2, lineItemControlNumber: 'OP1-2', codeSystem: 'CPT', procedureCode: '73110', modifiers: [], revenueCode: '0320', charge: cents(54500), unitMeasure: 'UN', units: 1, diagnosisPointers: [], serviceDate: d('2024-11-08') },
  ],
  institutional: {
    facilityTypeCode: '137', patientStatusCode: '01', admissionTypeCode: '1', attendingProvider: attending,
    occurrenceCodes: [{ code: '01', date: d('2024-11-08') }], occurrenceSpanCodes: [], valueCodes: [], conditionCodes: [], otherProcedures: [],
    reasonForVisitDiagnoses: ['M25531', 'S6990XA'],
  },
};

/** The inpatient stay billed to the Medigap plan after Medicare paid. */
export const secondary: Claim = {
  ...inpatient, id: 'ip-2', patientControlNumber: 'MGH2411000071B', payerSequence: 'S', payer: supplement,
  subscriber: { ...subscriber, memberId: 'BMG88120' },
  otherCoverages: [{
    sequence: 'P', relationship: '18', subscriber, payer: medicare, paidAmount: cents(1520000), remainingPatientLiability: cents(163200),
    adjudicationDate: d('2024-11-25'), payerClaimControlNumber: '21024330000777',
    claimAdjustments: [{ groupCode: 'PR', reasonCode: '1', amount: cents(163200) }, { groupCode: 'CO', reasonCode: '45', amount: cents(164800) }],
  }],
};

export const allClaims: readonly Claim[] = [inpatient, outpatient, secondary];
