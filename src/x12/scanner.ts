// The segment scanner shared by the whole-file tokenizer and the streaming one. It works on decoded text
// and keeps only the state needed between chunks, so a file of any size is read in constant memory.
import type { Delimiters, Segment, X12Finding } from './segment';
import { readIsaDelimiters } from './delimiters';
import { X12ReadError } from './errors';
import { splitOn } from './split';

/** Segments read with one set of delimiters (a new batch starts at every ISA). */
export interface TokenBatch {
  delimiters: Delimiters;
  segments: Segment[];
}

export interface ScannerOptions {
  /** Delimiters to use for text that has no ISA (a bare ST..SE fragment). */
  delimiters?: Delimiters;
  /** Longest segment accepted, in characters; longer ones are reported and skipped (bounds memory). */
  maxSegmentLength?: number;
  /**
   * Receives each segment's raw text instead of a batched, split Segment (the fast 835 reader splits
   * only what it reads: splitting every segment costs more than the rest of the scan).
   */
  sink?: RawSegmentSink;
}

/** A segment's text without its terminator, its 1-based position, the delimiters in force and the length of its id. */
export type RawSegmentSink = (raw: string, position: number, delimiters: Delimiters, idLength: number) => void;

const CR = 13;
const LF = 10;

export class SegmentScanner {
  private delimiters: Delimiters | undefined;
  private position = 0;
  /** Characters consumed before the current buffer, to report offsets. */
  private offset = 0;
  private batch: TokenBatch | undefined;
  readonly batches: TokenBatch[] = [];
  readonly findings: X12Finding[] = [];
  private readonly maxSegmentLength: number;
  private readonly sink: RawSegmentSink | undefined;
  private skippingOversized = false;

  constructor(options: ScannerOptions = {}) {
    this.delimiters = options.delimiters;
    this.maxSegmentLength = options.maxSegmentLength ?? 1 << 24;
    this.sink = options.sink;
  }

  /** Whether the last feed() stopped after an ISA segment (see its pauseAfterIsa). */
  paused = false;

  /**
   * Scans `text`; returns how many characters were consumed (the rest is an incomplete segment). With
   * pauseAfterIsa, it stops after the first ISA segment read (so the byte scanner can take over there).
   */
  feed(text: string, final: boolean, pauseAfterIsa = false): number {
    this.paused = false;
    let pos = 0;
    const n = text.length;
    while (pos < n) {
      const c = text.charCodeAt(pos);
      if (c === CR || c === LF || c === 32 || c === 9 || c === 0 || c === 0xfeff) {
        if (!this.delimiters || text[pos] !== this.delimiters.segment) {
          pos++;
          continue;
        }
      }
      if (this.skippingOversized) {
        const end = text.indexOf(this.delimiters!.segment, pos);
        if (end < 0) return n;
        this.skippingOversized = false;
        pos = end + 1;
        continue;
      }
      if (!final && n - pos < 3) return pos;
      const isa = c === 73 && text.charCodeAt(pos + 1) === 83 && text.charCodeAt(pos + 2) === 65;
      if (isa) {
        const started = this.startInterchange(text, pos, final);
        if (started === undefined) return pos;
      } else if (!this.delimiters) {
        throw noIsa(text, pos, this.offset);
      }
      const next = this.scanSegment(text, pos, final);
      if (next < 0) return pos;
      pos = next;
      if (isa && pauseAfterIsa && pos < n) {
        this.paused = true;
        return pos;
      }
    }
    return n;
  }

  /** Call after the last feed: the position and offset bookkeeping for the next buffer. */
  advance(consumed: number): void {
    this.offset += consumed;
  }

  /**
   * The delimiters in force when what follows may be scanned as bytes (bytes/feed.ts): an interchange is
   * open, its segment terminator and element separator are ASCII, and no oversized segment is being skipped.
   */
  get byteDelimiters(): Delimiters | undefined {
    const d = this.delimiters;
    if (!d || this.skippingOversized || d.segment.length !== 1 || d.element.length !== 1) return undefined;
    return d.segment.charCodeAt(0) < 0x80 && d.element.charCodeAt(0) < 0x80 ? d : undefined;
  }

  get maxLength(): number {
    return this.maxSegmentLength;
  }

  /** The position of the next segment, for one read elsewhere (by the byte scanner). */
  nextPosition(): number {
    return ++this.position;
  }

