// PTP file parsers, over bytes (no I/O here).
//
// 1. The OpenRCM shared-data layout (ptp_practitioner_YYYY-MM-DD.csv[.gz]), comma-separated with a header:
//      column1,column2,deletion_date,modifier_indicator,ptp_edit_rationale
//    deletion_date is YYYY-MM-DD, 9999-12-31 while the edit is active. It carries no effective date and
//    no "prior to 1996" flag, so an edit is taken to apply to every date of service up to its deletion.
//
// 2. The CMS quarterly layout (the practitioner PTP .txt files, four per quarter, tab-delimited): a few
//    lines of licence text and a two-line column header, then one row per edit with seven columns:
//      Column 1 | Column 2 | * = in existence prior to 1996 | Effective Date | Deletion Date (* = no data)
//      | Modifier (0 not allowed, 1 allowed, 9 not applicable) | PTP Edit Rationale
//    Dates are YYYYMMDD; a deletion date of '*' or blank means active. Rows are recognised by their first
//    two fields being five-character codes; everything else (licence, header) is skipped.
//
// A deletion date is the last date of service the edit applies to (CMS deletes edits "effective" the day
// after, at the quarter boundary), so the check is effective <= DOS <= deletion.
import { AppError } from '../../errors/index';
import { NO_DELETION, encodeBytes, encodeCode } from './codes';
import { PtpTableBuilder, type ModifierIndicator } from './ptp-table';

const COMMA = 44;
const LF = 10;
const CR = 13;
const SHARED_HEADER = 'column1,column2,deletion_date,modifier_indicator,ptp_edit_rationale';

function badRow(file: string, line: number, reason: string): AppError {
  return new AppError('input', 'ncci.ptp.bad_row', `${file}:${line}: ${reason}`, { file, line });
}

function indicator(byte: number | undefined): ModifierIndicator | undefined {
  return byte === 48 ? 0 : byte === 49 ? 1 : byte === 57 ? 9 : undefined;
}

/** 'YYYY-MM-DD' or 'YYYYMMDD' at [start, end) to YYYYMMDD; NO_DELETION for '*', blank or 9999-12-31. */
function dateAt(bytes: Uint8Array, start: number, end: number): number | undefined {
  let n = 0;
  let digits = 0;
  for (let i = start; i < end; i++) {
    const c = bytes[i]!;
    if (c >= 48 && c <= 57) {
      n = n * 10 + (c - 48);
      digits++;
    } else if (c !== 45 && c !== 32) {
      return c === 42 ? NO_DELETION : undefined;
    }
  }
  if (digits === 0) return NO_DELETION;
  return digits === 8 ? n : undefined;
}

/**
 * Parses the shared-data CSV layout into the builder, chunk by chunk (so a 175 MB file never has to be
 * in memory at once). Throws an input AppError naming the file and line.
 */
export class PtpSharedCsvParser {
  private leftover: Uint8Array | undefined;
  private line = 0;
  private headerSeen = false;
  private readonly decoder = new TextDecoder('latin1');
  // the rationales are a dozen texts: intern them by a hash of their bytes instead of decoding each row
  private readonly idByHash = new Map<number, number>();

  constructor(
    private readonly file: string,
    readonly builder = new PtpTableBuilder(2_600_000),
  ) {}

  write(chunk: Uint8Array): void {
    const bytes = this.leftover ? concat(this.leftover, chunk) : chunk;
    const last = bytes.lastIndexOf(LF);
    if (last < 0) {
      this.leftover = bytes.slice();
      return;
    }
    this.lines(bytes, last);
    this.leftover = last + 1 < bytes.length ? bytes.slice(last + 1) : undefined;
  }

  end(): PtpTableBuilder {
    if (this.leftover) this.lines(concat(this.leftover, new Uint8Array([LF])), this.leftover.length);
    this.leftover = undefined;
    if (!this.headerSeen) throw badRow(this.file, 1, `expected the header '${SHARED_HEADER}', found an empty file`);
    return this.builder;
  }

