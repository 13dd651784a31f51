// What posting needs from one 835 payment (one ST..SE: BPR/TRN, the 2100 claim payments, PLB), in
// the 835's own terms. The X12 835 parser's model maps onto this (see from-x12.ts once it lands);
// anything else that produces remittances (a payer portal export, a test) can build it directly.
import type { CalendarDate } from '../dates/index';
import type { Cents } from '../money/index';

/** CAS01 claim adjustment group: contractual obligation, patient responsibility, other, payer initiated; CR (corrections/reversals) is retired but still seen. */
export type ClaimAdjustmentGroupCode = 'CO' | 'PR' | 'OA' | 'PI' | 'CR';

/** One CAS reason/amount/quantity triplet (CAS02-04, 05-07 ...), flattened. */
export interface CasAdjustment {
  group: ClaimAdjustmentGroupCode;
  /** CARC, e.g. '45', 'B7'. */
  reason: string;
  /** Positive reduces the payment; negative increases it (reversals). */
  amount: Cents;
  quantity?: number;
}

/**
 * CLP02 claim status: 1/2/3 processed as primary/secondary/tertiary, 4 denied, 19/20/21 processed and
 * forwarded, 22 reversal of previous payment, 23 not our claim forwarded, 25 predetermination.
 */
export type ClaimStatusCode = '1' | '2' | '3' | '4' | '19' | '20' | '21' | '22' | '23' | '25';

/** SVC01 / SVC06: composite medical procedure identifier. */
export interface ProcedureIdentifier {
  /** HC (CPT/HCPCS), AD (ADA), ER, IV, N4 (NDC), NU (revenue code), WK ... */
  qualifier: string;
  code: string;
  modifiers: string[];
}

/** Loop 2110: one service line payment. */
export interface ServicePayment {
  /** SVC01 as adjudicated: may differ from what was billed (bundled, recoded). */
  procedure: ProcedureIdentifier;
  /** SVC02 line charge, SVC03 line paid. */
  charge: Cents;
  paid: Cents;
  /** SVC04 NUBC revenue code (institutional). */
  revenueCode?: string;
  /** SVC05 units paid. */
  units?: number;
  /** SVC06 the procedure as submitted, when the payer changed it. */
  originalProcedure?: ProcedureIdentifier;
  /** SVC07 units as submitted. */
  originalUnits?: number;
  /** REF*6R: our line item control number echoed back. */
  lineItemControlNumber?: string;
  /** DTM*472 service date (or DTM*150 start of a range). */
  serviceDate?: CalendarDate;
  adjustments: CasAdjustment[];
  /** LQ*HE remark codes (RARC). */
  remarkCodes: string[];
}

/** Loop 2100: one claim payment (CLP and what follows it). */
export interface RemittanceClaimPayment {
  /** CLP01: our CLM01, echoed. */
  patientControlNumber: string;
  claimStatusCode: ClaimStatusCode;
  /** CLP03 total charge, CLP04 total paid, CLP05 patient responsibility. */
  totalCharge: Cents;
  paidAmount: Cents;
  patientResponsibility?: Cents;
  /** CLP06 claim filing indicator. */
  claimFilingIndicator?: string;
  /** CLP07 payer claim control number. */
  payerClaimControlNumber?: string;
  /** Claim-level CAS (loop 2100). */
  adjustments: CasAdjustment[];
  serviceLines: ServicePayment[];
  /** MOA/MIA remark codes. */
  remarkCodes: string[];
  /** DTM*232 statement period start, when present. */
  statementFrom?: CalendarDate;
  /** The remittance_claims.id this CLP is stored under, when the 835 is stored before posting. */
  remittanceClaimId?: string;
}

/** PLB: one provider-level adjustment (each PLB03..PLB14 pair flattened). */
export interface ProviderLevelAdjustmentItem {
  /** PLB01 provider identifier, PLB02 fiscal period date. */
  providerIdentifier: string;
  fiscalPeriodDate?: CalendarDate;
  /** PLB03-1, e.g. L6 interest, WO overpayment recovery, FB forward balance, CS adjustment. */
  reasonCode: string;
  /** PLB03-2, e.g. the payer claim control number a WO recovers. */
  referenceIdentifier?: string;
  /** Positive reduces the payment, negative increases it. */
  amount: Cents;
}

/** One 835 transaction set: one payment (check or EFT) from one payer. */
export interface RemittancePayment {
  /** The tenant the file was received for: claims of any other tenant never match. */
  tenantId: string;
  /** Our payer id (payers.id), resolved by the caller from N1*PR / TRN03. */
  payerId: string;
  /** TRN02: the check or EFT trace number; with the payer id, it names this payment for ever. */
  traceNumber: string;
  /** TRN03 payer identifier. */
  payerIdentifier?: string;
  /** BPR02 total actual provider payment; BPR16 payment date. */
  totalPayment: Cents;
  paymentDate: CalendarDate;
  /** The stored remittances.id, when it has been stored. */
  remittanceId?: string;
  claims: RemittanceClaimPayment[];
  providerAdjustments: ProviderLevelAdjustmentItem[];
}

/** A stored claim as posting needs it (claims + claim_lines rows). */
export interface StoredClaimLine {
  id: string;
  lineNumber: number;
  lineItemControlNumber: string;
  procedureCode: string;
  modifiers: string[];
  revenueCode?: string;
  units: number;
  charge: Cents;
  serviceDate: CalendarDate;
}

export interface StoredClaim {
  /**
   * The claim the ledger books against. For a secondary (or tertiary) claim this is the original primary
   * claim: its lines carry the original lines' line item control numbers and are posted to the original
   * lines' receivables, where the primary's patient responsibility was moved back for the secondary payer.
   */
  id: string;
  /** 2000B SBR01 of the claim the 835 answers; P when absent. */
  payerSequence?: 'P' | 'S' | 'T';
  tenantId: string;
  patientId: string;
  payerId?: string;
  patientControlNumber: string;
  payerClaimControlNumber?: string;
  lines: StoredClaimLine[];
}
