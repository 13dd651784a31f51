// Reading typed values out of segments for the transaction parsers: money in cents, calendar dates,
// optional strings, composites. Bad values become findings, never exceptions.
import type { Delimiters, Segment, X12Finding } from './segment';
import { cents, fromX12Date, parseDollars, type Cents, type CalendarDate } from './deps';
import { splitOn } from './split';

/** How the mappers read values out of a segment: FieldReader on Segments, ByteFields (bytes/fields.ts) on the byte scanner's segments. */
export interface Fields<S> {
  /** Element n, or undefined when empty. */
  opt(s: S, n: number): string | undefined;
  str(s: S, n: number): string;
  /** Elements from n on, as sent, trailing empties dropped. */
  rest(s: S, n: number): string[];
  money(s: S, n: number, loop?: string): Cents;
  optMoney(s: S, n: number, loop?: string): Cents | undefined;
  date(s: S, n: number, loop?: string): CalendarDate | undefined;
  /** Components of composite element n ('' for absent components). */
  components(s: S, n: number): string[];
}

export class FieldReader implements Fields<Segment> {
  constructor(
    readonly delimiters: Delimiters,
    readonly findings: X12Finding[],
  ) {}

  /** Element n, or undefined when empty. */
  opt(s: Segment, n: number): string | undefined {
    const v = s.elements[n];
    return v === undefined || v === '' ? undefined : v;
  }

  str(s: Segment, n: number): string {
    return s.elements[n] ?? '';
  }

  /** Elements from n on, as sent, trailing empties dropped (for segments kept whole). */
  rest(s: Segment, n: number): string[] {
    const out = s.elements.slice(n);
    while (out.length > 0 && out[out.length - 1] === '') out.pop();
    return out;
  }

  money(s: Segment, n: number, loop?: string): Cents {
    return this.optMoney(s, n, loop) ?? cents(0);
  }

  optMoney(s: Segment, n: number, loop?: string): Cents | undefined {
    const v = this.opt(s, n);
    if (v === undefined) return undefined;
    const fast = fastCents(v);
    if (fast !== undefined) return fast;
    const parsed = parseDollars(v.startsWith('.') || v.startsWith('-.') ? v.replace('.', '0.') : v);
    if (parsed !== undefined) return parsed;
    const ref = `${s.id}${String(n).padStart(2, '0')}`;
    this.findings.push({
      severity: 'error', code: 'x12.amount.invalid', segmentPosition: s.position, segmentId: s.id, element: ref,
      message: `${ref} "${v.slice(0, 30)}" is not an amount in dollars and cents; it was read as 0.`, ik304: '8', ik403: '6', value: v,
      ...(loop ? { loop } : {}),
    });
    return undefined;
  }

  date(s: Segment, n: number, loop?: string): CalendarDate | undefined {
    const v = this.opt(s, n);
    if (v === undefined) return undefined;
    const d = fastDate(v) ?? fromX12Date(v);
    if (d) return d;
    const ref = `${s.id}${String(n).padStart(2, '0')}`;
    this.findings.push({
      severity: 'error', code: 'x12.date.invalid', segmentPosition: s.position, segmentId: s.id, element: ref,
      message: `${ref} "${v.slice(0, 30)}" is not a CCYYMMDD date; it was left out.`, ik304: '8', ik403: '8', value: v,
      ...(loop ? { loop } : {}),
    });
    return undefined;
  }

  /** Components of composite element n ('' for absent components). */
  components(s: Segment, n: number): string[] {
    return splitOn(s.elements[n] ?? '', this.delimiters.component);
  }
}

/** Decimal dollars to cents without a regex for the common shapes ('125', '125.5', '-0.07'); undefined otherwise. */
function fastCents(v: string): Cents | undefined {
  let i = 0;
  let sign = 1;
  if (v.charCodeAt(0) === 45) {
    sign = -1;
    i = 1;
  }
  let whole = 0;
  let digits = 0;
  for (; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 46) break;
    if (c < 48 || c > 57) return undefined;
    whole = whole * 10 + (c - 48);
    digits++;
  }
  if (digits === 0 || digits > 13) return undefined;
  let frac = 0;
  if (i < v.length) {
    const rest = v.length - i - 1;
    if (rest > 2) return undefined;
    for (let k = 1; k <= 2; k++) {
      const c = k <= rest ? v.charCodeAt(i + k) : 48;
      if (c < 48 || c > 57) return undefined;
      frac = frac * 10 + (c - 48);
    }
  }
  const value = sign * (whole * 100 + frac);
  return cents(value === 0 ? 0 : value);
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** CCYYMMDD to 'YYYY-MM-DD' without allocating a Date; undefined when not a real date. */
function fastDate(v: string): CalendarDate | undefined {
  if (v.length !== 8) return undefined;
  for (let i = 0; i < 8; i++) {
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  const y = Number(v.slice(0, 4));
  const m = (v.charCodeAt(4) - 48) * 10 + (v.charCodeAt(5) - 48);
  const d = (v.charCodeAt(6) - 48) * 10 + (v.charCodeAt(7) - 48);
  if (m < 1 || m > 12 || d < 1) return undefined;
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > DAYS[m - 1]! + (leap ? 1 : 0)) return undefined;
  return `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}` as CalendarDate;
}

/** Drops undefined properties so parsed objects compare and serialise cleanly. */
export function compact<T extends object>(o: T): T {
  const record = o as Record<string, unknown>;
  for (const k of Object.keys(record)) {
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- removing absent optional fields is the point
    if (record[k] === undefined) delete record[k];
  }
  return o;
}
