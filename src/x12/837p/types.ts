// The 837P typed model: loops named after 005010X222A1, segments with the guide's element names. The
// segments the 837P shares with the 837I are declared in 837-common (Loop2300Common, Loop2400Common).
import type {
  CN1Segment, CR1Segment, CR2Segment, CR3Segment, CRCSegment, FRMSegment, K3Segment, LQSegment, MEASegment, PS1Segment, QTYSegment,
  SV1Segment, SV5Segment, NameLoop, Loop2300Common, Loop2400Common, Transaction837, Loop2000A, Loop2000B, Loop2000C,
} from '../837-common/index';

/** 2440 form identification (DME certificates of medical necessity). */
export interface Loop2440 {
  formIdentificationCode?: LQSegment;
  supportingDocumentation: FRMSegment[];
}

/** 2400 service line (up to 50 per claim). */
export interface Loop2400P extends Loop2400Common {
  /** SV1: procedure HC:code:modifiers (SV101), charge (SV102), units (SV103/104), place of service (SV105), pointers (SV107), emergency (SV109). */
  professionalService?: SV1Segment;
  durableMedicalEquipmentService?: SV5Segment;
  ambulanceTransport?: CR1Segment;
  durableMedicalEquipmentCertification?: CR3Segment;
  conditionIndicators: CRCSegment[];
  quantities: QTYSegment[];
  testResults: MEASegment[];
  contractInformation?: CN1Segment;
  fileInformation: K3Segment[];
  purchasedServiceInformation?: PS1Segment;
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
  loop2440: Loop2440[];
}

/** 2300 claim information (up to 100 per subscriber or patient). */
export interface Loop2300P extends Loop2300Common<Loop2400P> {
  ambulanceTransport?: CR1Segment;
  spinalManipulation?: CR2Segment;
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
}

export type Loop2000AP = Loop2000A<Loop2300P>;
export type Loop2000BP = Loop2000B<Loop2300P>;
export type Loop2000CP = Loop2000C<Loop2300P>;
/** One 837P transaction set. */
export type Transaction837P = Transaction837<Loop2300P>;
