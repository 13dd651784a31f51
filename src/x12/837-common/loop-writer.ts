// Writes typed 837 loop objects back to segments in guide order. HL01/HL02 are numbered as the loops
// are written and HL04 is set once the children of each level are known. Values containing one of
// the delimiters are refused: 5010 has no release character, so the receiver would mis-split them.
import { AppError } from '../deps';
import { encodeSegment } from './codec';
import type { SegmentCodec } from './codec';
import type { LoopDef, SlotDef, TransactionDef } from './loop-def';
import type { Delimiters, Segment } from '../segment';

type Obj = Record<string, unknown>;

function delimiterIn(text: string, d: Delimiters, allowComponent: boolean): string | undefined {
  for (const [name, ch] of [['element separator', d.element], ['segment terminator', d.segment], ['repetition separator', d.repetition], ['component separator', d.component]] as const) {
    if (name === 'component separator' && allowComponent) continue;
    if (ch && text.includes(ch)) return `'${ch}' (the ${name})`;
  }
  return undefined;
}

/** Throws a named error for the first field whose value contains a delimiter. */
export function assertNoDelimiters(codec: SegmentCodec<unknown>, value: unknown, d: Delimiters, loop: string): void {
  const rec = value as Obj;
  const check = (field: string, ref: string, text: unknown): void => {
    if (typeof text !== 'string') return;
    const hit = delimiterIn(text, d, false);
    if (hit) {
      throw new AppError('domain', '837.data.delimiter', `${ref} (${field}) in loop ${loop} contains ${hit}: "${text}". X12 5010 cannot escape it; remove it from the data.`, { loop, segmentId: codec.id, element: ref, field });
    }
  };
  for (const [field, def] of Object.entries(codec.fields)) {
    const ref = `${codec.id}${String(def[0]).padStart(2, '0')}`;
    const v = rec[field];
    if (typeof def[1] === 'string') check(field, ref, v);
    else if (v && typeof v === 'object') def[1].forEach((c, i) => check(`${field}.${c}`, `${ref}-${i + 1}`, (v as Obj)[c]));
  }
  if (codec.list) {
    const entries = (rec[codec.list.name] as unknown[] | undefined) ?? [];
    entries.forEach((entry, i) => {
      if (typeof entry === 'string') check(codec.list!.name, `${codec.id}${i + codec.list!.from}`, entry);
      else for (const [k, v] of Object.entries(entry as Obj)) check(`${codec.list!.name}[${i}].${k}`, codec.id, v);
    });
  }
}

class Writer {
  readonly out: Segment[] = [];
  private hlCounter = 0;

  constructor(private readonly d: Delimiters) {}

  push(seg: Segment): Segment {
    const s = { ...seg, position: this.out.length + 1 };
    this.out.push(s);
    return s;
  }

  slot(s: SlotDef, obj: Obj, loop: string): void {
    const v = obj[s.slot];
    const values = s.many ? ((v as unknown[] | undefined) ?? []) : v === undefined ? [] : [v];
    for (const value of values) {
      assertNoDelimiters(s.codec, value, this.d, loop);
      this.push(encodeSegment(s.codec, value, this.d));
    }
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
