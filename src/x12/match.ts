// Segment-to-spec matching: by id, then by the qualifier element when the guide has several segments
// with the same id in one loop (NM1*85 vs NM1*87, DTP*472 vs DTP*471).
import type { Segment } from './segment';
import type { SegmentSpec } from './spec';

export interface Match {
  index: number;
  /** false when only the id matched and the qualifier did not. */
  strong: boolean;
}

export function qualifierMatches(spec: SegmentSpec, s: Segment): boolean {
  const q = spec.qualifier;
  return !q || q.values.includes(s.elements[q.element] ?? '');
}

/** The first segment spec (from `from`) matching s; a weak match when only the id fits. */
export function matchSegment(specs: readonly SegmentSpec[], s: Segment, from: number): Match {
  let weak = -1;
  for (let i = from; i < specs.length; i++) {
    const spec = specs[i]!;
    if (spec.id !== s.id) continue;
    if (qualifierMatches(spec, s)) return { index: i, strong: true };
    if (weak < 0) weak = i;
  }
  return { index: weak, strong: false };
}

/** Per loop: which segment specs and which child-loop triggers each segment id can match (built once per spec). */
export interface LoopIndex {
  segments: Map<string, number[]>;
  loops: Map<string, number[]>;
}

const indexes = new WeakMap<object, LoopIndex>();

export function loopIndex(spec: { segments: readonly SegmentSpec[]; loops: readonly { segments: readonly SegmentSpec[] }[] }): LoopIndex {
  let index = indexes.get(spec);
  if (!index) {
    index = { segments: new Map(), loops: new Map() };
    spec.segments.forEach((s, i) => index!.segments.set(s.id, [...(index!.segments.get(s.id) ?? []), i]));
    spec.loops.forEach((l, i) => {
      const t = l.segments[0];
      if (t) index!.loops.set(t.id, [...(index!.loops.get(t.id) ?? []), i]);
    });
    indexes.set(spec, index);
  }
  return index;
}

const NO_MATCH: Match = { index: -1, strong: false };

/** matchSegment through the index: only the specs with this id are looked at. */
export function matchIndexed(specs: readonly SegmentSpec[], candidates: readonly number[] | undefined, s: Segment, from: number): Match {
  if (!candidates) return NO_MATCH;
  let weak = -1;
  for (const i of candidates) {
    if (i < from) continue;
    if (qualifierMatches(specs[i]!, s)) return { index: i, strong: true };
    if (weak < 0) weak = i;
  }
  return weak < 0 ? NO_MATCH : { index: weak, strong: false };
}
