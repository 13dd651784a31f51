// Reads one 837 ST..SE into typed loop objects, driven by the loop definitions. A segment goes to the
// innermost open loop that has a slot for it, or starts a child loop it triggers, else closes loops
// outward. HL segments place 2000A/B/C by their parent id, not by position.
import { decodeSegment } from './codec';
import type { DecodeProblem } from './codec';
import type { ChildDef, LoopDef, SlotDef, TransactionDef } from './loop-def';
import type { Delimiters, Segment, X12Finding } from '../segment';
import type { NM1Segment } from './segments';

type Obj = Record<string, unknown>;

interface Frame {
  def: LoopDef;
  obj: Obj;
  childCounts: Map<string, number>;
  parent?: Frame;
}

export interface ReadResult {
  root: Obj;
  controlNumber: string;
  guide: string;
  findings: X12Finding[];
  /** Where each decoded segment object came from (its segment position), for findings on the typed object. */
  positions: ReadonlyMap<object, number>;
  /** NM1 segments carrying an NPI, with their loop. */
  npiNames: readonly { name: NM1Segment; loop: string }[];
}

/** A loop object with its keys in guide order (absent singles as undefined), so JSON output reads like the file. */
function emptyLoop(def: LoopDef): Obj {
  const obj: Obj = {};
  for (const s of def.slots) obj[s.slot] = s.many ? [] : undefined;
  for (const c of def.children) obj[c.slot] = c.many ? [] : undefined;
  return obj;
}

function qualifierMatches(values: readonly string[] | undefined, seg: Segment): boolean {
  return !values || values.includes(seg.elements[1] ?? '');
}

interface Lookup {
  /** Segment id -> the slot that holds it (the trigger slot excluded for non-HL loops). */
  slots: Map<string, SlotDef>;
  /** Segment id -> the child loops it may start. */
  children: Map<string, ChildDef[]>;
}

const lookups = new WeakMap<LoopDef, Lookup>();

/** Per-loop maps from segment id to slot and child loops, built once (the reader's hot path). */
function lookupOf(def: LoopDef, isRoot: boolean): Lookup {
  let l = lookups.get(def);
  if (!l) {
    const slots = new Map<string, SlotDef>();
    def.slots.forEach((x, i) => {
      if ((i > 0 || def.hlLevel || isRoot) && !slots.has(x.codec.id)) slots.set(x.codec.id, x);
    });
    const children = new Map<string, ChildDef[]>();
    for (const c of def.children) {
      const id = c.loop.slots[0]?.codec.id;
      if (c.loop.hlLevel || !id) continue;
      children.set(id, [...(children.get(id) ?? []), c]);
    }
    l = { slots, children };
    lookups.set(def, l);
  }
  return l;
}

class Reader {
  readonly findings: X12Finding[] = [];
  readonly positions = new Map<object, number>();
  /** NM1 segments with an NPI (NM108 = XX), for the check-digit check. */
  readonly npiNames: { name: NM1Segment; loop: string }[] = [];
  private readonly stack: Frame[] = [];
  private readonly hlFrames = new Map<string, Frame>();
  private readonly hlParents: { id: string; parent: string; childCode: string; seg: Segment }[] = [];

  constructor(private readonly d: Delimiters, readonly root: Frame) {
    this.stack.push(root);
  }

  private finding(seg: Segment, code: string, message: string, extra: Partial<X12Finding> = {}): void {
    const loop = this.stack[this.stack.length - 1]?.def.id;
    this.findings.push({ severity: 'error', code, segmentPosition: seg.position, segmentId: seg.id, ...(loop ? { loop } : {}), message, ...extra });
  }

