// The 837P typed model: loops named after 005010X222A1, segments with the guide's element names.
import type {
  AMTSegment, CLMSegment, CN1Segment, CR1Segment, CR2Segment, CR3Segment, CRCSegment, DTPSegment, FRMSegment,
  HCPSegment, HISegment, K3Segment, LQSegment, LXSegment, MEASegment, NTESegment, PS1Segment, PWKSegment,
  QTYSegment, REFSegment, SV1Segment, SV5Segment, NameLoop, Loop2320, Loop2410, Loop2430, Transaction837,
  Loop2000A, Loop2000B, Loop2000C,
} from '../837-common/index';

/** 2440 form identification (DME certificates of medical necessity). */
export interface Loop2440 {
  formIdentificationCode?: LQSegment;
  supportingDocumentation: FRMSegment[];
}

/** 2400 service line (up to 50 per claim). */
export interface Loop2400P {
  /** LX01: line number, 1..n. */
  serviceLineNumber?: LXSegment;
  /** SV1: procedure HC:code:modifiers (SV101), charge (SV102), units (SV103/104), place of service (SV105), pointers (SV107), emergency (SV109). */
  professionalService?: SV1Segment;
  durableMedicalEquipmentService?: SV5Segment;
  supplementalInformation: PWKSegment[];
  ambulanceTransport?: CR1Segment;
  durableMedicalEquipmentCertification?: CR3Segment;
  conditionIndicators: CRCSegment[];
  /** DTP*472 service date (D8 or RD8) and other line dates. */
  dates: DTPSegment[];
  quantities: QTYSegment[];
  testResults: MEASegment[];
  contractInformation?: CN1Segment;
  /** REF*6R line item control number, REF*G1 prior authorization... */
  references: REFSegment[];
  /** AMT*T sales tax, AMT*F4 postage. */
  amounts: AMTSegment[];
  fileInformation: K3Segment[];
  notes: NTESegment[];
  purchasedServiceInformation?: PS1Segment;
  linePricingRepricingInformation?: HCPSegment;
  loop2410?: Loop2410;
  /** Rendering provider. */
  loop2420A?: NameLoop;
  /** Purchased service provider. */
  loop2420B?: NameLoop;
  /** Service facility location. */
  loop2420C?: NameLoop;
  /** Supervising provider. */
  loop2420D?: NameLoop;
  /** Ordering provider. */
  loop2420E?: NameLoop;
  /** Referring provider (up to 2). */
  loop2420F: NameLoop[];
  /** Ambulance pick-up location. */
  loop2420G?: NameLoop;
  /** Ambulance drop-off location. */
  loop2420H?: NameLoop;
  loop2430: Loop2430[];
  loop2440: Loop2440[];
}

/** 2300 claim information (up to 100 per subscriber or patient). */
export interface Loop2300P {
  /** CLM: patient control number (CLM01), total charge (CLM02), place of service : B : frequency (CLM05), signature/assignment/release (CLM06-09), related causes (CLM11). */
  claimInformation?: CLMSegment;
  /** DTP*431 onset, DTP*439 accident, DTP*454 initial treatment... */
  dates: DTPSegment[];
  supplementalInformation: PWKSegment[];
  contractInformation?: CN1Segment;
  /** AMT*F5 patient amount paid. */
  amounts: AMTSegment[];
  /** REF*F8 payer claim control number, G1 prior authorization, 9F referral, EA medical record, D9 clearinghouse trace... */
  references: REFSegment[];
  fileInformation: K3Segment[];
  notes: NTESegment[];
  ambulanceTransport?: CR1Segment;
  spinalManipulation?: CR2Segment;
  conditionIndicators: CRCSegment[];
  /** HI: ABK principal + ABF other diagnoses (12 at most), BP/BO anesthesia, BG condition codes. */
  healthCareInformationCodes: HISegment[];
  claimPricingRepricingInformation?: HCPSegment;
  /** Referring provider (up to 2). */
  loop2310A: NameLoop[];
  /** Rendering provider. */
  loop2310B?: NameLoop;
  /** Service facility location. */
  loop2310C?: NameLoop;
  /** Supervising provider. */
  loop2310D?: NameLoop;
  /** Ambulance pick-up location. */
  loop2310E?: NameLoop;
  /** Ambulance drop-off location. */
  loop2310F?: NameLoop;
  loop2320: Loop2320[];
  loop2400: Loop2400P[];
}

export type Loop2000AP = Loop2000A<Loop2300P>;
export type Loop2000BP = Loop2000B<Loop2300P>;
export type Loop2000CP = Loop2000C<Loop2300P>;
/** One 837P transaction set. */
export type Transaction837P = Transaction837<Loop2300P>;
