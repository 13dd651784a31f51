// FieldReader (field-reader.ts) on a ByteSegment: amounts go from bytes to integer cents and dates from
// bytes to a shared 'YYYY-MM-DD' string, without a string per element. It reads only the common shapes
// (FieldReader's fast paths); any other value sets `doubt` and reads as absent, and the caller hands the
// segment to the text reader, which reads it (or reports it) exactly.
import type { Fields } from '../field-reader';
import { cents, type CalendarDate, type Cents } from '../deps';
import { digits } from './check';
import type { ByteSegment } from './segment';
import { elementText, StringTable } from './text';

export class ByteFields implements Fields<ByteSegment> {
  /** Set when a value was left unread: what was read from the segment is not to be used. */
  doubt = false;

  /** `component`: the component separator's character code. */
  constructor(private readonly component: number) {}

  opt(s: ByteSegment, n: number): string | undefined {
    return s.length(n) === 0 ? undefined : s.text(n);
  }

  str(s: ByteSegment, n: number): string {
    return s.text(n);
  }

  rest(s: ByteSegment, n: number): string[] {
    const out: string[] = [];
    for (let i = n; i < s.count; i++) out.push(s.text(i));
    while (out.length > 0 && out[out.length - 1] === '') out.pop();
    return out;
  }

  money(s: ByteSegment, n: number): Cents {
    return this.optMoney(s, n) ?? cents(0);
  }

  optMoney(s: ByteSegment, n: number): Cents | undefined {
    if (s.length(n) === 0) return undefined;
    const v = amount(s.buf, s.starts[n]!, s.ends[n]!);
    if (v === undefined) this.doubt = true;
    return v;
  }

  date(s: ByteSegment, n: number): CalendarDate | undefined {
    if (s.length(n) === 0) return undefined;
    const v = calendarDate(s, s.starts[n]!, s.ends[n]!);
    if (v === undefined) this.doubt = true;
    return v;
  }

  components(s: ByteSegment, n: number): string[] {
    if (s.length(n) === 0) return [''];
    const { buf, starts, ends } = s;
    const end = ends[n]!;
    // Counted first, so the array is made at its size (pushing would reserve room for 17).
    let count = 1;
    for (let i = starts[n]!; i < end; i++) if (buf[i] === this.component) count++;
    const out = new Array<string>(count);
    let at = starts[n]!;
    for (let k = 0; k < count - 1; k++) {
      let next = at;
      while (buf[next] !== this.component) next++;
      out[k] = elementText(s, at, next);
      at = next + 1;
    }
    out[count - 1] = elementText(s, at, end);
    return out;
  }
}

/** fastCents (field-reader.ts) on bytes: '125', '125.5', '-0.07'; undefined for any other shape. */
function amount(buf: Buffer, start: number, end: number): Cents | undefined {
  let i = start;
  let sign = 1;
  if (buf[i] === 45) {
    sign = -1;
    i++;
  }
  let whole = 0;
  const first = i;
  for (; i < end; i++) {
    const c = buf[i]!;
    if (c === 46) break;
    if (c < 48 || c > 57) return undefined;
    whole = whole * 10 + (c - 48);
  }
  if (i === first || i - first > 13) return undefined;
  let frac = 0;
  if (i < end) {
    const rest = end - i - 1;
    if (rest > 2) return undefined;
    for (let k = 1; k <= 2; k++) {
      const c = k <= rest ? buf[i + k]! : 48;
      if (c < 48 || c > 57) return undefined;
      frac = frac * 10 + (c - 48);
    }
  }
  const value = sign * (whole * 100 + frac);
  return cents(value === 0 ? 0 : value);
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Dates repeat from claim to claim: one string per day, kept in a table like the short strings (text.ts). */
const dates = new StringTable(10);

/** fastDate (field-reader.ts) on bytes: CCYYMMDD that names a real day, as 'YYYY-MM-DD'. */
function calendarDate(s: ByteSegment, start: number, end: number): CalendarDate | undefined {
  if (end - start !== 8) return undefined;
  const key = digits(s.buf, start, 8);
  if (key < 0) return undefined;
  const known = dates.get(key);
  if (known !== undefined) return known as CalendarDate;
  const y = Math.floor(key / 10_000);
  const m = Math.floor(key / 100) % 100;
  const d = key % 100;
  if (m < 1 || m > 12 || d < 1) return undefined;
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > DAYS[m - 1]! + (leap ? 1 : 0)) return undefined;
  const v = s.chars();
  const text = `${v.slice(start, start + 4)}-${v.slice(start + 4, start + 6)}-${v.slice(start + 6, end)}` as CalendarDate;
  dates.set(key, text);
  return text;
}
