// The derived FY2024 code list (icd10cm_codes_2024_order_derived.csv): the order-file fields flattened
// to CSV with the header order,code,valid_billable,long_description,chapter_no,section_range.
import { AppError } from '../errors/index';
import { normalizeIcd10cm } from './code';
import type { ReleaseCode } from './types';

const REQUIRED = ['code', 'valid_billable', 'long_description'] as const;

function csvError(file: string, line: number, message: string): AppError {
  return new AppError('input', 'codesets.bad_csv', `${file}:${line}: ${message}`, { file, line });
}

/** One CSV record (RFC 4180 quoting; fields do not span lines in these files). */
export function splitCsvLine(text: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

export function createOrderCsvParser(file: string): { line(text: string): void; end(): ReleaseCode[] } {
  const out: ReleaseCode[] = [];
  let columns: Record<string, number> | undefined;
  let n = 0;
  return {
    line(raw) {
      n++;
      const text = raw.replace(/\r$/, '');
      if (!text.trim()) return;
      const fields = splitCsvLine(text);
      if (!columns) {
        columns = Object.fromEntries(fields.map((f, i) => [f.trim(), i]));
        const missing = REQUIRED.filter((c) => columns![c] === undefined);
        if (missing.length) throw csvError(file, n, `expected columns ${REQUIRED.join(', ')}; missing ${missing.join(', ')}`);
        return;
      }
      const code = normalizeIcd10cm(fields[columns.code!] ?? '');
      const flag = fields[columns.valid_billable!];
      const title = fields[columns.long_description!]?.trim();
      if (!code) throw csvError(file, n, `expected an ICD-10-CM code in column 'code', found '${fields[columns.code!] ?? ''}'`);
      if (flag !== '0' && flag !== '1') throw csvError(file, n, `expected valid_billable 0 or 1, found '${flag ?? ''}'`);
      if (!title) throw csvError(file, n, 'empty long_description');
      out.push({ code, billable: flag === '1', title });
    },
    end() {
      if (out.length === 0) throw csvError(file, n, 'no code rows');
      return out;
    },
  };
}

export function parseOrderCsv(text: string, file = 'codes.csv'): ReleaseCode[] {
  const parser = createOrderCsvParser(file);
  for (const line of text.split('\n')) parser.line(line);
  return parser.end();
}
