// HCPCS/CPT codes are five characters of 0-9 and A-Z, so each fits base 36 in 26 bits and a
// column 1 / column 2 pair fits one float64 exactly (36^10 < 2^53): the PTP table is then a
// sorted Float64Array instead of millions of objects.
import type { CalendarDate } from '../../dates/index';

const BASE = 36;
export const CODE_SPACE = BASE ** 5;

function digit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 90) return c - 55;
  if (c >= 97 && c <= 122) return c - 87;
  return -1;
}

/** The code as an integer, or -1 when it is not five alphanumeric characters. */
export function encodeCode(code: string): number {
  if (code.length !== 5) return -1;
  let n = 0;
  for (let i = 0; i < 5; i++) {
    const d = digit(code.charCodeAt(i));
    if (d < 0) return -1;
    n = n * BASE + d;
  }
  return n;
}

/** Same, reading five bytes of a buffer at offset (the fast path of the file parsers). */
export function encodeBytes(bytes: Uint8Array, offset: number): number {
  let n = 0;
  for (let i = 0; i < 5; i++) {
    const d = digit(bytes[offset + i]!);
    if (d < 0) return -1;
    n = n * BASE + d;
  }
  return n;
}

export function decodeCode(n: number): string {
  let out = '';
  for (let i = 0; i < 5; i++) {
    const d = n % BASE;
    out = (d < 10 ? String.fromCharCode(48 + d) : String.fromCharCode(55 + d)) + out;
    n = Math.floor(n / BASE);
  }
  return out;
}

export function pairKey(column1: number, column2: number): number {
  return column1 * CODE_SPACE + column2;
}

/** Dates inside the tables are integers YYYYMMDD; 99991231 means "no deletion date". */
export const NO_DELETION = 99991231;

export function dateNumber(date: CalendarDate | string): number {
  return Number(date.slice(0, 4)) * 10000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
}

export function dateFromNumber(n: number): CalendarDate {
  const s = String(n).padStart(8, '0');
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}` as CalendarDate;
}
