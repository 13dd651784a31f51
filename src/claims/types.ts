// The claim as OpenRCM holds it: one shape for professional (837P / CMS-1500) and institutional
// (837I / UB-04) claims. The X12 generators, the paper forms and the scrubber all read this type.
// Field names follow the 837 implementation guides and the NUCC/NUBC form manuals.
import type { Cents } from '../money/index';
import type { CalendarDate } from '../dates/index';

export type ClaimKind = 'professional' | 'institutional';

/** CLM05-3: 1 original, 7 replacement of a prior claim, 8 void/cancel of a prior claim. */
export type ClaimFrequencyCode = '1' | '7' | '8';

/** SBR01: the payer's place in the order of benefits. */
export type PayerResponsibilitySequence = 'P' | 'S' | 'T';

/** SBR09 / 2000B claim filing indicator (MB Medicare Part B, MC Medicaid, CI commercial, BL BCBS, HM HMO...). */
export type ClaimFilingIndicatorCode =
  | '09' | '11' | '12' | '13' | '14' | '15' | '16' | '17' | 'AM' | 'BL' | 'CH' | 'CI' | 'DS' | 'FI' | 'HM'
  | 'LM' | 'MA' | 'MB' | 'MC' | 'OF' | 'TV' | 'VA' | 'WC' | 'ZZ';

/** Individual relationship code of the patient to the subscriber (SBR02 / PAT01): 18 self, 01 spouse, 19 child, G8 other. */
export type IndividualRelationshipCode = '18' | '01' | '19' | '20' | '21' | '39' | '40' | '53' | 'G8';

export type AdministrativeSex = 'M' | 'F' | 'U';

export interface PostalAddress {
  line1: string;
  line2?: string;
  city: string;
  state: string;
  /** Five or nine digits, no hyphen. */
  postalCode: string;
}

export interface ClaimProvider {
  /** 1 person, 2 non-person entity (NM102). */
  entityType: 'person' | 'organization';
  npi: string;
  lastNameOrOrganization: string;
  firstName?: string;
  middleName?: string;
  taxonomyCode?: string;
  /** EIN or SSN for the billing provider (REF*EI / REF*SY). */
  taxId?: { qualifier: 'EI' | 'SY'; value: string };
  address?: PostalAddress;
  contact?: { name: string; phone?: string; email?: string };
}

export interface ClaimPerson {
  lastName: string;
  firstName: string;
  middleName?: string;
  suffix?: string;
  birthDate: CalendarDate;
  sex: AdministrativeSex;
  address: PostalAddress;
}

export interface ClaimSubscriber extends ClaimPerson {
  memberId: string;
  groupNumber?: string;
  groupName?: string;
}

export interface ClaimPayer {
  name: string;
  /** The electronic payer id (NM109 of 2010BB, qualifier PI). */
  payerId: string;
  address?: PostalAddress;
  claimFilingIndicator: ClaimFilingIndicatorCode;
}

/** A diagnosis on the claim, in HI order. The first is the principal (ABK/BK) diagnosis. */
export interface ClaimDiagnosis {
  /** ICD-10-CM without the dot, as X12 carries it. */
  code: string;
  /** Present-on-admission indicator (institutional only): Y N U W 1. */
  presentOnAdmission?: 'Y' | 'N' | 'U' | 'W' | '1';
}

export type ProcedureCodeSystem = 'CPT' | 'HCPCS' | 'ICD10PCS';

/** A CAS adjustment from a prior payer, carried on secondary claims (2320 / 2430 CAS). */
export interface ClaimAdjustment {
  groupCode: 'CO' | 'CR' | 'OA' | 'PI' | 'PR';
  reasonCode: string;
  amount: Cents;
  quantity?: number;
}

/** The prior payer's adjudication of one line (2430). */
export interface LineAdjudication {
  payerId: string;
  paidAmount: Cents;
  procedureCode: string;
  modifiers: string[];
  paidUnits: number;
  adjustments: ClaimAdjustment[];
  adjudicationDate: CalendarDate;
}

export interface ClaimLine {
  lineNumber: number;
  /** Line item control number (REF*6R) that the 835 echoes back. */
  lineItemControlNumber: string;
  codeSystem: ProcedureCodeSystem;
  procedureCode: string;
  modifiers: string[];
  /** Institutional: the UB-04 revenue code (SV201). */
  revenueCode?: string;
  description?: string;
  charge: Cents;
  /** UN units or MJ minutes (anesthesia). */
  unitMeasure: 'UN' | 'MJ' | 'DA';
  units: number;
  placeOfService?: string;
  /** 1-based pointers into the claim's diagnoses, at most four. */
  diagnosisPointers: number[];
  serviceDate: CalendarDate;
  serviceDateEnd?: CalendarDate;
  renderingProvider?: ClaimProvider;
  ndc?: { code: string; quantity: number; unit: 'F2' | 'GR' | 'ME' | 'ML' | 'UN' };
  emergency?: boolean;
  priorAdjudications?: LineAdjudication[];
}

