// The 277 (claim status response, 005010X212) as a typed object, named after the guide's loops.
import type { CalendarDate, Cents } from '../deps';
import type { Contact, DatePeriod, Demographics, EntityName, Trace } from '../inquiry-common/index';
import type { BeginningOfHierarchicalTransaction } from '../270/index';
import type { ClaimIdentifiers, ServiceLineInformation } from '../276/index';

/** One Health Care Claim Status composite (STC01, STC10 or STC11). */
export interface ClaimStatusCode {
  /** -1 Health Care Claim Status Category Code (A0-A8, P0-P5, F0-F4, R0-R16, E0-E4, D0). */
  categoryCode: string;
  /** -2 Health Care Claim Status Code (external code list 508). */
  statusCode: string;
  /** -3 Entity Identifier Code the status is about (PR payer, 85 billing provider, QC patient...). */
  entityIdentifierCode?: string;
  /** -4 Code List Qualifier Code (RX: the status code is an NCPDP reject/payment code). */
  codeListQualifier?: string;
}

/** STC Status Information. */
export interface StatusInformation {
  /** STC01, then STC10 and STC11 when the payer reports more than one status. */
  statuses: ClaimStatusCode[];
  /** STC02 Status Information Effective Date. */
  effectiveDate?: CalendarDate;
  /** STC04 Total Claim Charge Amount (line charge at service level). */
  chargeAmount?: Cents;
  /** STC05 Claim Payment Amount (line payment at service level). */
  paymentAmount?: Cents;
  /** STC06 Adjudication or Payment Date. */
  adjudicationDate?: CalendarDate;
  /** STC07 Payment Method Code (ACH, BOP, CHK, FWT, NON). */
  paymentMethodCode?: string;
  /** STC08 Check Issue or EFT Effective Date. */
  checkIssueDate?: CalendarDate;
  /** STC09 Check or EFT Trace Number. */
  checkNumber?: string;
}

/** Loop 2220D/2220E Service Line Information (277). */
export interface Loop2220 {
  service: ServiceLineInformation;
  statuses: StatusInformation[];
  /** REF*FJ Line Item Control Number. */
  lineItemControlNumber?: string;
  /** DTP*472 Service Line Date. */
  serviceDate?: DatePeriod;
}

/** Loop 2200D/2200E Claim Status Tracking Number (277). */
export interface Loop2200Status extends ClaimIdentifiers {
  /** TRN*2: the trace number of the 276 this answers. */
  trace: Trace;
  statuses: StatusInformation[];
  /** REF*VV Voucher Identifier. */
  voucherIdentifier?: string;
  /** DTP*472 Claim Service Date. */
  serviceDate?: DatePeriod;
  loop2220: Loop2220[];
}

/** Loops 2200B / 2200C: status about the receiver or the provider as a whole. */
export interface LevelStatus {
  trace: Trace;
  statuses: StatusInformation[];
}

export interface Loop2000E277 {
  loop2100E: { name: EntityName };
  loop2200E: Loop2200Status[];
}

export interface Loop2000D277 {
  demographics?: Demographics;
  loop2100D: { name: EntityName };
  loop2200D: Loop2200Status[];
  loop2000E: Loop2000E277[];
}

export interface Loop2000C277 {
  loop2100C: { name: EntityName };
  loop2200C?: LevelStatus;
  loop2000D: Loop2000D277[];
}

export interface Loop2000B277 {
  loop2100B: { name: EntityName };
  loop2200B?: LevelStatus;
  loop2000C: Loop2000C277[];
}

export interface Loop2000A277 {
  loop2100A: { name: EntityName; contact?: Contact };
  loop2000B: Loop2000B277[];
}

export interface Transaction277 {
  /** ST02 */
  transactionSetControlNumber: string;
  /** ST03 */
  implementationConventionReference: string;
  header: BeginningOfHierarchicalTransaction;
  loop2000A: Loop2000A277[];
}
