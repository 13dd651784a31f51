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

export function checkSegmentElements(s: Segment, spec: SegmentSpec, d: Delimiters, loop: string | undefined, out: X12Finding[]): void {
  if (spec.elements.length === 0) return;
  let maxPos = 0;
  for (const e of spec.elements) {
    const pos = elementPosition(e);
    if (pos > maxPos) maxPos = pos;
    const raw = s.elements[pos] ?? '';
    // Most elements are fine: check cheaply first, build the reference text only for a finding.
    if (raw !== '' && e.usage !== 'N' && !e.components && quickValid(e, raw, d)) continue;
    checkElement(s, e, raw, `${s.id}${pad(pos)}`, d, loop, out);
  }
  let last = s.elements.length - 1;
  while (last > 0 && s.elements[last] === '') last--;
  if (maxPos > 0 && last > maxPos) {
    out.push(elementFinding(s, loop, `${s.id}${pad(last)}`, '3', 'x12.element.too_many', `${s.id} has ${last} elements; the guide defines ${maxPos}.`, s.elements[last]));
  }
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
    default:
      return false;
  }
}

const NUMERIC = /^-?\d+$/;
const DECIMAL = /^-?(\d+(\.\d*)?|\.\d+)$/;
const TIME = /^([01]\d|2[0-3])[0-5]\d([0-5]\d(\d{1,2})?)?$/;

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

function validDate(v: string): boolean {
  let y: number, m: number, d: number;
  if (/^\d{8}$/.test(v)) [y, m, d] = [Number(v.slice(0, 4)), Number(v.slice(4, 6)), Number(v.slice(6, 8))];
  else if (/^\d{6}$/.test(v)) [y, m, d] = [2000 + Number(v.slice(0, 2)), Number(v.slice(2, 4)), Number(v.slice(4, 6))];
  else return false;
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return d <= days;
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
