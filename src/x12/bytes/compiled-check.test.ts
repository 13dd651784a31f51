import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_DELIMITERS } from '../segment';
import { SegmentCheck } from '../quick-check';
import { spec835 } from '../835/index';
import type { LoopSpec, SegmentSpec } from '../spec';
import { okBytes } from './check';
import { byteCheckOf } from './compiled-check';
import { ByteSegment } from './segment';

const d = DEFAULT_DELIMITERS;

/** A ByteSegment as the byte scanner (feed.ts) fills it from `id*e1*e2…`. */
function byteSegment(id: string, elements: readonly string[]): ByteSegment {
  const text = [id, ...elements].join(d.element);
  const s = new ByteSegment();
  s.setBuffer(Buffer.from(text, 'latin1'));
  s.start = 0;
  s.end = text.length;
  s.count = 0;
  let at = 0;
  for (const e of [id, ...elements]) {
    if (s.count === s.starts.length) s.grow();
    s.starts[s.count] = at;
    s.ends[s.count] = at + e.length;
    s.count++;
    at += e.length + 1;
  }
  const all = elements.join('');
  s.plain = true;
  for (let i = 0; i < all.length; i++) {
    const c = all.charCodeAt(i);
    if (c < 32 || c >= 127 || all[i] === d.repetition) s.plain = false;
  }
  return s;
}

function segments(loop: LoopSpec): SegmentSpec[] {
  return [...loop.segments, ...loop.loops.flatMap(segments)];
}

const specs = [...spec835.header, ...spec835.loops.flatMap(segments)];

/** Values near what each element allows: codes, digits, dates, separators, control characters, empties. */
const value = fc.oneof(
  fc.constantFrom('', '1', '22', 'CO', 'PR', '45', 'HC', 'MI', 'QC', '472', 'D8', '6R', 'B6', '99213', 'ZZZZ', 'X'),
  fc.constantFrom('20240212', '20240231', '240212', '0930', '2460', '100.50', '-12', '1.2.3', '.5', '12345678901234567890'),
  fc.constantFrom('HC:99213', 'HC:99213:25:59', 'HC::25', ':', 'A^B', 'TAB\tX', 'DEL\x7f'),
  fc.stringMatching(/^[A-Z0-9 .-]{0,12}$/),
);

describe('byteCheckOf', () => {
  it('answers as okBytes for every 835 segment spec, on values near and far from what it allows', () => {
    expect(specs.length).toBeGreaterThan(20);
    fc.assert(
      fc.property(fc.nat(specs.length - 1), fc.array(value, { maxLength: 14 }), (i, elements) => {
        const check = new SegmentCheck(specs[i]!, d);
        const s = byteSegment(specs[i]!.id, elements);
        expect(byteCheckOf(check)(s)).toBe(okBytes(check, s));
      }),
      { numRuns: 20_000 },
    );
  });

  it('takes a clean service line and refuses a required element left empty', () => {
    const svc = specs.find((s) => s.id === 'SVC')!;
    const check = byteCheckOf(new SegmentCheck(svc, d));
    expect(check(byteSegment('SVC', ['HC:99213', '100', '60', '', '1']))).toBe(true);
    expect(check(byteSegment('SVC', ['HC:99213', '', '60']))).toBe(false);
  });
});
