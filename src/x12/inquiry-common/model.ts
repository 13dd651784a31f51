// Segment-level typed pieces shared by the 270/271/276/277 models. Field names follow the guide's
// element names; the element reference is in each doc comment.
import type { CalendarDate } from '../deps';
import type { EntityName } from '../entity-name';

/** NM1, declared once for the inquiry transactions and the 277CA. */
export type { EntityName };

/** N3 + N4. */
export interface Address {
  /** N301 */
  line1: string;
  /** N302 */
  line2?: string;
  /** N401 */
  city?: string;
  /** N402 */
  state?: string;
  /** N403 */
  postalCode?: string;
  /** N404 */
  countryCode?: string;
  /** N407 */
  countrySubdivisionCode?: string;
}

/** REF Reference Information. */
export interface Reference {
  /** REF01 Reference Identification Qualifier. */
  qualifier: string;
  /** REF02 Reference Identification. */
  value: string;
  /** REF03 Description. */
  description?: string;
}

/** DTP Date or Time Period: D8 one date, RD8 a range. */
export interface DatePeriod {
  /** DTP01 Date/Time Qualifier (291 plan, 346 plan begin, 472 service...). */
  qualifier: string;
  /** DTP03 first (or only) date. */
  from: CalendarDate;
  /** DTP03 end of the RD8 range; absent for D8. */
  to?: CalendarDate;
}

/** TRN Trace. */
export interface Trace {
  /** TRN01 Trace Type Code: 1 current transaction trace numbers, 2 referenced (echoed) trace numbers. */
  traceTypeCode: string;
  /** TRN02 Reference Identification (the trace number). */
  referenceIdentification: string;
  /** TRN03 Originating Company Identifier ('1' + EIN, or a DUNS). */
  originatingCompanyIdentifier?: string;
  /** TRN04 Reference Identification (secondary trace, e.g. a division). */
  secondaryReferenceIdentification?: string;
}

/** DMG Demographic Information. */
export interface Demographics {
  /** DMG02 with DMG01 = D8. */
  birthDate?: CalendarDate;
  /** DMG03 Gender Code: F, M, U. */
  genderCode?: string;
}

/** PER Contact Information. */
export interface Contact {
  /** PER01 Contact Function Code (IC information contact). */
  functionCode: string;
  /** PER02 Name. */
  name?: string;
  /** PER03..PER08 qualifier/number pairs (TE telephone, EX extension, FX fax, EM email, UR URL, ED EDI access). */
  numbers: { qualifier: string; number: string }[];
}

/** PRV Provider Information. */
export interface ProviderInformation {
  /** PRV01 Provider Code (AD admitting, AT attending, BI billing, PE performing, RF referring...). */
  providerCode: string;
  /** PRV02 Reference Identification Qualifier: PXC taxonomy. */
  qualifier: string;
  /** PRV03 Provider taxonomy code. */
  taxonomyCode: string;
}

/** A segment OpenRCM carries without interpreting (HI, HSD, III, MPI): its elements as sent. */
export interface OpaqueSegment {
  id: string;
  /** elements[0] is element 01. */
  elements: string[];
}
