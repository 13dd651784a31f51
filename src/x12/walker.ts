// The generic loop walker: groups a transaction's segments into the guide's loops using each loop's
// trigger segment (with its qualifier, HL03 for HL loops), checks repeats, required segments and loops,
// the HL parent chain, and (optionally) every element. Segments are pushed one at a time, so a huge
// 835 can be walked in constant memory by letting closed loops go (retain: false).
import type { Delimiters, LoopNode, Segment, SegmentRef, X12Finding } from './index-types';
import type { LoopSpec, SegmentSpec, TransactionSpec } from './spec';
import { checkSegmentElements } from './element-check';
import { HlChain } from './hl-chain';
import { loopIndex, matchIndexed, qualifierMatches, type LoopIndex } from './match';

export interface WalkOptions {
  /** Check every element against its spec (needs the delimiters for composites). */
  validate?: { delimiters: Delimiters };
  /** Keep closed loops in the tree (default true); false (for all, or for the specs the function rejects) lets them go after onLoopClose. */
  retain?: boolean | ((spec: LoopSpec) => boolean);
  /** Called when a loop instance is complete, with its spec and the open ancestors (outermost first; the array is reused, copy it to keep it). */
  onLoopClose?(node: LoopNode, spec: LoopSpec, ancestors: readonly LoopNode[]): void;
}

export interface WalkResult {
  /** ST and the header segments (BHT, BPR, TRN...). */
  header: Segment[];
  loops: LoopNode[];
  /** Trailer segments (PLB...) and SE. */
  trailer: Segment[];
  findings: X12Finding[];
}

type Route = { kind: 'segment'; level: number; index: number; weak: boolean } | { kind: 'loop'; level: number; index: number } | { kind: 'none' };

const NOWHERE: Route = { kind: 'none' };

interface Frame {
  spec: LoopSpec;
  index: LoopIndex;
  node: LoopNode;
  segCounts: number[];
  loopCounts: number[];
  lastSeg: number;
  childOpened: boolean;
  /** Highest child loop index opened so far (loops below it have been checked for presence). */
  lastLoop: number;
  /** Required segments and loops already reported missing (so closing does not repeat them). */
  reported: Set<number | string> | undefined;
}

export class LoopWalker {
  readonly findings: X12Finding[] = [];
  private readonly stack: Frame[] = [];
  /** The nodes of `stack`, kept in step, handed to onLoopClose without allocating. */
  private readonly nodes: LoopNode[] = [];
  private readonly root: Frame;
  private readonly result: WalkResult;
  private readonly retain: (spec: LoopSpec) => boolean;
  private readonly hl = new HlChain(this.findings);
  private readonly knownIds: Set<string>;
  private inTrailer = false;
  private last: SegmentRef | undefined;

  constructor(
    private readonly spec: TransactionSpec,
    private readonly options: WalkOptions = {},
  ) {
    const retain = options.retain ?? true;
    this.retain = typeof retain === 'function' ? retain : () => retain;
    const rootSpec: LoopSpec = { id: '', name: 'Header', usage: 'R', max: 1, segments: [...spec.header, ...(spec.trailer ?? [])], loops: spec.loops };
    this.result = { header: [], loops: [], trailer: [], findings: this.findings };
    this.root = this.frame(rootSpec, { id: '', segments: this.result.header, loops: this.result.loops });
    this.stack.push(this.root);
    this.nodes.push(this.root.node);
    this.knownIds = collectIds(spec);
  }

