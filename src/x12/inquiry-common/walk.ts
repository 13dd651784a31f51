// The one place the inquiry transactions meet X12-core's generic loop walker.
import type { Segment, X12Finding } from '../segment';
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

/** Groups one transaction's segments (ST..SE) into the loops of its spec; structure findings only. */
export function walkTransaction(spec: TransactionSpec, segments: readonly Segment[]): WalkedTransaction {
  const r = walkLoops(spec, segments);
  return {
    st: r.header.find((s) => s.id === 'ST'),
    header: r.header.filter((s) => s.id !== 'ST'),
    root: r.loops,
    se: r.trailer.find((s) => s.id === 'SE'),
    findings: r.findings,
  };
}
