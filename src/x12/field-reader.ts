// Reading typed values out of segments for the transaction parsers: money in cents, calendar dates,
// optional strings, composites. Bad values become findings, never exceptions.
import type { Delimiters, Segment, X12Finding } from './segment';
import { cents, fromX12Date, parseDollars, type Cents, type CalendarDate } from './deps';

export class FieldReader {
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
    const d = fromX12Date(v);
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
    return (s.elements[n] ?? '').split(this.delimiters.component);
  }
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