  push(s: Segment): void {
    this.last = s;
    if (s.id === 'ST' || s.id === 'SE') {
      if (s.id === 'SE') this.closeTo(0, s);
      (s.id === 'ST' ? this.result.header : this.result.trailer).push(s);
      return;
    }
    const r = this.route(s);
    if (r.kind === 'segment') return this.addSegment(r.level, r.index, s, r.weak);
    if (r.kind === 'loop') return this.openLoop(r.level, r.index, s);
    const top = this.stack.length - 1;
    const known = this.knownIds.has(s.id);
    this.addFinding(s, known ? 'x12.segment.unexpected' : 'x12.segment.not_in_set',
      known ? `${s.id} is not expected here${this.stack[top]!.spec.id ? ` (in loop ${this.stack[top]!.spec.id})` : ''}.` : `${s.id} is not a segment of the ${this.spec.transactionSetId} (${this.spec.guide}).`,
      known ? '2' : '6', this.stack[top]!.spec.id);
    this.stack[top]!.node.segments.push(s);
  }

  /**
   * When pushing s (not ST or SE) would open a loop: closes the loops that doing so closes, as push would,
   * and returns the id of the loop s opens. Otherwise changes nothing and returns undefined. A specialised
   * reader (the fast 835 path) calls it at a loop's trigger, then skipLoop once it has read the loop.
   */
  closeForLoop(s: Segment): string | undefined {
    const r = this.route(s);
    if (r.kind !== 'loop') return undefined;
    this.closeTo(r.level + 1, s);
    return this.stack[r.level]!.spec.loops[r.index]!.id;
  }

  /**
   * For a specialised reader that read and checked a whole loop instance itself, finding nothing wrong:
   * does what pushing its segments would do to the open loops (counting it as opened from `trigger`,
   * after closeForLoop) without building its node or calling onLoopClose for it. `last` is the instance's
   * last segment. Returns false, changing nothing, unless trigger opens `loopId`.
   */
  skipLoop(trigger: Segment, loopId: string, last: SegmentRef): boolean {
    const r = this.route(trigger);
    if (trigger.id === 'HL' || r.kind !== 'loop' || this.stack[r.level]!.spec.loops[r.index]!.id !== loopId) return false;
    this.openLoop(r.level, r.index, trigger, true);
    this.last = last;
    return true;
  }

  /** Where push(s) puts s: the innermost strong segment match or loop trigger, else the first weak match. */
  private route(s: Segment): Route {
    let weak: Route | undefined;
    for (let level = this.stack.length - 1; level >= 0; level--) {
      const f = this.stack[level]!;
      const m = matchIndexed(f.spec.segments, f.index.segments.get(s.id), s, f === this.root ? 0 : 1);
      if (m.index >= 0 && m.strong) return { kind: 'segment', level, index: m.index, weak: false };
      if (m.index >= 0 && !weak) weak = { kind: 'segment', level, index: m.index, weak: true };
      const child = this.matchLoop(f, s);
      if (child >= 0) return { kind: 'loop', level, index: child };
    }
    return weak ?? NOWHERE;
  }

  finish(): WalkResult {
    const end = this.last ?? { id: 'SE', elements: ['SE'], position: 0 };
    if (this.stack.length > 0) this.closeTo(0, end);
    this.closeFrame(this.root, end);
    this.stack.length = 0;
    this.nodes.length = 0;
    this.hl.finish();
    return this.result;
  }

  private frame(spec: LoopSpec, node: LoopNode): Frame {
    return { spec, index: loopIndex(spec), node, segCounts: new Array<number>(spec.segments.length).fill(0), loopCounts: new Array<number>(spec.loops.length).fill(0), lastSeg: -1, childOpened: false, lastLoop: -1, reported: undefined };
  }

  private matchLoop(f: Frame, s: Segment): number {
    const candidates = f.index.loops.get(s.id);
    if (!candidates) return -1;
    for (const i of candidates) if (qualifierMatches(f.spec.loops[i]!.segments[0]!, s)) return i;
    return -1;
  }

