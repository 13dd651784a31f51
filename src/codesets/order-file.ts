// The official ICD-10-CM order file (icd10cm_order_YYYY.txt): fixed width, one code per line.
//   cols 1-5 order number, 7-13 code (no dot, left-justified), 15 '0' header / '1' billable,
//   17-76 short description, 78-end long description.
import { AppError } from '../errors/index';
import type { ReleaseCode } from './types';

export interface OrderFileRecord extends ReleaseCode {
  order: number;
  shortTitle: string;
}

function orderFileError(file: string, line: number, message: string): AppError {
  return new AppError('input', 'codesets.bad_order_file', `${file}:${line}: ${message}`, { file, line });
}

export function parseOrderFileLine(text: string, file: string, line: number): OrderFileRecord {
  const order = text.slice(0, 5);
  const code = text.slice(6, 13).trim();
  const flag = text.slice(14, 15);
  if (!/^\d{5}$/.test(order)) throw orderFileError(file, line, `expected a 5-digit order number in columns 1-5, found '${order}'`);
  if (!/^[A-Z][0-9][0-9A-Z]{1,5}$/.test(code)) throw orderFileError(file, line, `expected an ICD-10-CM code in columns 7-13, found '${code}'`);
  if (flag !== '0' && flag !== '1') throw orderFileError(file, line, `expected 0 (header) or 1 (billable) in column 15, found '${flag}'`);
  const shortTitle = text.slice(16, 76).trim();
  const title = text.slice(77).trim();
  if (!title) throw orderFileError(file, line, 'expected a long description from column 78');
  return { order: Number(order), code, billable: flag === '1', shortTitle, title };
}

/** Streams lines (without line ends) into records; blank lines are skipped. */
export function createOrderFileParser(file: string): { line(text: string): void; end(): OrderFileRecord[] } {
  const records: OrderFileRecord[] = [];
  let n = 0;
  return {
    line(text) {
      n++;
      const clean = text.replace(/\r$/, '');
      if (clean.trim()) records.push(parseOrderFileLine(clean, file, n));
    },
    end() {
      if (records.length === 0) throw orderFileError(file, n, 'no code lines: expected the fixed-width order-file layout');
      return records;
    },
  };
}

export function parseOrderFile(text: string, file = 'order.txt'): OrderFileRecord[] {
  const parser = createOrderFileParser(file);
  for (const line of text.split('\n')) parser.line(line);
  return parser.end();
}
