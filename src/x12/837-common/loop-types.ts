// Typed loops shared by the 837P and 837I, named after the guide's loops. Segment-level fields use the
// guide's element names (see segments.ts); each property notes the segment it holds.
import type {
  AMTSegment, BHTSegment, CASSegment, CTPSegment, CURSegment, DTPSegment, LINSegment, MIASegment, MOASegment,
  OISegment, PATSegment, REFSegment, SBRSegment, SVDSegment,
} from './segments';
import type { NameLoop } from './name-loop';

export type Loop1000A = NameLoop;
export type Loop1000B = NameLoop;
export type Loop2010AA = NameLoop;
export type Loop2010AB = NameLoop;
export type Loop2010AC = NameLoop;
export type Loop2010BA = NameLoop;
export type Loop2010BB = NameLoop;
export type Loop2010CA = NameLoop;
export type Loop2330A = NameLoop;
export type Loop2330B = NameLoop;

/** 2000C patient hierarchical level (HL03 = 23): only when the patient is not the subscriber. */
export interface Loop2000C<Claim> {
  /** PAT: PAT01 individual relationship code of the patient to the subscriber. */
  patientInformation?: PATSegment;
  loop2010CA?: Loop2010CA;
  loop2300: Claim[];
}

/** 2000B subscriber hierarchical level (HL03 = 22). */
export interface Loop2000B<Claim> {
  /** SBR: payer responsibility (SBR01), relationship 18 when the patient is the subscriber (SBR02), group (SBR03/04), filing indicator (SBR09). */
  subscriberInformation?: SBRSegment;
  /** PAT (837P only): patient death date, weight, pregnancy when the patient is the subscriber. */
  patientInformation?: PATSegment;
  loop2010BA?: Loop2010BA;
  loop2010BB?: Loop2010BB;
  loop2300: Claim[];
  loop2000C: Loop2000C<Claim>[];
}

/** 2000A billing provider hierarchical level (HL03 = 20). */
export interface Loop2000A<Claim> {
  /** PRV*BI: billing provider taxonomy. */
  specialty?: import('./segments').PRVSegment;
  /** CUR: foreign currency. */
  foreignCurrency?: CURSegment;
  loop2010AA?: Loop2010AA;
  loop2010AB?: Loop2010AB;
  loop2010AC?: Loop2010AC;
  loop2000B: Loop2000B<Claim>[];
}

/** One 837 transaction set (ST..SE), 837P or 837I by its claim type. */
export interface Transaction837<Claim> {
  /** ST02. */
  transactionSetControlNumber: string;
  /** ST03 as read (the generator always writes the adopted guide). */
  implementationConventionReference: string;
  /** BHT: purpose 00 original / 18 reissue (BHT02), reference (BHT03), date and time (BHT04/05), CH claim or RP encounter (BHT06). */
  beginningOfHierarchicalTransaction?: BHTSegment;
  loop1000A?: Loop1000A;
  loop1000B?: Loop1000B;
  loop2000A: Loop2000A<Claim>[];
}

/** 2320 other subscriber information (COB), up to 10 per claim. */
export interface Loop2320 {
  /** SBR: the other payer's place (SBR01), relationship of the patient to the other subscriber (SBR02), filing indicator (SBR09). */
  otherSubscriberInformation?: SBRSegment;
  /** CAS: claim-level adjustments by group code (CO, PR, OA, PI). */
  claimLevelAdjustments: CASSegment[];
  /** AMT*D payer prior payment, AMT*A8 non-covered, AMT*EAF remaining patient liability. */
  amounts: AMTSegment[];
  /** OI: benefits assignment and release of information for the other coverage. */
  otherInsuranceCoverageInformation?: OISegment;
  /** MIA (837I): inpatient adjudication. */
  inpatientAdjudicationInformation?: MIASegment;
  /** MOA: outpatient adjudication. */
  outpatientAdjudicationInformation?: MOASegment;
  loop2330A?: Loop2330A;
  loop2330B?: Loop2330B;
  /** Other payer provider loops (2330C..2330I), present per the guide. */
  [otherPayerProvider: `loop2330${string}`]: NameLoop | NameLoop[] | undefined;
}

/** 2410 drug identification: NDC (LIN03), quantity and unit (CTP04/CTP05). */
export interface Loop2410 {
  drugIdentification?: LINSegment;
  drugQuantity?: CTPSegment;
  references: REFSegment[];
}

/** 2430 line adjudication from a prior payer. */
export interface Loop2430 {
  /** SVD: other payer id (SVD01), paid amount (SVD02), procedure (SVD03), paid units (SVD05). */
  lineAdjudicationInformation?: SVDSegment;
  lineAdjustments: CASSegment[];
  /** DTP*573 adjudication date. */
  dates: DTPSegment[];
  /** AMT*EAF remaining patient liability. */
  amounts: AMTSegment[];
}
