// The 276 as a typed object, named after the 005010X212 loops.
import type { Cents } from '../deps';
import type { DatePeriod, Demographics, EntityName, Trace } from '../inquiry-common/index';
import type { BeginningOfHierarchicalTransaction } from '../270/index';

/** SVC Service Line Information. */
export interface ServiceLineInformation {
  /** SVC01-1 Product or Service ID Qualifier (HC CPT/HCPCS, NU revenue code, N4 NDC...). */
  qualifier: string;
  /** SVC01-2 Procedure Code. */
  procedureCode: string;
  /** SVC01-3..6 Procedure Modifiers. */
  modifiers: string[];
  /** SVC02 Line Item Charge Amount. */
  lineItemChargeAmount?: Cents;
  /** SVC03 Line Item Provider Payment Amount (277 only). */
  lineItemPaymentAmount?: Cents;
  /** SVC04 Revenue Code (institutional). */
  revenueCode?: string;
  /** SVC07 Original Units of Service Count, kept as sent. */
  unitsOfServiceCount?: string;
}

/** Loop 2210D/2210E Service Line Information (276). */
export interface Loop2210 {
  service: ServiceLineInformation;
  /** REF*FJ Line Item Control Number (the 837 2400 REF*6R). */
  lineItemControlNumber?: string;
  /** DTP*472 Service Line Date. */
  serviceDate?: DatePeriod;
}

/** The REF identifiers a claim status request or response can carry for one claim. */
export interface ClaimIdentifiers {
  /** REF*1K Payer Claim Control Number. */
  payerClaimControlNumber?: string;
  /** REF*BLT Institutional Bill Type. */
  institutionalBillType?: string;
  /** REF*EJ Patient Control Number (the 837 CLM01). */
  patientControlNumber?: string;
  /** REF*XZ Pharmacy Prescription Number. */
  pharmacyPrescriptionNumber?: string;
  /** REF*D9 Clearinghouse claim number. */
  clearinghouseClaimNumber?: string;
}

/** Loop 2200D/2200E Claim Status Tracking Number (276). */
export interface Loop2200Request extends ClaimIdentifiers {
  /** TRN*1: our trace number, echoed in the 277 TRN*2. */
  trace: Trace;
  /** REF*LU Application or Location System Identifier. */
  applicationOrLocationSystemIdentifier?: string;
  /** REF*6P Group Number. */
  groupNumber?: string;
  /** AMT*T3 Total Claim Charge Amount. */
  totalClaimChargeAmount?: Cents;
  /** DTP*472 Claim Service Date (D8 or RD8). */
  serviceDate?: DatePeriod;
  loop2210: Loop2210[];
}

export interface Loop2000E276 {
  demographics?: Demographics;
  loop2100E: { name: EntityName };
  loop2200E: Loop2200Request[];
}

export interface Loop2000D276 {
  demographics?: Demographics;
  loop2100D: { name: EntityName };
  loop2200D: Loop2200Request[];
  loop2000E: Loop2000E276[];
}

export interface Loop2000C276 {
  loop2100C: { name: EntityName };
  loop2000D: Loop2000D276[];
}

export interface Loop2000B276 {
  loop2100B: { name: EntityName };
  loop2000C: Loop2000C276[];
}

export interface Loop2000A276 {
  loop2100A: { name: EntityName };
  loop2000B: Loop2000B276[];
}

export interface Transaction276 {
  /** ST02 */
  transactionSetControlNumber: string;
  /** ST03 */
  implementationConventionReference: string;
  header: BeginningOfHierarchicalTransaction;
  loop2000A: Loop2000A276[];
}
