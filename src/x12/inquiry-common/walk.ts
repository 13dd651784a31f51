// Groups one transaction's segments (ST..SE) into the loops of its spec.
// INTERIM: a small walker of our own so the inquiry transactions work before X12-core's generic
// walker lands on main; parse functions only call `walkTransaction`, so swapping it is one file.
import type { Segment, X12Finding } from '../segment';
import type { LoopNode, LoopSpec, SegmentSpec, TransactionSpec } from '../spec';

export interface WalkedTransaction {
  /** ST, or undefined when the transaction has none. */
  st?: Segment;
  /** Segments between ST and the first loop (BHT). */
  header: Segment[];
  root: LoopNode[];
  se?: Segment;
  findings: X12Finding[];
}

function matches(spec: SegmentSpec, s: Segment): boolean {
  if (spec.id !== s.id) return false;
  if (!spec.qualifier) return true;
  return spec.qualifier.values.includes(s.elements[spec.qualifier.element] ?? '');
}

interface Frame {
  spec: LoopSpec;
  node: LoopNode;
  /** Index in spec.segments of the last segment placed, so segments only move forward. */
  at: number;
}

function place(stack: Frame[], root: LoopNode[], rootLoops: readonly LoopSpec[], s: Segment): boolean {
  for (let depth = stack.length - 1; depth >= -1; depth--) {
    const frame = depth >= 0 ? stack[depth] : undefined;
    if (frame) {
      const i = frame.spec.segments.findIndex((spec, idx) => idx > 0 && idx >= frame.at && matches(spec, s));
      if (i > 0) {
        stack.length = depth + 1;
        frame.at = i;
        frame.node.segments.push(s);
        return true;
      }
    }
    const children = frame ? frame.spec.loops : rootLoops;
    const child = children.find((l) => l.segments[0] && matches(l.segments[0], s));
    if (child) {
      stack.length = depth + 1;
      const node: LoopNode = { id: child.id, segments: [s], loops: [] };
      (frame ? frame.node.loops : root).push(node);
      stack.push({ spec: child, node, at: 0 });
      return true;
    }
  }
  return false;
}

export function walkTransaction(spec: TransactionSpec, segments: readonly Segment[]): WalkedTransaction {
  const findings: X12Finding[] = [];
  let i = 0;
  const st = segments[0]?.id === 'ST' ? segments[0] : undefined;
  if (st) i = 1;
  const last = segments[segments.length - 1];
  const se = last?.id === 'SE' ? last : undefined;
  const end = se ? segments.length - 1 : segments.length;
  const header: Segment[] = [];
  while (i < end && spec.header.some((h) => matches(h, segments[i]!))) header.push(segments[i++]!);
  const root: LoopNode[] = [];
  const stack: Frame[] = [];
  for (; i < end; i++) {
    const s = segments[i]!;
    if (place(stack, root, spec.loops, s)) continue;
    const loop = stack[stack.length - 1]?.spec.id;
    findings.push({
      severity: 'error',
      code: 'x12.segment.unexpected',
      segmentPosition: s.position,
      segmentId: s.id,
      loop,
      message: `${s.id} is not expected here${loop ? ` (in loop ${loop})` : ''} in a ${spec.transactionSetId} (${spec.guide}); it was skipped.`,
      ik304: '2',
    });
  }
  return { st, header, root, se, findings };
}
