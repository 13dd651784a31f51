// Strings from ASCII bytes. Short values (qualifiers, codes, units) repeat on every claim: they are looked
// up by a number made of their bytes and shared, so reading one allocates nothing and the claims kept in
// memory share them. Longer values are sliced from the chunk's text (latin1: the bytes are ASCII).
import type { ByteSegment } from './segment';

const SHORT = 4;

/**
 * A fixed-size table from a number to the string it stands for, direct-mapped: a slot holds the last
 * string whose number hashed there (a Map costs more per lookup than making most short strings does).
 */
export class StringTable {
  private readonly keys: Int32Array;
  private readonly values: string[];
  private readonly mask: number;

  constructor(bits: number) {
    this.keys = new Int32Array(1 << bits).fill(-1);
    this.values = new Array<string>(1 << bits).fill('');
    this.mask = (1 << bits) - 1;
  }

  /** The string for key (a non-negative number), or undefined when its slot holds another. */
  get(key: number): string | undefined {
    const slot = hash(key) & this.mask;
    return this.keys[slot] === key ? this.values[slot] : undefined;
  }

  set(key: number, value: string): void {
    const slot = hash(key) & this.mask;
    this.keys[slot] = key;
    this.values[slot] = value;
  }
}

function hash(key: number): number {
  const h = Math.imul(key, 0x9e3779b1);
  return h ^ (h >>> 15);
}

const shared = new StringTable(12);

/** The segment's chunk's bytes [start, end) as a string. */
export function elementText(s: ByteSegment, start: number, end: number): string {
  const n = end - start;
  if (n === 0) return '';
  if (n > SHORT) return s.chars().slice(start, end);
  const buf = s.buf;
  // Up to 4 ASCII bytes and the length: 31 bits, distinct for distinct strings.
  let key = n;
  for (let i = start; i < end; i++) key = (key << 7) | buf[i]!;
  let text = shared.get(key);
  if (text === undefined) {
    text = s.chars().slice(start, end);
    shared.set(key, text);
  }
  return text;
}
