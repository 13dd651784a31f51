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
