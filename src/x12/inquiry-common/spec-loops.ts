// Builders for the loop specs of the four inquiry guides. The guides build every loop the same way
// (an HL level that repeats, a name loop under it that stands once); these say so once, and each
// transaction's spec still states its own ids, names, usages, repeat counts and segments.
import type { LoopSpec, SegmentSpec } from '../spec';

export function loopSpec(id: string, name: string, usage: 'R' | 'S', max: number, segments: readonly SegmentSpec[], loops: readonly LoopSpec[] = []): LoopSpec {
  return { id, name, usage, max, segments, loops };
}

/** An HL level (2000A..2000E): it repeats without limit; its first segment is the HL. */
export function levelLoop(id: string, name: string, usage: 'R' | 'S', segments: readonly SegmentSpec[], loops: readonly LoopSpec[]): LoopSpec {
  return loopSpec(id, name, usage, Infinity, segments, loops);
}

/** A name loop (2100A..2100E): required once in its level; its first segment is the NM1. */
export function nameLoop(id: string, name: string, segments: readonly SegmentSpec[], loops: readonly LoopSpec[] = []): LoopSpec {
  return loopSpec(id, name, 'R', 1, segments, loops);
}
