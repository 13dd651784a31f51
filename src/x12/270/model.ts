// The 270 as a typed object, named after the 005010X279A1 loops. HL numbers are not stored: the
// generator numbers the levels in order, as the guide requires.
import type { CalendarDate } from '../deps';
import type { Cents } from '../deps';
import type { Address, DatePeriod, Demographics, EntityName, OpaqueSegment, ProviderInformation, Reference, Trace } from '../inquiry-common/index';

/** BHT Beginning of Hierarchical Transaction. */
export interface BeginningOfHierarchicalTransaction {
  /** BHT01 Hierarchical Structure Code (0022 for 270/271, 0010 for 276/277). */
  hierarchicalStructureCode: string;
  /** BHT02 Transaction Set Purpose Code (13 request, 11 response, 01 cancellation, 06 confirmation, 08 status). */
  transactionSetPurposeCode: string;
  /** BHT03 Reference Identification: the submitter's transaction id, echoed in the response. */
  referenceIdentification?: string;
  /** BHT04 Date. */
  date?: CalendarDate;
  /** BHT05 Time, HHMM[SS[dd]]. */
  time: string;
  /** BHT06 Transaction Type Code (277: DG response). */
  transactionTypeCode?: string;
}

/** EQ02 / EB13 Composite Medical Procedure Identifier. */
export interface ProcedureIdentifier {
  /** -1 Product or Service ID Qualifier: HC CPT/HCPCS, AD ADA, N4 NDC, IV HIEC... */
  qualifier: string;
  /** -2 Procedure Code. */
  code: string;
  /** -3..-6 Procedure Modifiers. */
  modifiers: string[];
  /** -8 Product or Service ID (end of a code range). */
  productOrServiceId?: string;
}

/** EQ Eligibility or Benefit Inquiry. */
export interface EligibilityInquiry {
  /** EQ01 Service Type Codes (repeats, up to 99; 30 = health benefit plan coverage). */
  serviceTypeCodes: string[];
  /** EQ02 Composite Medical Procedure Identifier. */
  procedure?: ProcedureIdentifier;
  /** EQ03 Coverage Level Code. */
  coverageLevelCode?: string;
  /** EQ05 Composite Diagnosis Code Pointer (into 2100C/D HI). */
  diagnosisCodePointers: string[];
}

/** Loop 2110C / 2110D Eligibility or Benefit Inquiry. */
export interface Loop2110Inquiry {
  inquiry: EligibilityInquiry;
  /** AMT*R Spend Down Amount (2110C only). */
  spendDownAmount?: Cents;
  /** AMT*PB Spend Down Total Billed Amount (2110C only). */
  spendDownTotalBilledAmount?: Cents;
  /** III Additional Inquiry Information. */
  additionalInquiryInformation: OpaqueSegment[];
  /** REF*9F referral number / G1 prior authorization. */
  reference?: Reference;
  /** DTP*291 Eligibility/Benefit Date. */
  date?: DatePeriod;
}

/** INS Relationship. */
export interface MemberRelationship {
  /** INS01 Y subscriber, N dependent. */
  insuredIndicator: string;
  /** INS02 Individual Relationship Code (18 self, 01 spouse, 19 child...). */
  relationshipCode: string;
  /** INS03 Maintenance Type Code (001 change). */
  maintenanceTypeCode?: string;
  /** INS04 Maintenance Reason Code (25 change in identifying data elements). */
  maintenanceReasonCode?: string;
  /** INS17 Birth Sequence Number (twins and so on). */
  birthSequenceNumber?: string;
}

/** Loop 2100C / 2100D Subscriber or Dependent Name, as asked in a 270. */
export interface Loop2100Member270 {
  name: EntityName;
  /** REF additional identification (up to 9). */
  references: Reference[];
  address?: Address;
  providerInformation?: ProviderInformation;
  demographics?: Demographics;
  relationship?: MemberRelationship;
  /** HI, carried as sent. */
  healthCareDiagnosisCode?: OpaqueSegment;
  /** DTP*291 plan date (the date of service asked about) and kin. */
  dates: DatePeriod[];
  inquiries: Loop2110Inquiry[];
}

export interface Loop2000D270 {
  traces: Trace[];
  loop2100D: Loop2100Member270;
}

export interface Loop2000C270 {
  traces: Trace[];
  loop2100C: Loop2100Member270;
  loop2000D: Loop2000D270[];
}

export interface Loop2100B270 {
  name: EntityName;
  references: Reference[];
  address?: Address;
  providerInformation?: ProviderInformation;
}

export interface Loop2000B270 {
  loop2100B: Loop2100B270;
  loop2000C: Loop2000C270[];
}

export interface Loop2000A270 {
  loop2100A: { name: EntityName };
  loop2000B: Loop2000B270[];
}

export interface Transaction270 {
  /** ST02 Transaction Set Control Number. */
  transactionSetControlNumber: string;
  /** ST03 Implementation Convention Reference. */
  implementationConventionReference: string;
  header: BeginningOfHierarchicalTransaction;
  loop2000A: Loop2000A270[];
}
