// A segment read straight from the input bytes: where its elements start and end in the chunk, no strings.
// The byte scanner (feed.ts) fills one ByteSegment per segment and reuses it; a reader makes strings only of
// the elements it keeps (text.ts).
import type { Segment } from '../segment';
import { elementText } from './text';

const NO_BYTES = Buffer.alloc(0);

export class ByteSegment {
  /** The chunk holding the segment (only ASCII bytes between start and end). */
  buf: Buffer = NO_BYTES;
  /** The chunk as latin1 text, made the first time a value is read from it (see chars()). */
  private bufText: string | undefined;
  /** The segment's text is buf[start, end), without its terminator. */
  start = 0;
  end = 0;
  /** The segment id's characters as one number (see idCode in 835/raw-fields.ts); 0 unless 2 or 3 long. */
  code = 0;
  /** Length of the segment id. */
  idLength = 0;
  /** The id as a string, set by a reader that knows it (interned), else ''. */
  id = '';
  position = 0;
  /** Elements with the id: element n is buf[starts[n], ends[n]). */
  count = 0;
  /**
   * No byte of its elements is a control character, DEL or the repetition separator (set by the scanner):
   * the element checks then need only the lengths of AN values, not their every byte (bytes/check.ts).
   */
  plain = false;
  starts = new Int32Array(32);
  ends = new Int32Array(32);

  /** Moves to a segment in `buf`. */
  setBuffer(buf: Buffer): void {
    if (buf === this.buf) return;
    this.buf = buf;
    this.bufText = undefined;
  }

  /**
   * The chunk as text, to slice values from: one conversion per chunk costs far less than one per value
   * (a string slice stays in JS; Buffer.toString crosses into C++ every time). Exact where the bytes are ASCII.
   */
  chars(): string {
    return (this.bufText ??= this.buf.toString('latin1'));
  }

  /** Makes room for one more element (segments with more than 32 elements are rare). */
  grow(): void {
    const starts = new Int32Array(this.starts.length * 2);
    const ends = new Int32Array(this.ends.length * 2);
    starts.set(this.starts);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }

  /** Element n's length (0 when absent). */
  length(n: number): number {
    return n < this.count ? this.ends[n]! - this.starts[n]! : 0;
  }

  /** Element n as a string ('' when absent). */
  text(n: number): string {
    return n < this.count ? elementText(this, this.starts[n]!, this.ends[n]!) : '';
  }

  /** Whether element n is exactly `value`. */
  is(n: number, value: string): boolean {
    if (this.length(n) !== value.length) return false;
    const at = this.starts[n]!;
    for (let i = 0; i < value.length; i++) if (this.buf[at + i] !== value.charCodeAt(i)) return false;
    return true;
  }

  /** The Segment the text tokenizer would make of it (id string included). */
  toSegment(id: string): Segment {
    // Pushed, not sized up front: the readers of Segments see packed arrays only (a holey one deoptimizes them).
    const elements = [id];
    for (let n = 1; n < this.count; n++) elements.push(this.text(n));
    return { id, elements, position: this.position };
  }
}
