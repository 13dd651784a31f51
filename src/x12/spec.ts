// Implementation-guide structure as data. One generic engine walks a TransactionSpec to group a
// transaction's segments into loops and to validate them; each transaction module supplies its spec
// (written from its implementation guide) and maps the loop tree to and from its typed object.

/** X12 data element types: AN string, ID code, DT date, TM time, N0/N2 implied-decimal numbers, R decimal. */
export type ElementType = 'AN' | 'ID' | 'DT' | 'TM' | 'N0' | 'N2' | 'R';

/** R required, S situational, N not used (must be empty). */
export type Usage = 'R' | 'S' | 'N';

export interface ElementSpec {
  /** Element reference as the guide writes it: 'CLM01', 'NM109'. Position is taken from the digits. */
  ref: string;
  name: string;
  usage: Usage;
  type: ElementType;
  min: number;
  max: number;
  /** X12 data element reference number (e.g. 1028 for CLM01), reported in 999 IK402. */
  dataElement?: string;
  /** Allowed code values for ID elements that OpenRCM reads or writes (others: any value). */
  codes?: readonly string[];
  /** For composites: the components, by position. */
  components?: readonly ElementSpec[];
}

export interface SegmentSpec {
  id: string;
  /** Guide name, e.g. 'Billing Provider Name'. */
  name: string;
  usage: 'R' | 'S';
  /** Maximum repeats in its loop (Infinity for >1 unbounded). */
  max: number;
  elements: readonly ElementSpec[];
  /**
   * When a loop has several segments with the same id (NM1*85 vs NM1*87, DTP*472 vs DTP*471), the
   * qualifier element and the values that select this one.
   */
  qualifier?: { element: number; values: readonly string[] };
  /** The segment comes after the loop's child loops (999 IK5 after the IK3 loops, 271 LE after 2120). */
  afterLoops?: boolean;
}

export interface LoopSpec {
  /** Guide loop id: '2000A', '2010AA', '2300'. */
  id: string;
  name: string;
  usage: 'R' | 'S';
  max: number;
  /** The first segment starts the loop (its trigger); for HL loops its qualifier is HL03. */
  segments: readonly SegmentSpec[];
  loops: readonly LoopSpec[];
}

export interface TransactionSpec {
  /** ST01, e.g. '837'. */
  transactionSetId: string;
  /** ST03 / GS08 version of the guide, e.g. '005010X222A1'. */
  guide: string;
  /** Errata and earlier guide ids accepted with a warning, e.g. '005010X222A2'. */
  acceptedGuides: readonly string[];
  /** GS01 functional identifier code, e.g. 'HC' for 837. */
  functionalIdentifier: string;
  /** Segments after ST and before the first loop (BHT, BPR, TRN...). */
  header: readonly SegmentSpec[];
  loops: readonly LoopSpec[];
  /** Segments after the loops, before SE (e.g. PLB in the 835). */
  trailer?: readonly SegmentSpec[];
}

/** A loop instance as found in a transaction: its own segments, then its child loops, in order. */
export interface LoopNode {
  id: string;
  segments: import('./segment').Segment[];
  loops: LoopNode[];
}
