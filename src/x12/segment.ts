// The shared vocabulary of the X12 module. Every transaction parser reads Segment[] and every
// generator writes Segment[]; the tokenizer and writer turn them into and out of bytes.

/** The four separators, read from the ISA segment of each interchange. */
export interface Delimiters {
  /** ISA element separator (the character after "ISA"), usually '*'. */
  element: string;
  /** ISA16 component element separator, usually ':' or '>'. */
  component: string;
  /** ISA11 repetition separator (5010), usually '^'. */
  repetition: string;
  /** Segment terminator (the character after ISA16), usually '~'. */
  segment: string;
}

export const DEFAULT_DELIMITERS: Delimiters = { element: '*', component: ':', repetition: '^', segment: '~' };

export interface Segment {
  /** Segment id, e.g. 'CLM'. Same as elements[0]. */
  id: string;
  /** elements[0] is the segment id, elements[n] is element n (so CLM01 is elements[1]); composites and repetitions unsplit. */
  elements: string[];
  /** 1-based position of the segment in its file (or stream), as 999 IK3 and error messages report it. */
  position: number;
}

/** What a finding reported at a segment needs of it (the walker and the envelope tracker keep no more of the last one). */
export type SegmentRef = Pick<Segment, 'id' | 'position'>;

/** Element n of a segment ('' when absent). */
export function element(segment: Segment, n: number): string {
  return segment.elements[n] ?? '';
}

/** Component m (1-based) of composite element n. */
export function component(segment: Segment, n: number, m: number, delimiters: Delimiters): string {
  return element(segment, n).split(delimiters.component)[m - 1] ?? '';
}

/** A finding from reading or validating X12, located precisely, mapped to 999 error codes when it concerns syntax. */
export interface X12Finding {
  severity: 'error' | 'warning';
  /** Stable id, e.g. 'x12.segment.missing', 'x12.element.too_long', '835.unbalanced.claim'. */
  code: string;
  segmentPosition: number;
  segmentId: string;
  /** Guide loop id, e.g. '2300'. */
  loop?: string;
  /** Element reference, e.g. 'CLM05-3' or 'NM109'. */
  element?: string;
  message: string;
  /** 999 IK304 segment syntax error code (1-8, I4-I9) when the finding is a segment error. */
  ik304?: string;
  /** 999 IK403 element syntax error code (1-13, I10-I13) when the finding is an element error. */
  ik403?: string;
  /** 999 IK502 transaction set syntax error code (e.g. 3 control numbers differ, 4 SE01 count wrong) for set-level findings. */
  ik502?: string;
  /** 999 AK905 functional group syntax error code (e.g. 4 GE02 differs, 5 GE01 count wrong) for group-level findings. */
  ak905?: string;
  /** TA105 interchange note code (e.g. 001 IEA02 differs, 021 IEA01 count wrong) for interchange-level findings. */
  ta105?: string;
  /** The value found, for 999 IK404 (copy of the bad data element). */
  value?: string;
  /** The data element reference number, for 999 IK402 (e.g. '1028'), when the spec knows it. */
  elementReference?: string;
}