  private store(frame: Frame, s: SlotDef, seg: Segment): void {
    const problems: DecodeProblem[] = [];
    const value = decodeSegment(s.codec, seg, this.d, problems) as NM1Segment;
    this.positions.set(value, seg.position);
    if (seg.id === 'NM1' && seg.elements[8] === 'XX') this.npiNames.push({ name: value, loop: frame.def.id });
    for (const p of problems) {
      const ref = `${seg.id}${String(p.position).padStart(2, '0')}`;
      this.finding(seg, '837.element.bad_value', `${ref} "${p.value}" is not a valid ${p.kind === 'amount' ? 'amount' : 'number'}`, { element: ref, ik403: '6', loop: frame.def.id });
    }
    if (s.many) (frame.obj[s.slot] as unknown[]).push(value);
    else if (frame.obj[s.slot] !== undefined) {
      this.finding(seg, '837.segment.repeat', `${seg.id} appears more than once in loop ${frame.def.id}; only the first is kept`, { ik304: '5', loop: frame.def.id });
    } else frame.obj[s.slot] = value;
  }

  private openChild(frame: Frame, c: ChildDef, seg: Segment | undefined): Frame {
    const f: Frame = { def: c.loop, obj: emptyLoop(c.loop), childCounts: new Map(), parent: frame };
    const n = (frame.childCounts.get(c.slot) ?? 0) + 1;
    frame.childCounts.set(c.slot, n);
    if (c.many) (frame.obj[c.slot] as unknown[]).push(f.obj);
    else if (frame.obj[c.slot] === undefined) frame.obj[c.slot] = f.obj;
    if (seg && n > c.loop.max) {
      this.finding(seg, '837.loop.repeat', `loop ${c.loop.id} (${c.loop.name}) repeats ${n} times; the guide allows ${c.loop.max}`, { ik304: '4', loop: c.loop.id });
    }
    return f;
  }

  segment(seg: Segment): void {
    if (seg.id === 'HL') return this.hl(seg);
    for (let level = this.stack.length - 1; level >= 0; level--) {
      const frame = this.stack[level]!;
      const lookup = lookupOf(frame.def, frame === this.root);
      const s = lookup.slots.get(seg.id);
      if (s) {
        this.stack.length = level + 1;
        this.store(frame, s, seg);
        return;
      }
      const c = lookup.children.get(seg.id)?.find((x) => qualifierMatches(x.loop.triggerQualifier, seg));
      if (c) {
        this.stack.length = level + 1;
        const f = this.openChild(frame, c, seg);
        this.store(f, c.loop.slots[0]!, seg);
        this.stack.push(f);
        return;
      }
    }
    this.finding(seg, '837.segment.unexpected', `${seg.id}${seg.elements[1] ? `*${seg.elements[1]}` : ''} is not expected here by the 837 guide; it was skipped`, { ik304: '2' });
  }

  private hl(seg: Segment): void {
    const [, id = '', parent = '', level = '', childCode = ''] = seg.elements;
    const expected = String(this.hlParents.length + 1);
    const loop = { '20': '2000A', '22': '2000B', '23': '2000C' }[level] ?? 'HL';
    if (id !== expected) this.finding(seg, '837.hl.sequence', `HL01 is ${id}; expected ${expected} (HL numbers start at 1 and increase by 1)`, { element: 'HL01', loop });
    this.hlParents.push({ id, parent, childCode, seg });
    const parentLevel = level === '22' ? '20' : level === '23' ? '22' : undefined;
    let parentFrame: Frame | undefined = this.root;
    if (level !== '20') {
      parentFrame = this.hlFrames.get(parent);
      if (!parentFrame || parentFrame.def.hlLevel !== parentLevel) {
        this.finding(seg, '837.hl.parent', `HL02 ${parent || '(empty)'} does not name a level-${parentLevel ?? '?'} HL before it`, { element: 'HL02', loop });
        parentFrame = [...this.stack].reverse().find((f) => f.def.hlLevel === parentLevel);
      }
    } else if (parent) {
      this.finding(seg, '837.hl.parent', 'HL02 must be empty for the billing provider level (HL03=20)', { element: 'HL02', loop });
    }
    const c = parentFrame?.def.children.find((x) => x.loop.hlLevel === level);
    if (!parentFrame || !c) {
      this.finding(seg, '837.hl.level', `HL03 ${level} is not an 837 level here (20 billing provider, 22 subscriber, 23 patient)`, { element: 'HL03', ik403: '7', loop });
      return;
    }
    const f = this.openChild(parentFrame, c, seg);
    this.hlFrames.set(id, f);
    const chain: Frame[] = [];
    for (let x: Frame | undefined = f; x; x = x.parent) chain.unshift(x);
    this.stack.length = 0;
    this.stack.push(...chain);
  }

