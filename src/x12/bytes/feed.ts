// Feeds a stream to the segment scanner as bytes where it can. Decoding every chunk to a string, then
// slicing a string per segment and per element, cost more than the rest of reading an 835, so UTF-8 input
// between ISAs is scanned here byte by byte into ByteSegments instead. The text scanner still reads everything else: each
// ISA (it sets the delimiters), UTF-16 input and string chunks, any segment holding a byte above 0x7f
// (decoded exactly as before), oversized segments, and the end of the input. Both read the same segments
// in the same order with the same positions: the text scanner counts the byte scanner's segments too.
import type { Delimiters } from '../segment';
import { chunkDecoder } from '../decode';
import type { SegmentScanner } from '../scanner';
import { ByteSegment } from './segment';

/** Receives each segment the byte scanner reads (the ByteSegment is reused for the next one). */
export type ByteSegmentSink = (s: ByteSegment, d: Delimiters) => void;

const SLICE = 1 << 16;
const CR = 13;
const LF = 10;

/** feedScanner (stream.ts) with the byte scanner: pauses after each slice of input and once after the end. */
export async function* feedBytes(source: AsyncIterable<Uint8Array | string>, scanner: SegmentScanner, sink: ByteSegmentSink): AsyncGenerator<void> {
  const feeder = new Feeder(scanner, sink);
  for await (const chunk of source) {
    const piece = typeof chunk === 'string' ? chunk : asBuffer(chunk);
    for (let at = 0; at < piece.length; at += SLICE) {
      feeder.feed(piece.length <= SLICE ? piece : typeof piece === 'string' ? piece.slice(at, at + SLICE) : piece.subarray(at, at + SLICE));
      yield;
    }
  }
  feeder.end();
  yield;
}

