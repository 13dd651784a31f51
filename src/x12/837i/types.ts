// The 837I typed model: loops named after 005010X223A2, segments with the guide's element names.
import type {
  AMTSegment, CL1Segment, CLMSegment, CN1Segment, CRCSegment, DTPSegment, HCPSegment, HISegment, K3Segment,
  LXSegment, NTESegment, PWKSegment, REFSegment, SV2Segment, NameLoop, Loop2320, Loop2410, Loop2430,
  Transaction837, Loop2000A, Loop2000B, Loop2000C,
} from '../837-common/index';

/** 2400 service line (up to 999 per claim). */
export interface Loop2400I {
  /** LX01: line number, 1..n. */
  serviceLineNumber?: LXSegment;
  /** SV2: revenue code (SV201), HCPCS/CPT HC:code:modifiers (SV202), charge (SV203), unit basis and count (SV204/205), non-covered (SV207). */
  institutionalServiceLine?: SV2Segment;
  supplementalInformation: PWKSegment[];
  /** DTP*472 service date. */
  dates: DTPSegment[];
  /** REF*6R line item control number, 9B/9D repricing. */
  references: REFSegment[];
  amounts: AMTSegment[];
  notes: NTESegment[];
  linePricingRepricingInformation?: HCPSegment;
  loop2410?: Loop2410;
  /** Operating physician. */
  loop2420A?: NameLoop;
  /** Other operating physician. */
  loop2420B?: NameLoop;
  /** Rendering provider. */
  loop2420C?: NameLoop;
  /** Referring provider. */
  loop2420D?: NameLoop;
  loop2430: Loop2430[];
}

/** 2300 claim information (up to 100 per subscriber or patient). */
export interface Loop2300I {
  /** CLM: patient control number (CLM01), total charge (CLM02), facility type : A : frequency (CLM05). */
  claimInformation?: CLMSegment;
  /** DTP*434 statement dates (RD8), DTP*435 admission (D8/DT), DTP*096 discharge hour. */
  dates: DTPSegment[];
  /** CL1: admission type (CL101), source (CL102), patient status (CL103). */
  institutionalClaimCode?: CL1Segment;
  supplementalInformation: PWKSegment[];
  contractInformation?: CN1Segment;
  /** AMT*F3 patient estimated amount due. */
  amounts: AMTSegment[];
  references: REFSegment[];
  fileInformation: K3Segment[];
  notes: NTESegment[];
  conditionIndicators: CRCSegment[];
  /** HI: ABK principal, ABJ admitting, APR reason for visit, ABN external cause, DR DRG, ABF other (with POA in -9), BBR/BBQ procedures, BI/BH/BE/BG span/occurrence/value/condition, TC. */
  healthCareInformationCodes: HISegment[];
  claimPricingRepricingInformation?: HCPSegment;
  /** Attending provider. */
  loop2310A?: NameLoop;
  /** Operating physician. */
  loop2310B?: NameLoop;
  /** Other operating physician. */
  loop2310C?: NameLoop;
  /** Rendering provider. */
  loop2310D?: NameLoop;
  /** Service facility location. */
  loop2310E?: NameLoop;
  /** Referring provider. */
  loop2310F?: NameLoop;
  loop2320: Loop2320[];
  loop2400: Loop2400I[];
}

export type Loop2000AI = Loop2000A<Loop2300I>;
export type Loop2000BI = Loop2000B<Loop2300I>;
export type Loop2000CI = Loop2000C<Loop2300I>;
/** One 837I transaction set. */
export type Transaction837I = Transaction837<Loop2300I>;
