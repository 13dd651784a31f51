// Element checks compiled once per segment spec and delimiters, for readers on a fast path (the streaming
// 835). A compiled check answers only "certainly no finding": ok() is true only when checkSegmentElements
// would report nothing for the segment; false means it may (the caller then takes the general path, which
// reports exactly). It builds no finding and splits nothing; the spec is laid out in typed arrays so the
// check is one tight loop.
import type { Delimiters, Segment } from './segment';
import type { ElementSpec, SegmentSpec } from './spec';
import { elementPosition, TIME, validDate } from './element-check';

export const AN = 0;
export const ID = 1;
export const DECIMAL = 2;
export const INTEGER = 3;
export const DATE = 4;
export const CLOCK = 5;
export const NEVER = 6;
export const COMPOSITE = 7;
const KINDS: Record<ElementSpec['type'], number> = { AN, ID, R: DECIMAL, N0: INTEGER, N2: INTEGER, DT: DATE, TM: CLOCK };

export const SITUATIONAL = 0;
export const REQUIRED = 1;
export const NOT_USED = 2;
const USAGES: Record<ElementSpec['usage'], number> = { S: SITUATIONAL, R: REQUIRED, N: NOT_USED };

/** Element (or component) specs as parallel arrays. */
export class Layout {
  readonly kind: Uint8Array;
  readonly usage: Uint8Array;
  readonly min: Int32Array;
  readonly max: Int32Array;
  readonly codes: (Codes | undefined)[];
  readonly components: (Layout | undefined)[];

  constructor(specs: readonly ElementSpec[], d: Delimiters) {
    this.kind = Uint8Array.from(specs.map((e) => kindOf(e, d)));
    this.usage = Uint8Array.from(specs.map((e) => USAGES[e.usage]));
    this.min = Int32Array.from(specs.map((e) => e.min));
    this.max = Int32Array.from(specs.map((e) => e.max));
    this.codes = specs.map((e) => (e.codes && e.codes.length > 0 ? new Codes(e.codes) : undefined));
    this.components = specs.map((e) => (e.components ? new Layout(e.components, d) : undefined));
  }
}

/**
 * A code list, looked up by a number made of the characters for codes of up to 3 ASCII characters (all
 * the 835's): hashing a freshly sliced string for a Set<string> costs more than the rest of the check.
 */
export class Codes {
  private readonly short: KeySet;
  private readonly long = new Set<string>();

  constructor(codes: readonly string[]) {
    const keys: number[] = [];
    for (const c of codes) {
      const k = keyOf(c);
      if (k >= 0) keys.push(k);
      else this.long.add(c);
    }
    this.short = new KeySet(keys);
  }

  has(v: string): boolean {
    const k = keyOf(v);
    return k >= 0 ? this.short.has(k) : this.long.has(v);
  }

  /** has() of buf[start, end), bytes all ASCII. */
  hasBytes(buf: Buffer, start: number, end: number): boolean {
    const n = end - start;
    if (n === 0 || n > 3) return this.long.has(buf.toString('latin1', start, end));
    let k = n;
    for (let i = start; i < end; i++) k = (k << 7) | buf[i]!;
    return this.short.has(k);
  }
}

/** A set of non-negative numbers, open-addressed in a typed array: a lookup is a multiply and a probe or two. */
class KeySet {
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(keys: readonly number[]) {
    let size = 8;
    while (size < keys.length * 4) size <<= 1;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (const k of keys) {
      let i = spread(k) & this.mask;
      while (this.slots[i] !== -1 && this.slots[i] !== k) i = (i + 1) & this.mask;
      this.slots[i] = k;
    }
  }

  has(k: number): boolean {
    for (let i = spread(k) & this.mask; ; i = (i + 1) & this.mask) {
      const v = this.slots[i];
      if (v === k) return true;
      if (v === -1) return false;
    }
  }
}

function spread(k: number): number {
  const h = Math.imul(k, 0x9e3779b1);
  return h ^ (h >>> 16);
}

/** A number for a string of 1 to 3 characters below 128 (distinct for distinct strings), else -1. */
function keyOf(v: string): number {
  const n = v.length;
  if (n === 0 || n > 3) return -1;
  let k = n;
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    if (c >= 128) return -1;
    k = (k << 7) | c;
  }
  return k;
}

function kindOf(e: ElementSpec, d: Delimiters): number {
  if (e.components) return COMPOSITE;
  // A code holding a separator cannot be told apart cheaply: never certain.
  const clash = e.codes?.some((c) => (d.repetition && c.includes(d.repetition)) || c.includes(d.component));
  return clash ? NEVER : KINDS[e.type];
}

/** Its fields are read by the byte version of ok() too (bytes/check.ts). */
export class SegmentCheck {
  readonly layout: Layout;
  /** The element position (in the segment) of each element spec. */
  readonly positions: Int32Array;
  readonly maxPos: number;
  /** From this index on, an element past the segment's end is absent and may be: the rest need no look. */
  readonly restOptional: number;
  readonly rep: string;
  readonly component: string;
  /** The repetition separator's character code (-1 when there is none) and the component separator's. */
  readonly repCode: number;
  readonly componentCode: number;
  /** Separators that make the quick answers unsound (never sure), or a spec without elements (always fine). */
  readonly fixed: boolean | undefined;