function asBuffer(chunk: Uint8Array): Buffer {
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

class Feeder {
  private decoder: InstanceType<typeof TextDecoder> | undefined;
  private utf8 = false;
  /** Text read but not consumed (text mode). */
  private text = '';
  /** Bytes read but not consumed; undefined while the text scanner reads. */
  private bytes: Buffer | undefined;
  private readonly segment = new ByteSegment();

  constructor(
    private readonly scanner: SegmentScanner,
    private readonly sink: ByteSegmentSink,
  ) {}

  feed(piece: string | Buffer): void {
    if (typeof piece === 'string') {
      this.toText();
      return this.feedText(piece, false);
    }
    if (!this.decoder) {
      const { decoder, encoding } = chunkDecoder(piece);
      this.decoder = decoder;
      this.utf8 = encoding === 'utf-8';
    }
    // A segment cut by the end of the last slice: joined with its end alone (not the whole slice, which
    // would copy every byte of the input once more), then the rest of the slice is read.
    const carried = this.bytes?.length ? this.scanner.byteDelimiters : undefined;
    const end = carried ? piece.indexOf(carried.segment.charCodeAt(0)) : -1;
    if (end >= 0 && end + 1 < piece.length) {
      this.feedBuffer(piece.subarray(0, end + 1));
      this.feedBuffer(piece.subarray(end + 1));
    } else this.feedBuffer(piece);
  }

  private feedBuffer(piece: Buffer): void {
    // A slice that ends on an ASCII byte leaves nothing half-decoded in the decoder.
    const clean = piece[piece.length - 1]! < 0x80;
    let bytes = this.bytes === undefined ? undefined : this.bytes.length > 0 ? Buffer.concat([this.bytes, piece]) : piece;
    let text = bytes === undefined ? this.decoder!.decode(piece, { stream: true }) : undefined;
    // Text and byte scanning take turns until the slice is read: each turn reads something or ends the loop.
    for (;;) {
      if (text !== undefined) {
        this.feedText(text, clean);
        // The text scanner may hand the rest over as bytes (after an ISA, or at its end).
        bytes = this.handedOver();
        if (bytes === undefined || bytes.length === 0) return;
      }
      const stop = scanBytes(bytes!, this.scanner.byteDelimiters!, this.scanner, this.segment, this.sink);
      const at = stop < 0 ? ~stop : stop;
      this.scanner.advance(at);
      if (stop >= 0) {
        this.bytes = bytes!.subarray(at);
        return;
      }
      // The text scanner takes over at a segment boundary, where the decoder holds nothing.
      this.bytes = undefined;
      text = this.decoder!.decode(bytes!.subarray(at), { stream: true });
    }
  }

  end(): void {
    this.toText();
    const rest = this.text + (this.decoder ? this.decoder.decode() : '');
    if (rest) this.scanner.feed(rest, true);
  }

  private feedText(text: string, clean: boolean): void {
    let buffer = this.text ? this.text + text : text;
    // On UTF-8 input the text scanner pauses after each ISA, for the bytes after it to be scanned as bytes.
    const pause = this.utf8 && clean;
    for (;;) {
      const consumed = this.scanner.feed(buffer, false, pause);
      this.scanner.advance(consumed);
      buffer = consumed < buffer.length ? buffer.slice(consumed) : '';
      // Back to bytes when the decoder holds nothing and what is left of the text is ASCII (and the text
      // scanner read something: else what is left is a segment the byte scanner handed over, unfinished).
      if (pause && consumed > 0 && this.scanner.byteDelimiters && isAscii(buffer)) {
        this.bytes = Buffer.from(buffer, 'latin1');
        this.text = '';
        return;
      }
      if (!this.scanner.paused) break;
    }
    this.text = buffer;
  }

  /** The bytes the text scanner handed over (a method: TypeScript does not see feedText set them). */
  private handedOver(): Buffer | undefined {
    return this.bytes;
  }

  private toText(): void {
    if (this.bytes === undefined) return;
    this.text = this.decoder!.decode(this.bytes, { stream: true });
    this.bytes = undefined;
  }
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

/**
 * Reads the complete segments of buf as SegmentScanner.feed would, handing each to the sink. Returns where
 * it stopped: at the incomplete segment at the end (a position), or ~position where the text scanner must
 * take over (an ISA, a byte above 0x7f, an oversized segment).
 */
function scanBytes(buf: Buffer, d: Delimiters, scanner: SegmentScanner, s: ByteSegment, sink: ByteSegmentSink): number {
  const term = d.segment.charCodeAt(0);
  const sep = d.element.charCodeAt(0);
  const rep = d.repetition ? d.repetition.charCodeAt(0) : -1;
  const max = scanner.maxLength;
  const n = buf.length;
  let pos = 0;
  while (pos < n) {
    const c = buf[pos]!;
    if ((c === CR || c === LF || c === 32 || c === 9 || c === 0) && c !== term) {
      pos++;
      continue;
    }
    if (n - pos < 3) return pos;
    if (c === 73 && buf[pos + 1] === 83 && buf[pos + 2] === 65) return ~pos;
    const end = splitSegment(buf, pos, term, sep, rep, s);
    if (end === INCOMPLETE) return n - pos > max ? ~pos : pos;
    if (end === NOT_ASCII || end - pos > max) return ~pos;
    // A CR before an LF terminator is a line ending, not data.
    const rawEnd = term === LF && end > pos && buf[end - 1] === CR ? end - 1 : end;
    if (rawEnd > pos) {
      s.ends[s.count - 1] = rawEnd;
      emit(buf, pos, rawEnd, scanner, s, sink, d);
    }
    pos = end + 1;
  }
  return pos;
}

const INCOMPLETE = -1;
const NOT_ASCII = -2;

/**
 * Finds the segment's terminator from pos, noting where its elements start and end and whether they are
 * plain (see ByteSegment.plain); INCOMPLETE or NOT_ASCII.
 */
function splitSegment(buf: Buffer, pos: number, term: number, sep: number, rep: number, s: ByteSegment): number {
  let k = 0;
  let plain = true;
  s.starts[0] = pos;
  for (let i = pos; i < buf.length; i++) {
    const b = buf[i]!;
    if (b === term) {
      s.ends[k] = i;
      s.count = k + 1;
      s.plain = plain;
      return i;
    }
    if (b === sep) {
      s.ends[k] = i;
      if (++k === s.starts.length) s.grow();
      s.starts[k] = i + 1;
    } else if (b < 32 || b >= 127 || b === rep) {
      if (b >= 0x80) return NOT_ASCII;
      plain = false;
    }
  }
  return INCOMPLETE;
}

function emit(buf: Buffer, start: number, end: number, scanner: SegmentScanner, s: ByteSegment, sink: ByteSegmentSink, d: Delimiters): void {
  s.setBuffer(buf);
  s.start = start;
  s.end = end;
  const idLength = s.ends[0]! - start;
  s.idLength = idLength;
  s.code = idLength === 3 ? (buf[start]! << 16) | (buf[start + 1]! << 8) | buf[start + 2]! : idLength === 2 ? (buf[start]! << 16) | (buf[start + 1]! << 8) : 0;
  s.id = '';
  s.position = scanner.nextPosition();
  sink(s, d);
  if (!isSegmentId(buf, start, idLength)) scanner.unrecognized(buf.toString('latin1', start, start + idLength), s.position);
}

/** The scanner's segment id rule (2 or 3 capital letters or digits, a letter first) on bytes. */
function isSegmentId(buf: Buffer, start: number, n: number): boolean {
  if (n < 2 || n > 3) return false;
  const a = buf[start]!;
  if (a < 65 || a > 90) return false;
  for (let i = 1; i < n; i++) {
    const c = buf[start + i]!;
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}