/** Another payer on the claim (2320/2330), with what it paid when it was the primary. */
export interface OtherSubscriberCoverage {
  sequence: PayerResponsibilitySequence;
  relationship: IndividualRelationshipCode;
  subscriber: ClaimSubscriber;
  payer: ClaimPayer;
  groupNumber?: string;
  paidAmount?: Cents;
  /** Amount the patient still owes after that payer (AMT*EAF). */
  remainingPatientLiability?: Cents;
  claimAdjustments: ClaimAdjustment[];
  adjudicationDate?: CalendarDate;
  payerClaimControlNumber?: string;
}

/** UB-04 codes for institutional claims (HI segments BH, BE, BG and the admission data in CL1/DTP). */
export interface InstitutionalData {
  /** Facility type code + claim frequency, e.g. "131": CLM05-1 holds the first two digits. */
  facilityTypeCode: string;
  admissionDate?: CalendarDate;
  admissionHour?: string;
  admissionTypeCode?: string;
  admissionSourceCode?: string;
  patientStatusCode: string;
  dischargeHour?: string;
  attendingProvider?: ClaimProvider;
  operatingProvider?: ClaimProvider;
  occurrenceCodes: { code: string; date: CalendarDate }[];
  occurrenceSpanCodes: { code: string; from: CalendarDate; to: CalendarDate }[];
  valueCodes: { code: string; amount: Cents }[];
  conditionCodes: string[];
  principalProcedure?: { code: string; date: CalendarDate };
  otherProcedures: { code: string; date: CalendarDate }[];
  admittingDiagnosis?: string;
  reasonForVisitDiagnoses: string[];
  drgCode?: string;
}

export interface Claim {
  id: string;
  kind: ClaimKind;
  /** CLM01: unique per practice, at most 20 characters, echoed in the 835 CLP01. */
  patientControlNumber: string;
  frequencyCode: ClaimFrequencyCode;
  /** Payer claim control number of the claim being replaced or voided (REF*F8), required for 7 and 8. */
  payerClaimControlNumber?: string;
  totalCharge: Cents;
  placeOfService: string;
  statementFrom: CalendarDate;
  statementTo: CalendarDate;
  payerSequence: PayerResponsibilitySequence;
  billingProvider: ClaimProvider;
  payToAddress?: PostalAddress;
  subscriber: ClaimSubscriber;
  /** The patient when not the subscriber (2000C/2010CA). */
  patient?: ClaimPerson & { relationship: IndividualRelationshipCode };
  relationship: IndividualRelationshipCode;
  payer: ClaimPayer;
  renderingProvider?: ClaimProvider;
  referringProvider?: ClaimProvider;
  supervisingProvider?: ClaimProvider;
  serviceFacility?: { name: string; npi?: string; address: PostalAddress };
  priorAuthorization?: string;
  referralNumber?: string;
  /** CLM06 provider signature on file, CLM07 assignment, CLM08 benefits assigned, CLM09 release of information. */
  providerSignatureOnFile: boolean;
  assignmentCode: 'A' | 'B' | 'C';
  benefitsAssigned: boolean;
  releaseOfInformation: 'I' | 'Y';
  /** CLM11 related causes: AA auto accident, EM employment, OA other accident. */
  relatedCauses?: { codes: ('AA' | 'EM' | 'OA')[]; state?: string; accidentDate?: CalendarDate };
  onsetDate?: CalendarDate;
  patientAmountPaid?: Cents;
  note?: string;
  diagnoses: ClaimDiagnosis[];
  lines: ClaimLine[];
  otherCoverages: OtherSubscriberCoverage[];
  institutional?: InstitutionalData;
}

/** Limits from the guides: 12 diagnoses on an 837P (25 on an 837I), 50 lines on an 837P (999 on an 837I), 4 pointers a line. */
export const CLAIM_LIMITS = {
  professionalDiagnoses: 12,
  institutionalDiagnoses: 25,
  professionalLines: 50,
  institutionalLines: 999,
  pointersPerLine: 4,
  patientControlNumberLength: 20,
} as const;