  constructor(spec: SegmentSpec, d: Delimiters) {
    this.layout = new Layout(spec.elements, d);
    this.positions = Int32Array.from(spec.elements.map(elementPosition));
    this.maxPos = Math.max(0, ...this.positions);
    const ascending = this.positions.every((p, i) => i === 0 || p > this.positions[i - 1]!);
    const lastRequired = spec.elements.findLastIndex((e) => e.usage === 'R');
    this.restOptional = ascending ? lastRequired + 1 : this.positions.length;
    this.rep = d.repetition;
    this.component = d.component;
    this.repCode = d.repetition ? d.repetition.charCodeAt(0) : -1;
    this.componentCode = d.component.charCodeAt(0);
    // A repetition separator that could be part of a number, or one equal to the component separator,
    // makes the quick answers unsound; such rare interchanges are left to the general path.
    const odd = d.repetition.length > 1 || /[0-9.-]/.test(d.repetition) || d.repetition === d.component || d.component.length !== 1;
    this.fixed = spec.elements.length === 0 ? true : odd ? false : undefined;
  }

  /** True only when checkSegmentElements(s, spec, d) would find nothing; `count` is the number of elements of s (with its id). */
  ok(s: Segment, count = s.elements.length): boolean {
    if (this.fixed !== undefined) return this.fixed;
    const els = s.elements;
    const positions = this.positions;
    const l = this.layout;
    for (let i = 0; i < positions.length; i++) {
      const p = positions[i]!;
      if (p >= count && i >= this.restOptional) break;
      const v = p < count ? els[p]! : '';
      if (!fieldOk(l, i, v, this.rep, this.component)) return false;
    }
    if (this.maxPos === 0 || count - 1 <= this.maxPos) return true;
    let last = count - 1;
    while (last > 0 && els[last] === '') last--;
    return last <= this.maxPos;
  }
}

function fieldOk(l: Layout, i: number, v: string, rep: string, component: string): boolean {
  const kind = l.kind[i]!;
  if (kind === COMPOSITE && v.length > 0 && l.usage[i] !== NOT_USED) return compositeOk(l.components[i]!, v, rep, component);
  return componentOk(l, i, v, rep);
}

/** A simple element, or one component of a composite. */
function componentOk(l: Layout, i: number, v: string, rep: string): boolean {
  const usage = l.usage[i];
  if (v.length === 0) return usage !== REQUIRED;
  if (usage === NOT_USED) return false;
  return valueOk(l.kind[i]!, v, l.min[i]!, l.max[i]!, l.codes[i], rep);
}

/** quickComposite of element-check.ts without splitting. */
function compositeOk(l: Layout, raw: string, rep: string, component: string): boolean {
  const n = l.kind.length;
  let at = 0;
  for (let i = 0; ; i++) {
    const next = raw.indexOf(component, at);
    if (i >= n) return false;
    if (!componentOk(l, i, raw.slice(at, next < 0 ? raw.length : next), rep)) return false;
    if (next < 0) {
      // Components after the last one sent are empty: none may be required.
      for (let k = i + 1; k < n; k++) if (l.usage[k] === REQUIRED) return false;
      return true;
    }
    at = next + 1;
  }
}

/** quickValid of element-check.ts, the repetition separator looked for in the same pass. */
function valueOk(kind: number, v: string, min: number, max: number, codes: Codes | undefined, rep: string): boolean {
  const n = v.length;
  switch (kind) {
    case AN: {
      if (n < min || n > max) return false;
      const r = rep ? rep.charCodeAt(0) : -1;
      for (let i = 0; i < n; i++) {
        const c = v.charCodeAt(i);
        if (c < 32 || c === 127 || c === 0xfffd || c === r) return false;
      }
      return true;
    }
    case ID:
      if (n < min || n > max) return false;
      // The codes hold no repetition separator (else the kind is NEVER), so a listed value has none.
      return codes ? codes.has(v) : !rep || v.indexOf(rep) < 0;
    case DECIMAL:
      return number(v, true, min, max);
    case INTEGER:
      return number(v, false, min, max);
    case DATE:
      return n >= min && n <= max && validDate(v);
    case CLOCK:
      return n >= min && n <= max && (!rep || v.indexOf(rep) < 0) && TIME.test(v);
    default:
      return false;
  }
}

/** A decimal (or, with decimal false, whole) number of min to max digits, as quickValid reads it. */
function number(v: string, decimal: boolean, min: number, max: number): boolean {
  let digits = 0;
  let dot = !decimal;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46 && !dot) dot = true;
    else if (!(c === 45 && i === 0)) return false;
  }
  return digits >= Math.max(1, min) && digits <= max;
}
