// Writes typed 837 loop objects back to segments in guide order. HL01/HL02 are numbered as the loops
// are written and HL04 is set once the children of each level are known. Values containing one of
// the delimiters are refused: 5010 has no release character, so the receiver would mis-split them.
import { AppError } from '../deps';
import { delimiterPattern, encodeSegment, encoderOf } from './codec';
import type { DelimiterHit, Encoder, SegmentCodec } from './codec';
import type { LoopDef, TransactionDef } from './loop-def';
import type { Delimiters, Segment } from '../segment';
import { oncePer } from '../once-per';

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
  hlCounter = 0;
  /** The loop and segment being written, for the delimiter error; one hit function for the whole run. */
  private where = { loop: '', segmentId: '' };
  readonly hit: DelimiterHit;
  readonly re: RegExp;

  constructor(readonly d: Delimiters) {
    this.hit = (field, ref, text, ch) => refuse(this.where.loop, this.where.segmentId, this.d)(field, ref, text, ch);
    this.re = delimiterPattern(d);
  }

  /** Appends a segment the writer owns, numbering its position. */
  push(seg: Segment): Segment {
    seg.position = this.out.length + 1;
    this.out.push(seg);
    return seg;
  }

  /** Appends a segment of the given elements. */
  add(id: string, elements: string[]): Segment {
    return this.push({ id, elements, position: 0 });
  }

  /** Names the loop and segment id about to be written, for the delimiter error. */
  at(loop: string, segmentId: string): void {
    this.where.loop = loop;
    this.where.segmentId = segmentId;
  }
}

/** Writes one instance of a loop; returns true when it was an HL level (so the parent knows it has children). */
type LoopWriter = (w: Writer, obj: Obj, parentHl: string) => boolean;

const loopWriterOf: (def: LoopDef) => LoopWriter = oncePer((def: LoopDef) => compileLoopWriter(def));

/**
 * Each loop definition becomes its own function, for the reason given at compileEncoder (codec.ts): it
 * reads its slots and child loops by their own names. Names and ids come from the loop definitions in
 * this module's source, never from data.
 */
function compileLoopWriter(def: LoopDef): LoopWriter {
  const q = JSON.stringify;
  const loop = q(def.id);
  const body = ['let v; let hl; let hlId = parentHl; let levels = 0;'];
  if (def.hlLevel) body.push(`hlId = String(++w.hlCounter); hl = w.add("HL", ["HL", hlId, parentHl, ${q(def.hlLevel)}, "0"]);`);
  def.slots.forEach((s, i) => {
    const write = `w.add(${q(s.codec.id)}, E[${i}](x, w.d, w.re, w.hit))`;
    body.push(`v = obj[${q(s.slot)}]; if (v !== undefined) { w.at(${loop}, ${q(s.codec.id)}); ${s.many ? `for (const x of v) ${write};` : `const x = v; ${write};`} }`);
  });
  def.children.forEach((c, i) => {
    body.push(`v = obj[${q(c.slot)}]; if (v !== undefined) ${c.many ? `for (const o of v) { if (C[${i}](w, o, hlId)) levels++; }` : `if (C[${i}](w, v, hlId)) levels++;`}`);
  });
  if (def.hlLevel) body.push('hl.elements[4] = levels > 0 ? "1" : "0";');
  body.push(`return ${def.hlLevel ? 'true' : 'false'};`);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- generated from the loop definitions only (see above)
  const make = new Function('E', 'C', `return function write${def.id.replace(/\W/g, '_')}(w, obj, parentHl) {\n${body.join('\n')}\n};`) as (E: Encoder[], C: LoopWriter[]) => LoopWriter;
  return make(def.slots.map((s) => encoderOf(s.codec)), def.children.map((c) => loopWriterOf(c.loop)));
}

/** Writes ST..SE for one transaction set; SE01 counts ST through SE. */
export function writeTransaction(def: TransactionDef, rootDef: LoopDef, root: Obj, controlNumber: string, d: Delimiters): Segment[] {
  const w = new Writer(d);
  w.push({ id: 'ST', elements: ['ST', '837', controlNumber, def.guide], position: 0 });
  loopWriterOf(rootDef)(w, root, '');
  w.push({ id: 'SE', elements: ['SE', String(w.out.length + 1), controlNumber], position: 0 });
  return w.out;
}