  private addSegment(level: number, index: number, s: Segment, weak = false): void {
    this.closeTo(level + 1, s);
    const f = this.stack[level]!;
    const segSpec = f.spec.segments[index]!;
    const loop = f.spec.id || undefined;
    if (f === this.root) {
      const isTrailer = index >= this.spec.header.length;
      if (isTrailer) this.inTrailer = true;
      (isTrailer ? this.result.trailer : this.result.header).push(s);
      if (!isTrailer && (f.childOpened || this.inTrailer)) this.outOfSequence(s, segSpec, loop);
    } else {
      f.node.segments.push(s);
      if ((f.childOpened && !segSpec.afterLoops) || index < f.lastSeg) this.outOfSequence(s, segSpec, loop);
    }
    // Everything up to lastSeg is present or already reported: only the skipped range can be missing.
    if (index > f.lastSeg + 1) this.checkDue(f, 0, s, index, false, f.lastSeg + 1);
    f.lastSeg = Math.max(f.lastSeg, index);
    if (++f.segCounts[index]! > segSpec.max) {
      this.addFinding(s, 'x12.segment.over_max_use', `${s.id} (${segSpec.name}) appears more than the ${segSpec.max} time(s) the guide allows${loop ? ` in loop ${loop}` : ''}.`, '5', loop);
    }
    if (weak && segSpec.qualifier) {
      const q = segSpec.qualifier;
      const ref = `${s.id}${String(q.element).padStart(2, '0')}`;
      this.findings.push({ severity: 'error', code: 'x12.element.invalid_code', segmentPosition: s.position, segmentId: s.id, ...(loop ? { loop } : {}), element: ref, message: `${ref} "${s.elements[q.element] ?? ''}" is not a qualifier the guide allows here (expected ${q.values.join(', ')}).`, ik304: '8', ik403: '7', value: s.elements[q.element] ?? '' });
    } else if (this.options.validate) {
      checkSegmentElements(s, segSpec, this.options.validate.delimiters, loop, this.findings);
    }
  }

  /** Opens child loop `index` of stack[level] at s; `skipped`: the loop was read elsewhere, count it only. */
  private openLoop(level: number, index: number, s: Segment, skipped = false): void {
    this.closeTo(level + 1, s);
    const parent = this.stack[level]!;
    const spec = parent.spec.loops[index]!;
    if (!parent.childOpened) this.checkDue(parent, index, s);
    else if (index > parent.lastLoop + 1) this.checkDue(parent, index, s, 0, false, 0, parent.lastLoop + 1);
    parent.childOpened = true;
    if (index > parent.lastLoop) parent.lastLoop = index;
    if (parent === this.root && this.inTrailer) this.outOfSequence(s, spec.segments[0]!, spec.id);
    if (++parent.loopCounts[index]! > spec.max) {
      this.addFinding(s, 'x12.loop.over_max', `Loop ${spec.id} (${spec.name}) repeats more than the ${spec.max} time(s) the guide allows.`, '4', spec.id);
    }
    if (skipped) return;
    const node: LoopNode = { id: spec.id, segments: [], loops: [] };
    parent.node.loops.push(node);
    const f = this.frame(spec, node);
    this.stack.push(f);
    this.nodes.push(node);
    if (s.id === 'HL') this.hl.open(s, spec.id, this.enclosingHl());
    f.node.segments.push(s);
    f.segCounts[0] = 1;
    f.lastSeg = 0;
    if (this.options.validate) checkSegmentElements(s, spec.segments[0]!, this.options.validate.delimiters, spec.id, this.findings);
  }

  private enclosingHl(): Segment | undefined {
    for (let i = this.stack.length - 2; i > 0; i--) {
      const first = this.stack[i]!.node.segments[0];
      if (first?.id === 'HL') return first;
    }
    return undefined;
  }

  /** Closes every frame above `level` (keeps stack[0..level-1]). */
  private closeTo(level: number, next: SegmentRef): void {
    while (this.stack.length > Math.max(level, 1)) {
      const f = this.stack.pop()!;
      this.nodes.pop();
      this.closeFrame(f, next);
      const parent = this.stack[this.stack.length - 1]!;
      this.options.onLoopClose?.(f.node, f.spec, this.nodes);
      if (!this.retain(f.spec)) parent.node.loops.pop();
    }
  }

