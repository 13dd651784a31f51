// A loop definition ties the guide's structure (LoopSpec/SegmentSpec, for validation) to the typed
// object (slot names, codecs). One definition drives the reader, the writer and the TransactionSpec.
import type { LoopSpec, SegmentSpec, TransactionSpec } from '../spec';
import type { SegmentCodec } from './codec';

export interface SlotDef {
  /** Property of the typed loop object holding this segment (or array of them). */
  slot: string;
  codec: SegmentCodec<unknown>;
  many: boolean;
  /** Guide segment specs for validation; several when one slot holds several qualifiers (DTP*431, DTP*439...). */
  specs: readonly SegmentSpec[];
}

export interface LoopDef {
  id: string;
  name: string;
  usage: 'R' | 'S';
  max: number;
  /** For HL loops: the HL03 level code. Otherwise the first slot is the trigger segment. */
  hlLevel?: string;
  /** Trigger qualifier on element 1 of the first segment (NM101 values, AMT01...). */
  triggerQualifier?: readonly string[];
  slots: readonly SlotDef[];
  children: readonly ChildDef[];
}

export interface ChildDef {
  /** Property holding the child loop (or array), e.g. 'loop2300'. */
  slot: string;
  many: boolean;
  loop: LoopDef;
}

export function slot(name: string, codec: SegmentCodec<unknown>, specs: SegmentSpec | readonly SegmentSpec[], many?: boolean): SlotDef {
  const list = Array.isArray(specs) ? (specs as readonly SegmentSpec[]) : [specs as SegmentSpec];
  const isMany = many ?? (list.length > 1 || list.some((s) => s.max > 1));
  return { slot: name, codec, many: isMany, specs: list };
}

export function child(loop: LoopDef, many?: boolean): ChildDef {
  return { slot: `loop${loop.id}`, many: many ?? loop.max > 1, loop };
}

export function loopDef(
  id: string, name: string, usage: 'R' | 'S', max: number, slots: readonly SlotDef[], children: readonly ChildDef[] = [],
  opts: { hlLevel?: string; triggerQualifier?: readonly string[] } = {},
): LoopDef {
  const trigger = slots[0]?.specs[0]?.qualifier?.values;
  const triggerQualifier = opts.triggerQualifier ?? trigger;
  return {
    id, name, usage, max, slots, children,
    ...(opts.hlLevel ? { hlLevel: opts.hlLevel } : {}),
    ...(triggerQualifier && !opts.hlLevel ? { triggerQualifier } : {}),
  };
}

const HL_SPEC = (level: string): SegmentSpec => ({
  id: 'HL', name: 'Hierarchical Level', usage: 'R', max: 1, qualifier: { element: 3, values: [level] },
  elements: [
    { ref: 'HL01', name: 'Hierarchical ID Number', usage: 'R', type: 'AN', min: 1, max: 12 },
    { ref: 'HL02', name: 'Hierarchical Parent ID Number', usage: level === '20' ? 'N' : 'R', type: 'AN', min: 1, max: 12 },
    { ref: 'HL03', name: 'Hierarchical Level Code', usage: 'R', type: 'ID', min: 1, max: 2, codes: [level] },
    { ref: 'HL04', name: 'Hierarchical Child Code', usage: 'R', type: 'ID', min: 1, max: 1, codes: ['0', '1'] },
  ],
});

export function toLoopSpec(def: LoopDef): LoopSpec {
  const segments = def.slots.flatMap((s) => s.specs);
  return {
    id: def.id, name: def.name, usage: def.usage, max: def.max,
    segments: def.hlLevel ? [HL_SPEC(def.hlLevel), ...segments] : segments,
    loops: def.children.map((c) => toLoopSpec(c.loop)),
  };
}

export interface TransactionDef {
  guide: string;
  acceptedGuides: readonly string[];
  header: readonly SlotDef[];
  /** 1000A, 1000B, 2000A. */
  loops: readonly ChildDef[];
}

export function toTransactionSpec(def: TransactionDef): TransactionSpec {
  return {
    transactionSetId: '837',
    guide: def.guide,
    acceptedGuides: def.acceptedGuides,
    functionalIdentifier: 'HC',
    // ST and SE are the envelope's (X12-core checks them); the spec starts at BHT.
    header: def.header.flatMap((s) => s.specs),
    loops: def.loops.map((c) => toLoopSpec(c.loop)),
  };
}
