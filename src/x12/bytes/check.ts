// SegmentCheck.ok (quick-check.ts) on a ByteSegment: the same compiled element checks, read from the bytes
// without making a string per element. Like ok(), true only when checkSegmentElements would find nothing.
// The byte scanner hands over ASCII segments only, so no byte here is part of a multi-byte character.
import { AN, CLOCK, COMPOSITE, DATE, DECIMAL, ID, INTEGER, NOT_USED, REQUIRED, type Codes, type Layout, type SegmentCheck } from '../quick-check';
import { realDay, TIME } from '../element-check';
import type { ByteSegment } from './segment';

export function okBytes(check: SegmentCheck, s: ByteSegment): boolean {
  if (check.fixed !== undefined) return check.fixed;
  const { positions, layout: l, restOptional, repCode: rep } = check;
  const { buf, starts, ends, count, plain } = s;
  // componentOk and fieldOk written out: this loop runs for every element of every claim.
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i]!;
    const start = p < count ? starts[p]! : 0;
    const end = p < count ? ends[p]! : 0;
    if (start === end) {
      if (p >= count && i >= restOptional) break;
      if (l.usage[i] === REQUIRED) return false;
      continue;
    }
    if (l.usage[i] === NOT_USED) return false;
    const kind = l.kind[i]!;
    if (kind === COMPOSITE ? !compositeOk(l.components[i]!, buf, start, end, rep, check.componentCode, plain) : !valueOk(kind, buf, start, end, l.min[i]!, l.max[i]!, l.codes[i], rep, plain)) return false;
  }
  if (check.maxPos === 0 || count - 1 <= check.maxPos) return true;
  let last = count - 1;
  while (last > 0 && s.length(last) === 0) last--;
  return last <= check.maxPos;
}

function componentOk(l: Layout, i: number, buf: Buffer, start: number, end: number, rep: number, plain: boolean): boolean {
  const usage = l.usage[i];
  if (end === start) return usage !== REQUIRED;
  if (usage === NOT_USED) return false;
  return valueOk(l.kind[i]!, buf, start, end, l.min[i]!, l.max[i]!, l.codes[i], rep, plain);
}

export function compositeOk(l: Layout, buf: Buffer, start: number, end: number, rep: number, component: number, plain: boolean): boolean {
  const n = l.kind.length;
  let at = start;
  for (let i = 0; ; i++) {
    let next = at;
    while (next < end && buf[next] !== component) next++;
    if (i >= n) return false;
    if (!componentOk(l, i, buf, at, next, rep, plain)) return false;
    if (next === end) {
      // Components after the last one sent are empty: none may be required.
      for (let k = i + 1; k < n; k++) if (l.usage[k] === REQUIRED) return false;
      return true;
    }
    at = next + 1;
  }
}

/** `plain`: the segment has no byte an AN value may not hold (ByteSegment.plain), so its lengths are all to check. */
export function valueOk(kind: number, buf: Buffer, start: number, end: number, min: number, max: number, codes: Codes | undefined, rep: number, plain: boolean): boolean {
  const n = end - start;
  switch (kind) {
    case AN:
      if (n < min || n > max) return false;
      if (plain) return true;
      for (let i = start; i < end; i++) {
        const c = buf[i]!;
        if (c < 32 || c === 127 || c === rep) return false;
      }
      return true;
    case ID:
      if (n < min || n > max) return false;
      return codes ? codes.hasBytes(buf, start, end) : plain || !has(buf, start, end, rep);
    case DECIMAL:
      return number(buf, start, end, true, min, max);
    case INTEGER:
      return number(buf, start, end, false, min, max);
    case DATE:
      return n >= min && n <= max && validDate(buf, start, n);
    case CLOCK:
      return n >= min && n <= max && !has(buf, start, end, rep) && TIME.test(buf.toString('latin1', start, end));
    default:
      return false;
  }
}

export function has(buf: Buffer, start: number, end: number, c: number): boolean {
  for (let i = start; i < end; i++) if (buf[i] === c) return true;
  return false;
}

/** A decimal (or, with decimal false, whole) number of min to max digits, as quickValid reads it. */
export function number(buf: Buffer, start: number, end: number, decimal: boolean, min: number, max: number): boolean {
  let digits = 0;
  let dot = !decimal;
  for (let i = start; i < end; i++) {
    const c = buf[i]!;
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46 && !dot) dot = true;
    else if (!(c === 45 && i === start)) return false;
  }
  return digits >= Math.max(1, min) && digits <= max;
}

/** validDate (element-check.ts) of n bytes: CCYYMMDD, or YYMMDD when 6 long. */
export function validDate(buf: Buffer, start: number, n: number): boolean {
  const short = n === 6;
  if (!short && n !== 8) return false;
  const year = digits(buf, start, short ? 2 : 4);
  const y = short && year >= 0 ? 2000 + year : year;
  return realDay(y, digits(buf, start + (short ? 2 : 4), 2), digits(buf, start + (short ? 4 : 6), 2));
}

/** The number written by count digits at from, or -1. */
export function digits(buf: Buffer, from: number, count: number): number {
  let v = 0;
  for (let i = from; i < from + count; i++) {
    const c = buf[i]!;
    if (c < 48 || c > 57) return -1;
    v = v * 10 + (c - 48);
  }
  return v;
}