  private closeFrame(f: Frame, next: SegmentRef): void {
    this.checkDue(f, f.spec.loops.length, next, f.spec.segments.length, true);
  }

  /**
   * Reports required segments and required child loops that should have come before `next`: the loop's
   * own segments (up to segLimit) come before its child loops, and child loops come in guide order.
   */
  private checkDue(f: Frame, loopLimit: number, next: SegmentRef, segLimit = f === this.root ? this.spec.header.length : f.spec.segments.length, closing = false, segFrom = 0, loopFrom = 0): void {
    const loop = f.spec.id || undefined;
    const segs = f.spec.segments;
    for (let i = segFrom; i < segLimit && i < segs.length; i++) {
      const seg = segs[i]!;
      if (seg.usage !== 'R' || f.segCounts[i] !== 0 || (seg.afterLoops && !closing) || f.reported?.has(i) || this.sameIdPresent(f, seg)) continue;
      (f.reported ??= new Set()).add(i);
      this.addFinding(next, 'x12.segment.required_missing', `Required segment ${seg.id}${qualifierText(seg)} (${seg.name}) is missing${loop ? ` in loop ${loop}` : ''}.`, '3', loop, seg.id);
    }
    const loops = f.spec.loops;
    for (let i = loopFrom; i < loopLimit && i < loops.length; i++) {
      const l = loops[i]!;
      if (l.usage !== 'R' || f.loopCounts[i] !== 0 || f.reported?.has(`loop${i}`)) continue;
      (f.reported ??= new Set()).add(`loop${i}`);
      this.addFinding(next, 'x12.loop.required_missing', `Required loop ${l.id} (${l.name}) is missing${loop ? ` in loop ${loop}` : ''}.`, '3', l.id, l.segments[0]?.id);
    }
  }

  /** Two specs for one segment id (DTP*472 or DTP*471) count as one requirement only if both are required. */
  private sameIdPresent(f: Frame, seg: SegmentSpec): boolean {
    if (!seg.qualifier) return false;
    return f.spec.segments.some((other, i) => other !== seg && other.id === seg.id && other.usage === 'R' && !other.qualifier && f.segCounts[i]! > 0);
  }

  private outOfSequence(s: Segment, spec: SegmentSpec, loop: string | undefined): void {
    this.addFinding(s, 'x12.segment.out_of_sequence', `${s.id} (${spec.name}) is out of the order the guide sets${loop ? ` in loop ${loop}` : ''}.`, '7', loop, undefined, 'warning');
  }

  private addFinding(s: SegmentRef, code: string, message: string, ik304: string, loop?: string, segmentId?: string, severity: X12Finding['severity'] = 'error'): void {
    const f: X12Finding = { severity, code, segmentPosition: s.position, segmentId: segmentId ?? s.id, message, ik304 };
    if (loop) f.loop = loop;
    this.findings.push(f);
  }
}

function qualifierText(seg: SegmentSpec): string {
  return seg.qualifier ? `*${seg.qualifier.values.join('/')}` : '';
}

function collectIds(spec: TransactionSpec): Set<string> {
  const ids = new Set<string>();
  const visit = (l: { segments: readonly SegmentSpec[]; loops: readonly LoopSpec[] }): void => {
    for (const s of l.segments) ids.add(s.id);
    for (const c of l.loops) visit(c);
  };
  visit({ segments: [...spec.header, ...(spec.trailer ?? [])], loops: spec.loops });
  return ids;
}

/** Walks one transaction set (ST..SE) into its loops; with `validate`, element findings too. */
export function walkLoops(spec: TransactionSpec, segments: readonly Segment[], options: WalkOptions = {}): WalkResult {
  const walker = new LoopWalker(spec, options);
  for (const s of segments) walker.push(s);
  return walker.finish();
}

/** Walks and validates one transaction set against its spec: structure and every element. */
export function validateTransaction(spec: TransactionSpec, segments: readonly Segment[], delimiters: Delimiters): WalkResult {
  return walkLoops(spec, segments, { validate: { delimiters } });
}
