// ICD-10-PCS valid codes and titles: the official order file (icd10pcs_order_<year>.txt) and the derived CSV.
// Order-file layout (CMS "ICD-10-PCS Order File" description), 1-based positions: 1-5 order number
// (zero-filled), 6 blank, 7-13 code (table headers are 3-4 characters, blank-padded), 14 blank,
// 15 valid flag (1 = valid for reporting, 0 = header), 16 blank, 17-76 short title, 77 blank, 78- long title.
import { parseCsv, listError } from './csv';
import { windowOf } from './dates';
import { CodeList, plainCode, type ListEntry } from './provider';
import { fiscalYearWindowOf } from './fiscal-year';

export interface PcsRecord {
  order: number;
  code: string;
  valid: boolean;
  shortTitle: string;
  longTitle: string;
  line: number;
}

export const normalizePcs = plainCode(/^[0-9A-HJ-NP-Z]{3,7}$/);

export function parsePcsOrderFile(text: string, file = 'icd10pcs_order.txt'): PcsRecord[] {
  const out: PcsRecord[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    if (raw.length < 17) throw listError(file, line, `record is ${raw.length} characters: an order-file record has at least 17 (order, code, flag)`);
    const order = raw.slice(0, 5);
    const code = raw.slice(6, 13).trim();
    const flag = raw[14];
    if (!/^\d{5}$/.test(order)) throw listError(file, line, `order number (positions 1-5) '${order}' is not 5 digits`);
    if (!normalizePcs(code)) throw listError(file, line, `code (positions 7-13) '${code}' is not an ICD-10-PCS code`);
    if (flag !== '0' && flag !== '1') throw listError(file, line, `valid flag (position 15) '${flag ?? ''}' is not 0 or 1`);
    out.push({ order: Number(order), code, valid: flag === '1', shortTitle: raw.slice(16, 76).trim(), longTitle: raw.slice(77).trim(), line });
  });
  return out;
}

/** The derived CSV: order,code,valid,description_short,description_long. */
export function parsePcsOrderCsv(text: string, file = 'icd10pcs_order.csv'): PcsRecord[] {
  return parseCsv(text, file, ['order', 'code', 'valid', 'description_short', 'description_long']).map(({ line, fields: f }) => {
    if (!normalizePcs(f.code!)) throw listError(file, line, `code '${f.code!}' is not an ICD-10-PCS code`);
    if (f.valid !== '0' && f.valid !== '1') throw listError(file, line, `valid '${f.valid!}' is not 0 or 1`);
    return { order: Number(f.order), code: f.code!, valid: f.valid === '1', shortTitle: f.description_short!, longTitle: f.description_long!, line };
  });
}

/** A fiscal year's PCS codes, in effect October 1 of the year before through September 30. */
export function pcsList(records: readonly PcsRecord[], fiscalYear: number): CodeList {
  const effective = fiscalYearWindowOf(fiscalYear);
  const entries = records.map((r): ListEntry => ({
    code: r.code, title: r.longTitle || r.shortTitle, billable: r.valid, effective: windowOf(effective.from, effective.to ?? undefined),
    details: { shortTitle: r.shortTitle, order: r.order },
  }));
  return new CodeList(entries, { system: 'ICD10PCS', release: `FY${fiscalYear}`, normalize: normalizePcs, searchAs: 'ICD10PCS' });
}
