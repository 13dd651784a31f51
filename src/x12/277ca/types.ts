// The 277CA as a typed object. HL numbers are not kept: the generator numbers the levels itself.
import type { Cents } from '../deps';
import type { EntityName } from '../entity-name';

/** NM1, declared once for the inquiry transactions and the 277CA. */
export type { EntityName };

export interface ClaimStatus {
  /** STC01-1: A1 received, A2 accepted into adjudication, A3 returned as unprocessable, A4 not found, A6/A7/A8 rejected... */
  categoryCode: string;
  /** STC01-2: Claim Status Code (e.g. 19 entity acknowledges receipt, 20 accepted for processing, 562 NPI...). */
  statusCode: string;
  /** STC01-3: entity the status is about (85 billing provider, PR payer...). */
  entityIdentifierCode?: string;
  /** STC01-4 */
  codeListQualifierCode?: string;
}

export interface StatusInformation {
  status: ClaimStatus;
  /** STC02 */
  statusInformationEffectiveDate: string;
  /** STC03: U reject, WQ accept. */
  actionCode?: string;
  /** STC04 */
  totalSubmittedCharges?: Cents;
  /** STC10, STC11 */
  additionalStatuses: ClaimStatus[];
  /** STC12 */
  freeFormMessageText?: string;
}

export interface Trace {
  /** TRN01 */
  traceTypeCode: string;
  /** TRN02 */
  referenceIdentification: string;
}

export interface Loop2220D {
  /** SVC01-1 / -2 / -3..-6 */
  procedure: { qualifier: string; code: string; modifiers: string[] };
  /** SVC02 */
  lineItemChargeAmount: Cents;
  /** SVC04 */
  revenueCode?: string;
  /** SVC07 */
  originalUnitsOfServiceCount?: string;
  statuses: StatusInformation[];
  /** REF*FJ: the 837 line item control number (REF*6R). */
  lineItemControlNumber?: string;
  /** DTP*472 as sent (D8 date or RD8 range). */
  serviceDate?: { format: string; value: string };
}

/** Loop 2200D: one claim's acknowledgment. */
export interface Loop2200D {
  /** TRN02: the 837 CLM01 patient control number. */
  claimStatusTrackingNumber: string;
  statuses: StatusInformation[];
  /** REF qualifier/value pairs: 1K payer claim control number (keep it for frequency 7/8), D9 clearinghouse trace, BLT, EA... */
  references: { qualifier: string; value: string }[];
  serviceDate?: { format: string; value: string };
  serviceLines: Loop2220D[];
}

export interface Loop2000D {
  /** 2100D NM1*QC */
  patient: EntityName;
  claims: Loop2200D[];
}

export interface Loop2000C {
  /** 2100C NM1*85 */
  billingProvider: EntityName;
  /** 2200C TRN*1 */
  trace?: Trace;
  statuses: StatusInformation[];
  references: { qualifier: string; value: string }[];
  quantities: { qualifier: string; quantity: string }[];
  amounts: { qualifier: string; amount: Cents }[];
  patients: Loop2000D[];
}

export interface Loop2000B {
  /** 2100B NM1*41 */
  informationReceiver: EntityName;
  /** 2200B TRN*2 */
  trace?: Trace;
  statuses: StatusInformation[];
  /** QTY*90 accepted, QTY*AA rejected. */
  quantities: { qualifier: string; quantity: string }[];
  /** AMT*YU accepted, AMT*YY rejected. */
  amounts: { qualifier: string; amount: Cents }[];
  providers: Loop2000C[];
}

export interface Loop2000A {
  /** 2100A NM1*PR */
  payer: EntityName;
  /** 2200A TRN*1 */
  trace?: Trace;
  /** 2200A DTP*050 (CCYYMMDD as sent) */
  receiptDate?: string;
  /** 2200A DTP*009 */
  processDate?: string;
  receivers: Loop2000B[];
}

export interface ClaimAcknowledgment277CA {
  /** ST02 */
  transactionSetControlNumber: string;
  /** BHT03 */
  originatorApplicationTransactionIdentifier: string;
  /** BHT04 (CCYYMMDD) and BHT05 (HHMM[SS]) as sent. */
  creationDate: string;
  creationTime: string;
  informationSources: Loop2000A[];
}

/** Accepted when some STC says A1/A2/A5 and none says a rejection category (A3, A4, A6, A7, A8, E*). */
export type ClaimDisposition = 'accepted' | 'rejected' | 'unknown';
