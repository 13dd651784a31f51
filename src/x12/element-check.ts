// Element-level validation against an ElementSpec: usage, type, length and code values, each problem
// mapped to its 999 IK403 code (1 missing, 3 too many elements, 4 too short, 5 too long, 6 invalid
// character, 7 invalid code, 8 invalid date, 9 invalid time, 13 too many components, I10 not used).
import type { Delimiters, Segment, X12Finding } from './segment';
import type { ElementSpec, SegmentSpec } from './spec';

const refCache = new WeakMap<ElementSpec, number>();

/** Element position from a ref such as 'CLM05' or 'CLM05-3' (the two digits after the segment id). */
export function elementPosition(spec: ElementSpec): number {
  let p = refCache.get(spec);
  if (p === undefined) {
    const m = /(\d{2})(?:-\d+)?$/.exec(spec.ref);
    p = m ? Number(m[1]) : 0;
    refCache.set(spec, p);
  }
  return p;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

const positionsCache = new WeakMap<SegmentSpec, { positions: number[]; max: number }>();

function positionsOf(spec: SegmentSpec): { positions: number[]; max: number } {
  let p = positionsCache.get(spec);
  if (!p) {
    const positions = spec.elements.map(elementPosition);
    p = { positions, max: Math.max(0, ...positions) };
    positionsCache.set(spec, p);
  }
  return p;
}

export function checkSegmentElements(s: Segment, spec: SegmentSpec, d: Delimiters, loop: string | undefined, out: X12Finding[]): void {
  const n = spec.elements.length;
  if (n === 0) return;
  const { positions, max: maxPos } = positionsOf(spec);
  for (let i = 0; i < n; i++) {
    const e = spec.elements[i]!;
    const pos = positions[i]!;
    const raw = s.elements[pos] ?? '';
    // Most elements are fine: check cheaply first, build the reference text only for a finding.
    if (raw === '' ? e.usage !== 'R' : e.usage !== 'N' && (e.components ? quickComposite(e, raw, d) : quickValid(e, raw, d))) continue;
    checkElement(s, e, raw, `${s.id}${pad(pos)}`, d, loop, out);
  }
  let last = s.elements.length - 1;
  while (last > 0 && s.elements[last] === '') last--;
  if (maxPos > 0 && last > maxPos) {
    out.push(elementFinding(s, loop, `${s.id}${pad(last)}`, '3', 'x12.element.too_many', `${s.id} has ${last} elements; the guide defines ${maxPos}.`, s.elements[last]));
  }
}

function quickComposite(e: ElementSpec, raw: string, d: Delimiters): boolean {
  if (d.repetition && raw.includes(d.repetition)) return false;
  const parts = raw.split(d.component);
  const comps = e.components!;
  if (parts.length > comps.length) return false;
  for (let i = 0; i < comps.length; i++) {
    const c = comps[i]!;
    const v = parts[i] ?? '';
    if (v === '' ? c.usage === 'R' : c.usage === 'N' || !quickValid(c, v, d)) return false;
  }
  return true;
}

function checkElement(s: Segment, e: ElementSpec, raw: string, ref: string, d: Delimiters, loop: string | undefined, out: X12Finding[]): void {
  if (raw === '') {
    if (e.usage === 'R') out.push(elementFinding(s, loop, ref, '1', 'x12.element.required_missing', `${ref} (${e.name}) is required but empty.`, '', e));
    return;
  }
  if (e.usage === 'N') {
    out.push(elementFinding(s, loop, ref, 'I10', 'x12.element.not_used', `${ref} (${e.name}) is not used in this guide but has "${clip(raw)}".`, raw, e));
    return;
  }
  const values = d.repetition && raw.includes(d.repetition) ? raw.split(d.repetition) : [raw];
  for (const value of values) {
    if (e.components && e.components.length > 0) checkComposite(s, e, value, ref, d, loop, out);
    else checkValue(s, e, value, ref, loop, out);
  }
}

function checkComposite(s: Segment, e: ElementSpec, value: string, ref: string, d: Delimiters, loop: string | undefined, out: X12Finding[]): void {
  const parts = value.split(d.component);
  const comps = e.components!;
  const foreign = parts.length === 1 && comps.length > 1 ? /[>:<|!\\]/.exec(value) : null;
  if (foreign) {
    out.push(elementFinding(s, loop, ref, '6', 'x12.element.wrong_component_separator', `${ref} (${e.name}) "${clip(value)}" separates its components with '${foreign[0]}' but the ISA16 component separator of this interchange is '${d.component}'.`, value, e));
    return;
  }
  if (parts.length > comps.length) {
    out.push(elementFinding(s, loop, `${ref}-${parts.length}`, '13', 'x12.element.too_many_components', `${ref} (${e.name}) has ${parts.length} components; the guide defines ${comps.length}.`, value, e));
  }
  comps.forEach((c, i) => {
    const cref = `${ref}-${i + 1}`;
    const v = parts[i] ?? '';
    if (v === '') {
      if (c.usage === 'R') out.push(elementFinding(s, loop, cref, '1', 'x12.element.required_missing', `${cref} (${c.name}) is required but empty.`, '', c));
    } else if (c.usage === 'N') {
      out.push(elementFinding(s, loop, cref, 'I10', 'x12.element.not_used', `${cref} (${c.name}) is not used in this guide but has "${clip(v)}".`, v, c));
    } else checkValue(s, c, v, cref, loop, out);
  });
}

/** True when a simple (non-composite, non-repeated) value certainly passes type, length and code checks. */
function quickValid(e: ElementSpec, v: string, d: Delimiters): boolean {
  if (d.repetition && v.includes(d.repetition)) return false;
  const n = v.length;
  switch (e.type) {
    case 'AN':
      if (n < e.min || n > e.max) return false;
      for (let i = 0; i < n; i++) {
        const c = v.charCodeAt(i);
        if (c < 32 || c === 127 || c === 0xfffd) return false;
      }
      return true;
    case 'ID':
      return n >= e.min && n <= e.max && (!e.codes || e.codes.length === 0 || e.codes.includes(v));
    case 'R': {
      let digits = 0;
      let dot = false;
      for (let i = 0; i < n; i++) {
        const c = v.charCodeAt(i);
        if (c >= 48 && c <= 57) digits++;
        else if (c === 46 && !dot) dot = true;
        else if (!(c === 45 && i === 0)) return false;
      }
      return digits >= Math.max(1, e.min) && digits <= e.max;
    }
    case 'N0':
    case 'N2': {
      let digits = 0;
      for (let i = 0; i < n; i++) {
        const c = v.charCodeAt(i);
        if (c >= 48 && c <= 57) digits++;
        else if (!(c === 45 && i === 0)) return false;
      }
      return digits >= Math.max(1, e.min) && digits <= e.max;
    }
    case 'DT':
      return n >= e.min && n <= e.max && validDate(v);
    case 'TM':
      return n >= e.min && n <= e.max && TIME.test(v);
    default:
      return false;
  }
}

const NUMERIC = /^-?\d+$/;
const DECIMAL = /^-?(\d+(\.\d*)?|\.\d+)$/;
export const TIME = /^([01]\d|2[0-3])[0-5]\d([0-5]\d(\d{1,2})?)?$/;

function checkValue(s: Segment, e: ElementSpec, v: string, ref: string, loop: string | undefined, out: X12Finding[]): void {
  const label = `${ref} (${e.name})`;
  let length = v.length;
  switch (e.type) {
    case 'N0':
    case 'N2':
      if (!NUMERIC.test(v)) return void out.push(elementFinding(s, loop, ref, '6', 'x12.element.not_numeric', `${label} "${clip(v)}" must be a whole number${e.type === 'N2' ? ' (2 implied decimals)' : ''}.`, v, e));
      length = v.replace('-', '').length;
      break;
    case 'R':
      if (!DECIMAL.test(v)) return void out.push(elementFinding(s, loop, ref, '6', 'x12.element.not_decimal', `${label} "${clip(v)}" must be a decimal number such as 125.5.`, v, e));
      length = v.replace(/[-.]/g, '').length;
      break;
    case 'DT':
      if (!validDate(v)) return void out.push(elementFinding(s, loop, ref, '8', 'x12.element.invalid_date', `${label} "${clip(v)}" is not a valid ${e.max === 6 ? 'YYMMDD' : 'CCYYMMDD'} date.`, v, e));
      break;
    case 'TM':
      if (!TIME.test(v)) return void out.push(elementFinding(s, loop, ref, '9', 'x12.element.invalid_time', `${label} "${clip(v)}" is not a valid HHMM[SS] time.`, v, e));
      break;
    default:
      for (let i = 0; i < v.length; i++) {
        const c = v.charCodeAt(i);
        if (c < 32 || c === 127 || c === 0xfffd) {
          return void out.push(elementFinding(s, loop, ref, '6', 'x12.element.invalid_character', `${label} contains an invalid character at position ${i + 1}.`, v, e));
        }
      }
  }
  if (length < e.min) return void out.push(elementFinding(s, loop, ref, '4', 'x12.element.too_short', `${label} "${clip(v)}" is shorter than the minimum ${e.min}.`, v, e));
  if (length > e.max) return void out.push(elementFinding(s, loop, ref, '5', 'x12.element.too_long', `${label} is ${length} long; the maximum is ${e.max}.`, v, e));
  if (e.codes && e.codes.length > 0 && !e.codes.includes(v)) {
    out.push(elementFinding(s, loop, ref, '7', 'x12.element.invalid_code', `${label} "${clip(v)}" is not a valid code here (expected ${e.codes.slice(0, 12).join(', ')}${e.codes.length > 12 ? ', ...' : ''}).`, v, e));
  }
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digitsAt(v: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    n = n * 10 + (c - 48);
  }
  return n;
}

/** CCYYMMDD, or YYMMDD for 6-character date elements, that names a real day. */
export function validDate(v: string): boolean {
  const short = v.length === 6;
  if (!short && v.length !== 8) return false;
  const year = digitsAt(v, 0, short ? 2 : 4);
  const y = short && year >= 0 ? 2000 + year : year;
  const m = digitsAt(v, short ? 2 : 4, 2);
  const d = digitsAt(v, short ? 4 : 6, 2);
  return realDay(y, m, d);
}

/** Whether year y (negative: not a number), month m, day d name a real day. */
export function realDay(y: number, m: number, d: number): boolean {
  if (y < 0 || m < 1 || m > 12 || d < 1) return false;
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= DAYS_IN_MONTH[m - 1]! + (leap ? 1 : 0);
}

function clip(v: string): string {
  return v.length > 40 ? `${v.slice(0, 40)}...` : v;
}

function elementFinding(s: Segment, loop: string | undefined, ref: string, ik403: string, code: string, message: string, value?: string, e?: ElementSpec): X12Finding {
  const f: X12Finding = { severity: 'error', code, segmentPosition: s.position, segmentId: s.id, element: ref, message, ik304: '8', ik403 };
  if (loop) f.loop = loop;
  if (value !== undefined) f.value = value.slice(0, 99);
  if (e?.dataElement) f.elementReference = e.dataElement;
  return f;
}
