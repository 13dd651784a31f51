// The one place the inquiry transactions meet X12-core's generic loop walker.
import type { Delimiters, Segment, X12Finding } from '../segment';
import type { LoopNode, TransactionSpec } from '../spec';
import { walkLoops } from '../walker';

export interface WalkedTransaction {
  st?: Segment;
  /** Segments between ST and the first loop (BHT). */
  header: Segment[];
  root: LoopNode[];
  se?: Segment;
  findings: X12Finding[];
}

/** Parse options shared by parse270/271/276/277, as parse835 takes them. */
export interface ParseOptions {
  /** Check every element against the guide too (default true); false = structure only, faster. */
  validate?: boolean;
}

/** Groups one transaction's segments (ST..SE) into the loops of its spec, validating elements unless told not to. */
export function walkTransaction(spec: TransactionSpec, segments: readonly Segment[], delimiters: Delimiters, options: ParseOptions = {}): WalkedTransaction {
  const r = walkLoops(spec, segments, options.validate === false ? {} : { validate: { delimiters } });
  return {
    st: r.header.find((s) => s.id === 'ST'),
    header: r.header.filter((s) => s.id !== 'ST'),
    root: r.loops,
    se: r.trailer.find((s) => s.id === 'SE'),
    findings: r.findings,
  };
}
