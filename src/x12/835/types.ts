// The 835 as a typed object, named after the guide's loops and elements (element refs in doc comments).
import type { Cents, CalendarDate } from '../deps';
import type { EntityName } from '../entity-name';

// NM1 in Loop 2100: QC patient, IL insured, 74 corrected patient, 82 rendering, TT crossover carrier,
// PR corrected payer, GB other subscriber.
export type { EntityName };

export interface Reference {
  /** REF01 */
  qualifier: string;
  /** REF02 */
  value: string;
}

export interface DateReference {
  /** DTM01, e.g. '232' statement from, '472' service date, '405' production date. */
  qualifier: string;
  /** DTM02 */
  date: CalendarDate;
}

export interface Contact {
  /** PER01: CX business, BL technical, IC web site. */
  functionCode: string;
  /** PER02 */
  name?: string;
  /** PER03/04, PER05/06, PER07/08 pairs. */
  communications: { qualifier: string; number: string }[];
}

export interface Address {
  /** N301, N302 */
  line1: string;
  line2?: string;
  /** N401..N404, N407 */
  city: string;
  state?: string;
  postalCode?: string;
  countryCode?: string;
  countrySubdivisionCode?: string;
}

export interface AdjustmentReason {
  /** CAS02/05/08/11/14/17: Claim Adjustment Reason Code (CARC). */
  carcCode: string;
  /** CAS03/06/...: positive reduces payment, negative increases it. */
  amount: Cents;
  /** CAS04/07/...: units adjusted, as sent. */
  quantity?: string;
}

export interface ClaimAdjustment {
  /** CAS01: CO contractual, PR patient responsibility, OA other, PI payer initiated (CR: 4010 only, accepted with a warning). */
  groupCode: string;
  reasons: AdjustmentReason[];
}

export interface ProcedureIdentifier {
  /** SVC01-1: HC (CPT/HCPCS), NU (revenue code), N4 (NDC), AD, ER, HP, IV, N6, UI, WK. */
  qualifier: string;
  /** SVC01-2 */
  code: string;
  /** SVC01-3..6 */
  modifiers: string[];
  /** SVC01-7 */
  description?: string;
}

export interface Amount {
  /** AMT01, e.g. AU coverage amount, B6 allowed actual, DY per day limit. */
  qualifier: string;
  /** AMT02 */
  amount: Cents;
}

export interface Quantity {
  /** QTY01, e.g. CA covered actual. */
  qualifier: string;
  /** QTY02, as sent. */
  quantity: string;
}

/** Loop 2110: Service Payment Information. */
export interface Loop2110 {
  /** SVC01 */
  procedure: ProcedureIdentifier;
  /** SVC02 */
  lineItemChargeAmount: Cents;
  /** SVC03 */
  lineItemProviderPaymentAmount: Cents;
  /** SVC04: NUBC revenue code. */
  revenueCode?: string;
  /** SVC05 */
  unitsOfServicePaidCount?: string;
  /** SVC06: the procedure as submitted, when the payer paid a different one. */
  originalProcedure?: ProcedureIdentifier;
  /** SVC07 */
  originalUnitsOfServiceCount?: string;
  /** DTM*472 / 150 / 151 */
  serviceDates: DateReference[];
  /** CAS */
  adjustments: ClaimAdjustment[];
  /** REF (service identification, 6R line item control number, rendering provider, 0K policy). */
  references: Reference[];
  /** AMT (B6 allowed, KH late filing reduction...) */
  amounts: Amount[];
  /** QTY */
  quantities: Quantity[];
  /** LQ: HE remittance advice remark codes (RARC), RX NCPDP reject codes. */
  remarks: { qualifier: string; code: string }[];
}