  private startInterchange(text: string, pos: number, final: boolean): true | undefined {
    let read;
    try {
      read = readIsaDelimiters(text, pos, this.position + 1, final);
    } catch (e) {
      // A broken ISA after a good one: report it and read on with the delimiters we have.
      if (!(e instanceof X12ReadError) || !this.delimiters) throw e;
      this.findings.push({
        severity: 'error',
        code: e.code,
        segmentPosition: this.position + 1,
        segmentId: 'ISA',
        message: e.message.replace(/byte \d+/, `byte ${this.offset + pos}`),
        ik304: '8',
      });
      return true;
    }
    if (!read) return undefined;
    for (const f of read.findings) this.findings.push(f);
    this.delimiters = read.delimiters;
    this.batch = undefined;
    return true;
  }

  /** Scans one segment at pos; returns the index after its terminator, or -1 when it is incomplete. */
  private scanSegment(text: string, pos: number, final: boolean): number {
    const d = this.delimiters!;
    let end = text.indexOf(d.segment, pos);
    if (end < 0) {
      if (text.length - pos > this.maxSegmentLength) return this.oversized(text.length, true);
      if (!final) return -1;
      end = text.length;
      const tail = text.slice(pos).trimEnd();
      if (!tail) return end;
      this.findings.push({
        severity: 'error',
        code: 'x12.segment.unterminated',
        segmentPosition: this.position + 1,
        segmentId: tail.slice(0, 3),
        message: `The file ends without a segment terminator ('${d.segment}') after "${tail.slice(0, 40)}": it may be truncated.`,
        ik304: '8',
      });
      this.push(d, tail);
      return end;
    }
    if (end - pos > this.maxSegmentLength) return this.oversized(end + 1, false);
    let raw = text.slice(pos, end);
    // A CR before an LF terminator is a line ending, not data.
    if (d.segment === '\n' && raw.charCodeAt(raw.length - 1) === CR) raw = raw.slice(0, -1);
    if (raw.length === 0) return end + 1;
    this.push(d, raw);
    return end + 1;
  }

  private push(d: Delimiters, raw: string): void {
    const position = ++this.position;
    if (this.sink) {
      const k = raw.indexOf(d.element);
      const idLength = k < 0 ? raw.length : k;
      this.sink(raw, position, d, idLength);
      if (!isSegmentId(raw, idLength)) this.unrecognized(raw.slice(0, idLength), position);
      return;
    }
    const elements = splitOn(raw, d.element);
    const id = elements[0]!;
    const segment: Segment = { id, elements, position };
    if (!this.batch) {
      this.batch = { delimiters: d, segments: [] };
      this.batches.push(this.batch);
    }
    this.batch.segments.push(segment);
    if (!isSegmentId(id, id.length)) this.unrecognized(id, position);
  }

  /** The finding for a segment id that is not 2 or 3 capital letters or digits. */
  unrecognized(id: string, position: number): void {
    this.findings.push({
      severity: 'error',
      code: 'x12.segment.unrecognized_id',
      segmentPosition: position,
      segmentId: id.slice(0, 3),
      message: `"${id.slice(0, 20)}" is not a segment id (2 or 3 capital letters or digits).`,
      ik304: '1',
    });
  }

  private oversized(resume: number, skipping: boolean): number {
    this.position++;
    this.findings.push({
      severity: 'error',
      code: 'x12.segment.too_long',
      segmentPosition: this.position,
      segmentId: '',
      message: `Segment ${this.position} is longer than ${this.maxSegmentLength} characters; it was skipped.`,
      ik304: '8',
    });
    this.skippingOversized = skipping;
    return resume;
  }

  /** Hands over the batches read so far (the streaming tokenizer yields them). */
  take(): TokenBatch[] {
    const out = this.batches.splice(0);
    this.batch = undefined;
    return out;
  }
}

function noIsa(text: string, pos: number, offset: number): X12ReadError {
  const seen = text.slice(pos, pos + 20).replace(/[^\x20-\x7e]/g, '?');
  return new X12ReadError(
    'x12.no_isa',
    `Not an X12 interchange: expected "ISA" at byte ${offset + pos}, found "${seen}".`,
    offset + pos,
  );
}

/** Whether the first n characters of id are a segment id. */
function isSegmentId(id: string, n: number): boolean {
  if (n < 2 || n > 3) return false;
  const a = id.charCodeAt(0);
  if (a < 65 || a > 90) return false;
  for (let i = 1; i < n; i++) {
    const c = id.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}
