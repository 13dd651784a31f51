// RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. Each record keeps the line it
// started on, so a bad row can be named precisely. A BOM and a trailing blank line are tolerated.
import { AppError } from '../../errors/index';

export interface CsvRecord {
  line: number;
  fields: Record<string, string>;
}

export function listError(file: string, line: number, message: string): AppError {
  return new AppError('input', 'codesets.bad_list', `${file}:${line}: ${message}`, { file, line });
}

function splitRecords(text: string, file: string): { line: number; cells: string[] }[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const out: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let line = 1;
  let start = 1;
  let i = 0;
  const n = src.length;
  const endRecord = (): void => {
    if (cells.length > 1 || cells[0] !== '') out.push({ line: start, cells });
    cells = [];
    start = line;
  };
  while (i <= n) {
    if (src[i] === '"') {
      // Quoted field: up to the closing quote, "" standing for one quote; may span lines.
      let value = '';
      let j = i + 1;
      for (;;) {
        const q = src.indexOf('"', j);
        if (q < 0) throw listError(file, start, 'a quoted field is not closed before the end of the file (truncated?)');
        value += src.slice(j, q);
        if (src[q + 1] === '"') {
          value += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      for (let k = i; k < j; k++) if (src.charCodeAt(k) === 10) line++;
      cells.push(value);
      i = j;
    } else {
      let j = i;
      while (j < n && src[j] !== ',' && src[j] !== '\n' && src[j] !== '\r') j++;
      cells.push(src.slice(i, j));
      i = j;
    }
    const c = src[i];
    if (c === ',') i++;
    else {
      if (c === '\r' && src[i + 1] === '\n') i++;
      i++;
      line++;
      endRecord();
      if (i > n) break;
    }
  }
  return out;
}

/** Parses CSV text whose first record is a header; checks the named columns are present and every row is complete. */
export function parseCsv(text: string, file: string, required: readonly string[]): CsvRecord[] {
  const [header, ...rows] = splitRecords(text, file);
  if (!header) throw listError(file, 1, 'the file is empty: expected a header line');
  const missing = required.filter((c) => !header.cells.includes(c));
  if (missing.length) throw listError(file, 1, `missing column(s) ${missing.join(', ')} in the header (found ${header.cells.join(', ')})`);
  return rows.map(({ line, cells }) => {
    if (cells.length !== header.cells.length) {
      throw listError(file, line, `expected ${header.cells.length} fields as in the header, found ${cells.length}`);
    }
    return { line, fields: Object.fromEntries(header.cells.map((name, i) => [name, cells[i]!])) };
  });
}
