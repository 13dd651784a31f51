// The segments the 837P and 837I claim (2300) and service line (2400) loops both hold, under the same
// guide names. Each guide's types.ts extends these with what only its guide has (the 837I's CL1 and
// 2310A..F attending/operating/rendering..., the 837P's CR1/CR2, SV1, ambulance loops...).
import type {
  AMTSegment, CLMSegment, CN1Segment, CRCSegment, DTPSegment, HCPSegment, HISegment, K3Segment, LXSegment, NTESegment, PWKSegment,
  REFSegment,
} from './segments';
import type { Loop2320, Loop2410, Loop2430 } from './loop-types';

/** 2300 claim information (up to 100 per subscriber or patient). */
export interface Loop2300Common<Line> {
  /**
   * CLM: patient control number (CLM01), total charge (CLM02), CLM05 place of service (837P) or facility
   * type (837I) : qualifier : frequency; the 837P also reads signature/assignment/release (CLM06-09) and related causes (CLM11).
   */
  claimInformation?: CLMSegment;
  /** 837P: DTP*431 onset, DTP*439 accident, DTP*454 initial treatment...; 837I: DTP*434 statement dates (RD8), DTP*435 admission (D8/DT), DTP*096 discharge hour. */
  dates: DTPSegment[];
  supplementalInformation: PWKSegment[];
  contractInformation?: CN1Segment;
  /** AMT*F5 patient amount paid (837P), AMT*F3 patient estimated amount due (837I). */
  amounts: AMTSegment[];
  /** REF*F8 payer claim control number, G1 prior authorization, 9F referral, EA medical record, D9 clearinghouse trace... */
  references: REFSegment[];
  fileInformation: K3Segment[];
  notes: NTESegment[];
  conditionIndicators: CRCSegment[];
  /**
   * HI. 837P: ABK principal + ABF other diagnoses (12 at most), BP/BO anesthesia, BG condition codes. 837I: ABK principal,
   * ABJ admitting, APR reason for visit, ABN external cause, DR DRG, ABF other (with POA in -9), BBR/BBQ procedures,
   * BI/BH/BE/BG span/occurrence/value/condition, TC.
   */
  healthCareInformationCodes: HISegment[];
  claimPricingRepricingInformation?: HCPSegment;
  loop2320: Loop2320[];
  loop2400: Line[];
}

/** 2400 service line (up to 50 per 837P claim, 999 per 837I claim). */
export interface Loop2400Common {
  /** LX01: line number, 1..n. */
  serviceLineNumber?: LXSegment;
  supplementalInformation: PWKSegment[];
  /** DTP*472 service date (D8, or RD8 in the 837P) and other line dates. */
  dates: DTPSegment[];
  /** REF*6R line item control number, REF*G1 prior authorization (837P), 9B/9D repricing... */
  references: REFSegment[];
  /** AMT*T sales tax, AMT*F4 postage (837P). */
  amounts: AMTSegment[];
  notes: NTESegment[];
  linePricingRepricingInformation?: HCPSegment;
  loop2410?: Loop2410;
  loop2430: Loop2430[];
}