/** Loop 2100: Claim Payment Information. */
export interface Loop2100 {
  /** CLP01: the 837 CLM01. */
  patientControlNumber: string;
  /** CLP02: 1 processed as primary, 2 secondary, 3 tertiary, 4 denied, 19-21 processed and forwarded, 22 reversal, 23 not our claim, 25 predetermination. */
  claimStatusCode: string;
  /** CLP03 */
  totalClaimChargeAmount: Cents;
  /** CLP04 */
  claimPaymentAmount: Cents;
  /** CLP05 */
  patientResponsibilityAmount?: Cents;
  /** CLP06 */
  claimFilingIndicatorCode: string;
  /** CLP07: the payer's claim number (send it as REF*F8 on a frequency 7/8 claim). */
  payerClaimControlNumber?: string;
  /** CLP08 */
  facilityTypeCode?: string;
  /** CLP09 */
  claimFrequencyCode?: string;
  /** CLP11 */
  drgCode?: string;
  /** CLP12 */
  drgWeight?: string;
  /** CLP13 */
  dischargeFraction?: string;
  /** CAS at claim level. */
  adjustments: ClaimAdjustment[];
  /** NM1*QC */
  patient: EntityName;
  /** NM1*IL, 74, 82, TT, PR, GB in the order received. */
  otherNames: EntityName[];
  /** MIA elements as sent (MIA01..MIA24). */
  inpatientAdjudication?: string[];
  /** MOA elements as sent (MOA01..MOA09). */
  outpatientAdjudication?: string[];
  references: Reference[];
  /** DTM*232 / 233 / 036 / 050 */
  dates: DateReference[];
  contacts: Contact[];
  amounts: Amount[];
  quantities: Quantity[];
  services: Loop2110[];
}

/** Loop 2000: Header Number (groups claims, e.g. by type of bill). */
export interface Loop2000 {
  /** LX01 */
  assignedNumber: string;
  /** TS3 elements as sent. */
  providerSummary?: string[];
  /** TS2 elements as sent. */
  providerSupplementalSummary?: string[];
  claims: Loop2100[];
}

/** PLB adjustment pair. */
export interface ProviderAdjustmentItem {
  /** PLB03-1: WO overpayment recovery, L6 interest, FB forwarding balance, 72 authorized return, CS, CV, J1, IR... */
  reasonCode: string;
  /** PLB03-2 */
  referenceIdentifier?: string;
  /** PLB04: positive = withheld from the provider, negative = paid to the provider. */
  amount: Cents;
}

export interface ProviderAdjustment {
  /** PLB01 */
  providerIdentifier: string;
  /** PLB02 (absent only when missing or invalid in the file). */
  fiscalPeriodDate?: CalendarDate;
  adjustments: ProviderAdjustmentItem[];
}

export interface Loop1000A {
  /** N102 */
  name: string;
  /** N103 / N104 */
  identificationCodeQualifier?: string;
  identificationCode?: string;
  address?: Address;
  references: Reference[];
  contacts: Contact[];
}

export interface Loop1000B {
  /** N102 */
  name: string;
  /** N103: FI tax id, XX NPI, XV plan id. */
  identificationCodeQualifier: string;
  /** N104 */
  identificationCode: string;
  address?: Address;
  references: Reference[];
  /** RDM elements as sent. */
  remittanceDeliveryMethod?: string[];
}

export interface FinancialInformation {
  /** BPR01: C payment with advice, H advice only, I remittance information only, P prenotification, U split, X separate. */
  transactionHandlingCode: string;
  /** BPR02 */
  totalActualProviderPaymentAmount: Cents;
  /** BPR03: C credit, D debit. */
  creditDebitFlagCode: string;
  /** BPR04: ACH, BOP, CHK, FWT, NON. */
  paymentMethodCode: string;
  /** BPR05..BPR15 as sent (banking details), index 0 = BPR05. */
  banking: string[];
  /** BPR16 (absent only when the file's date is missing or invalid; a finding says so). */
  checkIssueOrEftEffectiveDate?: CalendarDate;
}

export interface ReassociationTrace {
  /** TRN01 */
  traceTypeCode: string;
  /** TRN02: check or EFT trace number. */
  checkOrEftTraceNumber: string;
  /** TRN03 */
  payerIdentifier: string;
  /** TRN04 */
  originatingCompanySupplementalCode?: string;
}

/** One 835 transaction set: one payment (BPR/TRN) and its claims. */
export interface Remittance835 {
  /** ST02 */
  transactionSetControlNumber: string;
  /** ST03 (not used in X221A1, kept when present). */
  implementationConventionReference?: string;
  financialInformation: FinancialInformation;
  reassociationTrace: ReassociationTrace;
  /** CUR01 / CUR02 */
  currency?: { entityIdentifierCode: string; currencyCode: string };
  /** REF*EV */
  receiverIdentification?: string;
  /** REF*F2 */
  versionIdentification?: string;
  /** DTM*405 */
  productionDate?: CalendarDate;
  loop1000A: Loop1000A;
  loop1000B: Loop1000B;
  loop2000: Loop2000[];
  /** PLB */
  providerAdjustments: ProviderAdjustment[];
}
