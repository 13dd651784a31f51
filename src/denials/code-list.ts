// The published CARC/RARC/group code list (X12 external code sources 139 and 411), parsed from its CSV
// export: code, type, description, usage, notes, start, last modified, end. Pure: the file is read by
// load-code-list.ts.
import { AppError } from '../errors/index';

export interface AdjustmentCode {
  code: string;
  type: 'CARC' | 'RARC' | 'Group';
  description: string;
  usage?: string;
  startDate?: string;
  lastModified?: string;
  /** Codes past their end date may no longer be sent; payers still do. */
  endDate?: string;
}

export interface AdjustmentCodeList {
  get(type: AdjustmentCode['type'], code: string): AdjustmentCode | undefined;
  readonly size: number;
}

/** Splits CSV text into records, honouring quoted fields with commas, doubled quotes and line breaks. */
export function parseCsvRecords(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { record.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (quoted) throw new AppError('input', 'denials.code_list_unterminated_quote', 'the code list ends inside a quoted field');
  if (field !== '' || record.length > 0) { record.push(field); records.push(record); }
  return records.filter((r) => r.some((f) => f !== ''));
}

const HEADER = ['adj_code', 'adj_type', 'adj_description', 'adj_usage', 'adj_notes', 'adj_start_date', 'adj_last_modified', 'adj_end_date'];
const TYPES = new Set(['CARC', 'RARC', 'Group']);

export function parseAdjustmentCodeList(text: string, file = 'code list'): AdjustmentCodeList {
  const [header, ...rows] = parseCsvRecords(text.replace(/^\uFEFF/, ''));
  if (!header || HEADER.some((h, i) => header[i]?.trim() !== h)) {
    throw new AppError('input', 'denials.code_list_header', `${file}: expected the columns ${HEADER.join(',')}`, { file, line: 1 });
  }
  const byKey = new Map<string, AdjustmentCode>();
  for (const r of rows) {
    const [code = '', type = '', description = '', usage, , start, modified, end] = r.map((f) => f.trim());
    if (!code || !TYPES.has(type)) continue;
    byKey.set(`${type}:${code}`, {
      code, type: type as AdjustmentCode['type'], description,
      ...(usage ? { usage } : {}), ...(start ? { startDate: start } : {}), ...(modified ? { lastModified: modified } : {}), ...(end ? { endDate: end } : {}),
    });
  }
  return { get: (type, code) => byKey.get(`${type}:${code.trim().toUpperCase()}`), size: byKey.size };
}
