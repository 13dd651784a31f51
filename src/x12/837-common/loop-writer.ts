// Writes typed 837 loop objects back to segments in guide order. HL01/HL02 are numbered as the loops
// are written and HL04 is set once the children of each level are known. Values containing one of
// the delimiters are refused: 5010 has no release character, so the receiver would mis-split them.
import { AppError } from '../deps';
import { encodeSegment } from './codec';
import type { DelimiterHit, SegmentCodec } from './codec';
import type { LoopDef, SlotDef, TransactionDef } from './loop-def';
import type { Delimiters, Segment } from '../segment';

type Obj = Record<string, unknown>;

function delimiterName(ch: string, d: Delimiters): string {
  if (ch === d.element) return 'the element separator';
  if (ch === d.segment) return 'the segment terminator';
  if (ch === d.repetition) return 'the repetition separator';
  return 'the component separator';
}

function refuse(loop: string, segmentId: string, d: Delimiters): DelimiterHit {
  return (field, ref, text, ch) => {
    throw new AppError('domain', '837.data.delimiter', `${ref} (${field}) in loop ${loop} contains '${ch}' (${delimiterName(ch, d)}): "${text}". X12 5010 cannot escape it; remove it from the data.`, { loop, segmentId, element: ref, field });
  };
}

/** Throws a named error for the first field whose value contains a delimiter. */
export function assertNoDelimiters(codec: SegmentCodec<unknown>, value: unknown, d: Delimiters, loop: string): void {
  encodeSegment(codec, value, d, refuse(loop, codec.id, d));
}

class Writer {
  readonly out: Segment[] = [];
  private hlCounter = 0;
  /** The loop and segment being written, for the delimiter error; one hit function for the whole run. */
  private where = { loop: '', segmentId: '' };
  private readonly hit: DelimiterHit;

  constructor(private readonly d: Delimiters) {
    this.hit = (field, ref, text, ch) => refuse(this.where.loop, this.where.segmentId, this.d)(field, ref, text, ch);
  }

  /** Appends a segment the writer owns (fresh from encodeSegment), numbering its position. */
  push(seg: Segment): Segment {
    seg.position = this.out.length + 1;
    this.out.push(seg);
    return seg;
  }

  slot(s: SlotDef, obj: Obj, loop: string): void {
    const v = obj[s.slot];
    const values = s.many ? ((v as unknown[] | undefined) ?? []) : v === undefined ? [] : [v];
    if (values.length === 0) return;
    this.where.loop = loop;
    this.where.segmentId = s.codec.id;
    for (const value of values) this.push(encodeSegment(s.codec, value, this.d, this.hit));
  }

  /** Writes a loop instance; returns true when it was an HL level (so the parent knows it has children). */
  loop(def: LoopDef, obj: Obj, parentHl: string): boolean {
    let hl: Segment | undefined;
    let hlId = parentHl;
    if (def.hlLevel) {
      hlId = String(++this.hlCounter);
      hl = this.push({ id: 'HL', elements: ['HL', hlId, parentHl, def.hlLevel, '0'], position: 0 });
    }
    for (const s of def.slots) this.slot(s, obj, def.id);
    let childLevels = 0;
    for (const c of def.children) {
      const v = obj[c.slot];
      const list = c.many ? ((v as Obj[] | undefined) ?? []) : v === undefined ? [] : [v as Obj];
      for (const o of list) if (this.loop(c.loop, o, hlId)) childLevels++;
    }
    if (hl) hl.elements[4] = childLevels > 0 ? '1' : '0';
    return hl !== undefined;
  }
}

/** Writes ST..SE for one transaction set; SE01 counts ST through SE. */
export function writeTransaction(def: TransactionDef, rootDef: LoopDef, root: Obj, controlNumber: string, d: Delimiters): Segment[] {
  const w = new Writer(d);
  w.push({ id: 'ST', elements: ['ST', '837', controlNumber, def.guide], position: 0 });
  w.loop(rootDef, root, '');
  w.push({ id: 'SE', elements: ['SE', String(w.out.length + 1), controlNumber], position: 0 });
  return w.out;
}
