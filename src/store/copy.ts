// Rows in PostgreSQL's binary COPY format, for bulk writes on a server: the server reads each value as
// it is stored (a uuid as its 16 bytes, a date as its day number), with no JSON or text to parse.
import type { ColumnType, Columns } from './columns';

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const DAYS_1970_TO_2000 = 10_957;
const MS_PER_DAY = 86_400_000;

/** A growing buffer written front to back. */
class Writer {
  buf = Buffer.allocUnsafe(1 << 16);
  at = 0;

  ensure(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.at + n));
    this.buf.copy(next, 0, 0, this.at);
    this.buf = next;
  }

  int16(v: number): void {
    this.ensure(2);
    this.at = this.buf.writeInt16BE(v, this.at);
  }

  int32(v: number): void {
    this.ensure(4);
    this.at = this.buf.writeInt32BE(v, this.at);
  }
}

const HEX = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) {
  HEX['0123456789abcdef'.charCodeAt(i)] = i;
  HEX['0123456789ABCDEF'.charCodeAt(i)] = i;
}

// Offsets of the 16 bytes' hex pairs in the canonical form 8-4-4-4-12.
const PAIRS = [0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34];

function uuid(w: Writer, v: string, column: string): void {
  if (v.length !== 36 || v.charCodeAt(8) !== 45 || v.charCodeAt(13) !== 45 || v.charCodeAt(18) !== 45 || v.charCodeAt(23) !== 45) {
    throw new TypeError(`column ${column}: ${JSON.stringify(v)} is not a uuid`);
  }
  w.int32(16);
  w.ensure(16);
  let bad = 0;
  for (let i = 0; i < 16; i++) {
    const hi = HEX[v.charCodeAt(PAIRS[i]!) & 127]!;
    const lo = HEX[v.charCodeAt(PAIRS[i]! + 1) & 127]!;
    bad |= hi | lo | (v.charCodeAt(PAIRS[i]!) | v.charCodeAt(PAIRS[i]! + 1)) & ~127;
    w.buf[w.at + i] = (hi << 4) | lo;
  }
  // a non-hex character reads as -1 (or is not ASCII): the sign bit or a high bit is set
  if (bad < 0 || bad > 15) throw new TypeError(`column ${column}: ${JSON.stringify(v)} is not a uuid`);
  w.at += 16;
}

function text(w: Writer, v: string): void {
  w.ensure(4 + v.length * 3);
  const start = w.at + 4;
  const length = w.buf.write(v, start, 'utf8');
  w.buf.writeInt32BE(length, w.at);
  w.at = start + length;
}

function date(w: Writer, v: string, column: string): void {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) throw new TypeError(`column ${column}: ${JSON.stringify(v)} is not a date (YYYY-MM-DD)`);
  w.int32(4);
  w.int32(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY - DAYS_1970_TO_2000);
}

function integer(w: Writer, v: unknown, bytes: 2 | 4 | 8, column: string): void {
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) throw new TypeError(`column ${column}: ${String(v)} is not an integer`);
  w.int32(bytes);
  w.ensure(bytes);
  if (bytes === 2) w.at = w.buf.writeInt16BE(v, w.at);
  else if (bytes === 4) w.at = w.buf.writeInt32BE(v, w.at);
  else w.at = w.buf.writeBigInt64BE(BigInt(v), w.at);
}

function value(w: Writer, type: ColumnType, v: unknown, column: string): void {
  if (v === null || v === undefined) return w.int32(-1);
  switch (type) {
    case 'uuid': return uuid(w, v as string, column);
    case 'text': case 'char':
      if (typeof v !== 'string' && typeof v !== 'number') throw new TypeError(`column ${column}: ${JSON.stringify(v)} is not text`);
      return text(w, String(v));
    case 'date': return date(w, v as string, column);
    case 'bigint': return integer(w, v, 8, column);
    case 'integer': return integer(w, v, 4, column);
    case 'smallint': return integer(w, v, 2, column);
    case 'boolean':
      w.int32(1);
      w.ensure(1);
      w.buf[w.at++] = v ? 1 : 0;
      return;
    case 'jsonb': {
      // version 1, then the JSON text
      const json = JSON.stringify(v);
      w.ensure(5 + json.length * 3);
      const length = w.buf.write(json, w.at + 5, 'utf8');
      w.buf.writeInt32BE(length + 1, w.at);
      w.buf[w.at + 4] = 1;
      w.at += 5 + length;
      return;
    }
    default:
      throw new TypeError(`column ${column}: binary COPY of ${type} is not supported`);
  }
}

const COPYABLE: ReadonlySet<ColumnType> = new Set(['uuid', 'text', 'char', 'date', 'bigint', 'integer', 'smallint', 'boolean', 'jsonb']);

/** Whether binaryCopyRows encodes values of this type. */
export function copyable(type: ColumnType): boolean {
  return COPYABLE.has(type);
}

/** The rows as one binary COPY stream (header, tuples, trailer), columns in the order given. */
export function binaryCopyRows(columns: Columns, rows: readonly (readonly unknown[])[]): Buffer {
  const w = new Writer();
  w.ensure(SIGNATURE.length + 8);
  w.at += SIGNATURE.copy(w.buf, w.at);
  w.int32(0);
  w.int32(0);
  // A column often repeats the row before's uuid (the tenant, the claim of a claim's postings): its bytes are copied.
  const lastUuid: unknown[] = [];
  const lastAt: number[] = [];
  for (const row of rows) {
    w.int16(columns.length);
    for (let i = 0; i < columns.length; i++) {
      const [name, type] = columns[i]!;
      const v = row[i];
      if (type === 'uuid' && v !== null && v !== undefined && v === lastUuid[i]) {
        w.int32(16);
        w.ensure(16);
        w.buf.copyWithin(w.at, lastAt[i]!, lastAt[i]! + 16);
        w.at += 16;
        continue;
      }
      value(w, type, v, name);
      if (type === 'uuid') {
        lastUuid[i] = v;
        lastAt[i] = w.at - 16;
      }
    }
  }
  w.int16(-1);
  return w.buf.subarray(0, w.at);
}
