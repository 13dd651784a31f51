// Strings from ASCII bytes. Short values (qualifiers, codes, units) repeat on every claim: they are looked
// up by a number made of their bytes and shared, so reading one allocates nothing and the claims kept in
// memory share them. Longer values are sliced from the chunk's text (latin1: the bytes are ASCII).
import type { ByteSegment } from './segment';

const SHORT = 4;
/** Bounds the table: a file with a great many distinct short values only stops sharing new ones. */
const MAX_SHARED = 50_000;
const shared = new Map<number, string>();

/** The segment's chunk's bytes [start, end) as a string. */
export function elementText(s: ByteSegment, start: number, end: number): string {
  const n = end - start;
  if (n === 0) return '';
  if (n > SHORT) return s.chars().slice(start, end);
  const buf = s.buf;
  let key = n;
  for (let i = start; i < end; i++) key = (key << 7) | buf[i]!;
  let text = shared.get(key);
  if (text === undefined) {
    text = buf.toString('latin1', start, end);
    if (shared.size < MAX_SHARED) shared.set(key, text);
  }
  return text;
}
