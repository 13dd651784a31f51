// okBytes (check.ts) compiled once per segment check into a function of its own: the element positions,
// usages, kinds and lengths become constants in straight-line code, where okBytes reads them from the
// layout's arrays and branches on them for every element of every segment. Same answers (tested against
// okBytes); the source is made from the guide's specs, never from data.
import { AN, COMPOSITE, DATE, DECIMAL, ID, INTEGER, NOT_USED, REQUIRED, type Codes, type Layout, type SegmentCheck } from '../quick-check';
import { compositeOk, has, number, okBytes, validDate, valueOk } from './check';
import type { ByteSegment } from './segment';
import { oncePer } from '../once-per';

/** Whether checkSegmentElements would certainly find nothing in the segment (okBytes). */
export type ByteCheck = (s: ByteSegment) => boolean;

export const byteCheckOf: (check: SegmentCheck) => ByteCheck = oncePer((check: SegmentCheck) => compile(check));

function compile(check: SegmentCheck): ByteCheck {
  if (check.fixed !== undefined) return (s) => okBytes(check, s);
  const { positions, layout: l, restOptional, maxPos, repCode: rep, componentCode: comp } = check;
  // Elements past the spec's last one must be empty (okBytes' last test).
  const done = maxPos === 0 ? 'return true;' : `return count - 1 <= ${maxPos} || lastUsed(s) <= ${maxPos};`;
  const body = ['const buf = s.buf, starts = s.starts, ends = s.ends, count = s.count, plain = s.plain;', 'let a = 0, b = 0;'];
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i]!;
    // Past the segment's end from here on, every element is absent and may be (see SegmentCheck.restOptional).
    if (i >= restOptional) body.push(`if (count <= ${p}) { ${done} }`);
    body.push(`if (${p} < count) { a = starts[${p}]; b = ends[${p}]; } else { a = 0; b = 0; }`);
    body.push(`if (a === b) { ${l.usage[i] === REQUIRED ? 'return false;' : ''} } else if (${l.usage[i] === NOT_USED ? 'true' : failure(l, i, rep, comp)}) return false;`);
  }
  body.push(done);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- generated from the segment's spec only (see above)
  const make = new Function('K', 'L', 'value', 'composite', 'number', 'date', 'has', 'lastUsed', `return function check(s) {\n${body.join('\n')}\n};`) as (
    K: (Codes | undefined)[], L: (Layout | undefined)[], value: typeof valueOk, composite: typeof compositeOk, num: typeof number, date: typeof validDate,
    hasByte: typeof has, last: typeof lastUsed,
  ) => ByteCheck;
  return make(l.codes, l.components, valueOk, compositeOk, number, validDate, has, lastUsed);
}

/** An expression, over the value buf[a, b) of element spec i, that is true when the value may have a finding. */
function failure(l: Layout, i: number, rep: number, comp: number): string {
  const min = l.min[i]!;
  const max = l.max[i]!;
  const length = `b - a < ${min} || b - a > ${max}`;
  switch (l.kind[i]) {
    case AN:
      return `${length} || (!plain && !value(${AN}, buf, a, b, ${min}, ${max}, undefined, ${rep}, false))`;
    case ID:
      return l.codes[i] ? `${length} || !K[${i}].hasBytes(buf, a, b)` : `${length} || (!plain && has(buf, a, b, ${rep}))`;
    case DECIMAL:
      return `!number(buf, a, b, true, ${min}, ${max})`;
    case INTEGER:
      return `!number(buf, a, b, false, ${min}, ${max})`;
    case DATE:
      return `${length} || !date(buf, a, b - a)`;
    case COMPOSITE:
      return `!composite(L[${i}], buf, a, b, ${rep}, ${comp}, plain)`;
    default:
      return `!value(${l.kind[i]!}, buf, a, b, ${min}, ${max}, K[${i}], ${rep}, plain)`;
  }
}

/** The position of the segment's last non-empty element (okBytes' test for elements past the spec). */
function lastUsed(s: ByteSegment): number {
  let last = s.count - 1;
  while (last > 0 && s.length(last) === 0) last--;
  return last;
}
