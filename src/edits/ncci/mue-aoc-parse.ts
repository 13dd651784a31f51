// MUE and AOC file parsers (text in, edits out; no I/O).
//
// Shared-data layouts (OpenRCM ../shared/data/ncci):
//   mue_practitioner_*.csv  hcpcs_code,mue_units,mue_mai,mue_rationale,mue_service
//   aoc_*.csv               primary_code,add_on_code,aoc_edit_type   (primary 'CCCCC' = any, type 2)
//
// CMS quarterly layouts, recognised by their column headers (licence lines above the header are skipped):
//   MUE (practitioner services .csv): "HCPCS/CPT Code","Practitioner Services MUE Values",
//     "MUE Adjudication Indicator","MUE Rationale". The indicator is text such as
//     "2 Date of Service Edit: Policy"; its first digit is the MAI.
//   AOC (.txt tab-delimited or .csv): "Add-on Code", "Add-On Code Effective Date", "Add-On Code Deletion Date",
//     "Primary Code", "Primary Code Effective Date", "Primary Code Deletion Date", "AOC Edit Type",
//     "AOC Pair Effective Date", "AOC Pair Deletion Date", "Special Instruction Notes". Dates YYYYMMDD,
//     '*' or blank for none.
import { splitCsvLine } from '../../codesets/index';
import type { CalendarDate } from '../../dates/index';
import { AppError } from '../../errors/index';
import type { AocEdit, MueEdit } from './mue-aoc';

const CODE = /^[0-9A-Z]{5}$/;

interface Table {
  columns: Map<string, number>;
  rows: { line: number; fields: string[] }[];
}

function fail(code: string, file: string, line: number, reason: string): AppError {
  return new AppError('input', code, `${file}:${line}: ${reason}`, { file, line });
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** Finds the header row (the first holding every `required` column, any case) and splits the rows below it. */
function readTable(text: string, file: string, required: readonly string[], errorCode: string): Table {
  const lines = text.split(/\r?\n/);
  const tab = lines.some((l) => l.includes('\t'));
  const split = (l: string) => (tab ? l.split('\t') : splitCsvLine(l)).map((f) => f.trim());
  const headerAt = lines.findIndex((l) => {
    const names = split(l).map(norm);
    return required.every((r) => names.includes(norm(r)));
  });
  if (headerAt < 0) throw fail(errorCode, file, 1, `no header row with the columns ${required.join(', ')}`);
  const columns = new Map(split(lines[headerAt]!).map((n, i) => [norm(n), i] as const));
  const rows: Table['rows'] = [];
  for (let i = headerAt + 1; i < lines.length; i++) {
    if (lines[i]!.trim() === '') continue;
    rows.push({ line: i + 1, fields: split(lines[i]!) });
  }
  return { columns, rows };
}

function field(t: Table, row: { fields: string[] }, name: string): string {
  const i = t.columns.get(norm(name));
  return i === undefined ? '' : (row.fields[i] ?? '').replace(/^"|"$/g, '').trim();
}

function isoDate(text: string): CalendarDate | undefined | null {
  const t = text.trim();
  if (t === '' || t === '*' || t === '9999-12-31' || t === '99991231') return undefined;
  if (/^\d{8}$/.test(t)) return `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}` as CalendarDate;
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t as CalendarDate;
  return null;
}

export function parseMue(text: string, file: string): MueEdit[] {
  const shared = /^\s*hcpcs_code,/i.test(text);
  const names = shared
    ? { code: 'hcpcs_code', units: 'mue_units', mai: 'mue_mai', rationale: 'mue_rationale' }
    : { code: 'HCPCS/CPT Code', units: 'Practitioner Services MUE Values', mai: 'MUE Adjudication Indicator', rationale: 'MUE Rationale' };
  const t = readTable(text, file, [names.code, names.units, names.mai], 'ncci.mue.bad_file');
  return t.rows.map((row) => {
    const code = field(t, row, names.code).toUpperCase();
    if (!CODE.test(code)) throw fail('ncci.mue.bad_row', file, row.line, `'${code}' is not a HCPCS/CPT code`);
    const units = Number(field(t, row, names.units));
    if (!Number.isInteger(units) || units < 0) throw fail('ncci.mue.bad_row', file, row.line, `MUE value '${field(t, row, names.units)}' is not a whole number`);
    const mai = Number(field(t, row, names.mai).slice(0, 1));
    if (mai !== 1 && mai !== 2 && mai !== 3) throw fail('ncci.mue.bad_row', file, row.line, `MUE adjudication indicator '${field(t, row, names.mai)}' must start with 1, 2 or 3`);
    return { code, units, mai, rationale: field(t, row, names.rationale) };
  });
}

export function parseAoc(text: string, file: string): AocEdit[] {
  const shared = /^\s*primary_code,/i.test(text);
  const names = shared
    ? { addOn: 'add_on_code', primary: 'primary_code', type: 'aoc_edit_type', from: '', to: '' }
    : { addOn: 'Add-on Code', primary: 'Primary Code', type: 'AOC Edit Type', from: 'AOC Pair Effective Date', to: 'AOC Pair Deletion Date' };
  const t = readTable(text, file, [names.addOn, names.primary, names.type], 'ncci.aoc.bad_file');
  return t.rows.map((row) => {
    const addOnCode = field(t, row, names.addOn).toUpperCase();
    const primaryCode = field(t, row, names.primary).toUpperCase();
    if (!CODE.test(addOnCode) || !CODE.test(primaryCode)) throw fail('ncci.aoc.bad_row', file, row.line, `'${addOnCode}' / '${primaryCode}' are not HCPCS/CPT codes`);
    const type = Number(field(t, row, names.type));
    if (type !== 1 && type !== 2 && type !== 3) throw fail('ncci.aoc.bad_row', file, row.line, `AOC edit type '${field(t, row, names.type)}' must be 1, 2 or 3`);
    const from = names.from ? isoDate(field(t, row, names.from)) : undefined;
    const to = names.to ? isoDate(field(t, row, names.to)) : undefined;
    if (from === null || to === null) throw fail('ncci.aoc.bad_row', file, row.line, 'AOC pair dates must be YYYYMMDD or *');
    return { addOnCode, primaryCode, type, ...(from ? { effectiveDate: from } : {}), ...(to ? { deletionDate: to } : {}) };
  });
}
