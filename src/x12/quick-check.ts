// Element checks compiled once per segment spec and delimiters, for readers on a fast path (the streaming
// 835). A compiled check answers only "certainly no finding": true means checkSegmentElements would
// report nothing for the segment; false means it may (the caller then takes the general path, which
// reports exactly). It never builds a finding, splits nothing, and looks codes up in a Set.
import type { Delimiters, Segment } from './segment';
import type { ElementSpec, SegmentSpec } from './spec';
import { elementPosition, TIME, validDate } from './element-check';

const AN = 0;
const ID = 1;
const DECIMAL = 2;
const INTEGER = 3;
const DATE = 4;
const CLOCK = 5;
const NEVER = 6;

interface Value {
  kind: number;
  min: number;
  max: number;
  codes: ReadonlySet<string> | undefined;
  usage: ElementSpec['usage'];
}

interface Element extends Value {
  position: number;
  /** Components of a composite (undefined for a simple element). */
  components: readonly Value[] | undefined;
}

/** A check of segments against one spec: ok(s) is true only when checkSegmentElements(s, spec, d) would find nothing. */
export class SegmentCheck {
  private readonly elements: readonly Element[];
  private readonly maxPos: number;
  private readonly rep: number;
  private readonly component: string;
  /** Separators that make the quick answers unsound (never sure), or a spec without elements (always fine). */
  private readonly fixed: boolean | undefined;

  constructor(spec: SegmentSpec, d: Delimiters) {
    this.elements = spec.elements.map((e) => ({ ...value(e, d), position: elementPosition(e), components: e.components?.map((c) => value(c, d)) }));
    this.maxPos = Math.max(0, ...this.elements.map((e) => e.position));
    this.rep = d.repetition ? d.repetition.charCodeAt(0) : -1;
    this.component = d.component;
    // A repetition separator that could be part of a number, or one equal to the component separator,
    // makes the quick answers unsound; such rare interchanges are left to the general path.
    const odd = d.repetition.length > 1 || /[0-9.-]/.test(d.repetition) || d.repetition === d.component || d.component.length !== 1;
    this.fixed = spec.elements.length === 0 ? true : odd ? false : undefined;
  }

  ok(s: Segment): boolean {
    if (this.fixed !== undefined) return this.fixed;
    const els = s.elements;
    const elements = this.elements;
    for (let i = 0; i < elements.length; i++) {
      const e = elements[i]!;
      const raw = els[e.position] ?? '';
      if (raw === '') {
        if (e.usage === 'R') return false;
      } else if (e.usage === 'N' || !(e.components ? compositeOk(e.components, raw, this.component, this.rep) : valueOk(e, raw, this.rep))) return false;
    }
    let last = els.length - 1;
    while (last > 0 && els[last] === '') last--;
    return !(this.maxPos > 0 && last > this.maxPos);
  }
}

function value(e: ElementSpec, d: Delimiters): Value {
  const codes = e.codes && e.codes.length > 0 ? new Set(e.codes) : undefined;
  // A code holding a separator cannot be told apart cheaply: never certain.
  const clash = e.codes?.some((c) => (d.repetition && c.includes(d.repetition)) || c.includes(d.component));
  const kind = clash ? NEVER : { AN, ID, R: DECIMAL, N0: INTEGER, N2: INTEGER, DT: DATE, TM: CLOCK }[e.type];
  return { kind, min: e.min, max: e.max, codes, usage: e.usage };
}

function compositeOk(components: readonly Value[], raw: string, separator: string, rep: number): boolean {
  let at = 0;
  for (let i = 0; ; i++) {
    const next = raw.indexOf(separator, at);
    const end = next < 0 ? raw.length : next;
    if (i >= components.length) return false;
    const c = components[i]!;
    if (end === at) {
      if (c.usage === 'R') return false;
    } else if (c.usage === 'N' || !valueOk(c, raw.slice(at, end), rep)) return false;
    if (next < 0) {
      // Components after the last one sent are empty: none may be required.
      for (let k = i + 1; k < components.length; k++) if (components[k]!.usage === 'R') return false;
      return true;
    }
    at = next + 1;
  }
}

/** quickValid of element-check.ts, with the repetition separator looked for in the same pass. */
function valueOk(e: Value, v: string, rep: number): boolean {
  const n = v.length;
  switch (e.kind) {
    case AN:
      if (n < e.min || n > e.max) return false;
      for (let i = 0; i < n; i++) {
        const c = v.charCodeAt(i);
        if (c < 32 || c === 127 || c === 0xfffd || c === rep) return false;
      }
      return true;
    case ID:
      if (n < e.min || n > e.max) return false;
      if (e.codes) return e.codes.has(v);
      return rep < 0 || v.indexOf(String.fromCharCode(rep)) < 0;
    case DECIMAL:
      return number(v, true, e.min, e.max);
    case INTEGER:
      return number(v, false, e.min, e.max);
    case DATE:
      return n >= e.min && n <= e.max && validDate(v);
    case CLOCK:
      return n >= e.min && n <= e.max && (rep < 0 || v.indexOf(String.fromCharCode(rep)) < 0) && TIME.test(v);
    default:
      return false;
  }
}

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