  /** The complete lines of bytes[0, stop] (stop is a line feed). */
  private lines(bytes: Uint8Array, stop: number): void {
    let pos = 0;
    while (pos <= stop) {
      this.line++;
      let end = bytes.indexOf(LF, pos);
      if (end < 0 || end > stop) end = stop;
      const next = end + 1;
      if (end > pos && bytes[end - 1] === CR) end--;
      if (!this.headerSeen) {
        const header = this.decoder.decode(bytes.subarray(pos, end)).trim();
        if (header !== SHARED_HEADER) throw badRow(this.file, 1, `expected the header '${SHARED_HEADER}', found '${header.slice(0, 80)}'`);
        this.headerSeen = true;
      } else if (end > pos) {
        this.row(bytes, pos, end);
      }
      pos = next;
    }
  }

  private row(bytes: Uint8Array, pos: number, end: number): void {
    const { file, line } = this;
    const c1 = encodeBytes(bytes, pos);
    const c2 = bytes[pos + 5] === COMMA ? encodeBytes(bytes, pos + 6) : -1;
    if (c1 < 0 || c2 < 0 || bytes[pos + 11] !== COMMA) throw badRow(file, line, 'expected two five-character codes separated by a comma');
    const dateEnd = bytes.indexOf(COMMA, pos + 12);
    if (dateEnd < 0 || dateEnd > end) throw badRow(file, line, 'missing deletion_date');
    const deletion = dateAt(bytes, pos + 12, dateEnd);
    if (deletion === undefined) throw badRow(file, line, 'deletion_date is not a date (YYYY-MM-DD)');
    const mi = indicator(bytes[dateEnd + 1]);
    if (mi === undefined || (bytes[dateEnd + 2] !== COMMA && dateEnd + 2 !== end)) throw badRow(file, line, 'modifier_indicator must be 0, 1 or 9');
    const rStart = Math.min(dateEnd + 3, end);
    const hash = hashBytes(bytes, rStart, end);
    let id = this.idByHash.get(hash);
    if (id === undefined) {
      id = this.builder.rationaleId(this.decoder.decode(bytes.subarray(rStart, end)));
      this.idByHash.set(hash, id);
    }
    this.builder.addWithRationaleId(c1, c2, 0, deletion, mi, false, id);
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** The whole file at once (tests, small files). */
export function parsePtpSharedCsv(bytes: Uint8Array, file: string, builder = new PtpTableBuilder(Math.max(1024, bytes.length / 60))): PtpTableBuilder {
  const parser = new PtpSharedCsvParser(file, builder);
  parser.write(bytes);
  return parser.end();
}

/** FNV-1a over the bytes plus their length: collisions among a dozen short texts are not a practical risk. */
function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return (h >>> 0) * 1024 + Math.min(end - start, 1023);
}

/** Parses one CMS quarterly PTP .txt file (tab-delimited, see above) into the builder. */
export function parsePtpCmsText(text: string, file: string, builder = new PtpTableBuilder()): PtpTableBuilder {
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const fields = raw.split('\t').map((f) => f.trim());
    const [c1, c2, prior, effective, deletion, mi, rationale] = fields;
    if (!c1 || !c2 || !/^[0-9A-Z]{5}$/.test(c1) || !/^[0-9A-Z]{5}$/.test(c2)) return; // licence text and column headers
    const line = i + 1;
    if (fields.length < 6) throw badRow(file, line, `expected 7 tab-separated columns, found ${fields.length}`);
    const from = cmsDate(effective);
    const to = cmsDate(deletion);
    if (from === undefined || from === NO_DELETION) throw badRow(file, line, `effective date '${effective ?? ''}' is not YYYYMMDD`);
    if (to === undefined) throw badRow(file, line, `deletion date '${deletion ?? ''}' is not YYYYMMDD or '*'`);
    const modifier = mi === '0' ? 0 : mi === '1' ? 1 : mi === '9' ? 9 : undefined;
    if (modifier === undefined) throw badRow(file, line, `modifier indicator '${mi ?? ''}' must be 0, 1 or 9`);
    builder.add(encodeCode(c1), encodeCode(c2), from, to, modifier, prior === '*', rationale ?? '');
  });
  return builder;
}

function cmsDate(text: string | undefined): number | undefined {
  const t = (text ?? '').trim();
  if (t === '' || t === '*') return NO_DELETION;
  return /^\d{8}$/.test(t) ? Number(t) : undefined;
}

