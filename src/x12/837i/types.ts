// The 837I typed model: loops named after 005010X223A2, segments with the guide's element names. The
// segments the 837I shares with the 837P are declared in 837-common (Loop2300Common, Loop2400Common).
import type {
  CL1Segment, SV2Segment, NameLoop, Loop2300Common, Loop2400Common, Transaction837, Loop2000A, Loop2000B, Loop2000C,
} from '../837-common/index';

/** 2400 service line (up to 999 per claim). */
export interface Loop2400I extends Loop2400Common {
  /** SV2: revenue code (SV201), HCPCS/CPT HC:code:modifiers (SV202), charge (SV203), unit basis and count (SV204/205), non-covered (SV207). */
  institutionalServiceLine?: SV2Segment;
  /** Operating physician. */
  loop2420A?: NameLoop;
  /** Other operating physician. */
  loop2420B?: NameLoop;
  /** Rendering provider. */
  loop2420C?: NameLoop;
  /** Referring provider. */
  loop2420D?: NameLoop;
}

/** 2300 claim information (up to 100 per subscriber or patient). */
export interface Loop2300I extends Loop2300Common<Loop2400I> {
  /** CL1: admission type (CL101), source (CL102), patient status (CL103). */
  institutionalClaimCode?: CL1Segment;
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
}

export type Loop2000AI = Loop2000A<Loop2300I>;
export type Loop2000BI = Loop2000B<Loop2300I>;
export type Loop2000CI = Loop2000C<Loop2300I>;
/** One 837I transaction set. */
export type Transaction837I = Transaction837<Loop2300I>;