  finish(): void {
    for (const h of this.hlParents) {
      const hasChild = this.hlParents.some((x) => x.parent === h.id && x.id !== h.id);
      const want = hasChild ? '1' : '0';
      if (h.childCode !== want) {
        this.findings.push({
          severity: 'error', code: '837.hl.child_code', segmentPosition: h.seg.position, segmentId: 'HL', element: 'HL04',
          loop: { '20': '2000A', '22': '2000B', '23': '2000C' }[h.seg.elements[3] ?? ''] ?? 'HL',
          message: `HL04 is ${h.childCode || '(empty)'} but HL ${h.id} ${hasChild ? 'has' : 'has no'} child levels; expected ${want}`,
        });
      }
    }
  }
}

/** Reads ST..SE (inclusive) of one 837 transaction set. */
export function readTransaction(def: TransactionDef, rootDef: LoopDef, segments: readonly Segment[], d: Delimiters): ReadResult {
  const root: Frame = { def: rootDef, obj: emptyLoop(rootDef), childCounts: new Map() };
  const reader = new Reader(d, root);
  const st = segments[0];
  const se = segments[segments.length - 1];
  const guide = st?.elements[3] ?? '';
  const controlNumber = st?.elements[2] ?? '';
  if (!st || st.id !== 'ST' || st.elements[1] !== '837') {
    reader.findings.push({ severity: 'error', code: '837.st.missing', segmentPosition: st?.position ?? 0, segmentId: st?.id ?? '', message: 'the transaction does not start with ST*837' });
  } else if (guide !== def.guide) {
    const accepted = def.acceptedGuides.includes(guide);
    reader.findings.push({
      severity: accepted ? 'warning' : 'error', code: accepted ? '837.guide.errata' : '837.guide.unknown',
      segmentPosition: st.position, segmentId: 'ST', element: 'ST03',
      message: accepted
        ? `ST03 ${guide} is an errata/draft variant; read as ${def.guide} (the HIPAA-adopted guide)`
        : `ST03 ${guide || '(empty)'} is not ${def.guide}`,
    });
  }
  const body = segments.slice(1, se?.id === 'SE' ? -1 : undefined);
  for (const seg of body) reader.segment(seg);
  reader.finish();
  checkTrailer(segments, se, controlNumber, reader.findings);
  return { root: root.obj, controlNumber, guide, findings: reader.findings, positions: reader.positions, npiNames: reader.npiNames };
}

function checkTrailer(segments: readonly Segment[], se: Segment | undefined, controlNumber: string, findings: X12Finding[]): void {
  if (!se || se.id !== 'SE') {
    findings.push({ severity: 'error', code: '837.se.missing', segmentPosition: se?.position ?? 0, segmentId: se?.id ?? '', message: 'the transaction does not end with SE' });
    return;
  }
  if (se.elements[1] !== String(segments.length)) {
    findings.push({ severity: 'error', code: '837.se.count', segmentPosition: se.position, segmentId: 'SE', element: 'SE01', message: `SE01 says ${se.elements[1] ?? ''} segments; ST..SE has ${segments.length}` });
  }
  if (se.elements[2] !== controlNumber) {
    findings.push({ severity: 'error', code: '837.se.control_number', segmentPosition: se.position, segmentId: 'SE', element: 'SE02', message: `SE02 ${se.elements[2] ?? ''} differs from ST02 ${controlNumber}` });
  }
}
