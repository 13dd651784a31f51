// Claim Adjustment Reason Codes (CARC), Remittance Advice Remark Codes (RARC) and Claim Adjustment Group
// Codes (CO, CR, OA, PI, PR) from the derived CSV adj_code,adj_type,adj_description,adj_usage,adj_notes,
// adj_start_date,adj_last_modified,adj_end_date. The end date is the day a code stops being usable:
// its window ends the day before.
import type { CalendarDate } from '../../dates/index';
import type { CodeSystem } from '../types';
import { listError, parseCsv } from './csv';
import { listDate, windowEndingBefore } from './dates';
import { CodeList, type ListEntry } from './provider';

export type AdjustmentKind = 'CARC' | 'RARC' | 'CAGC';

export interface AdjustmentCode {
  kind: AdjustmentKind;
  code: string;
  description: string;
  usage: string;
  notes: string;
  startDate?: CalendarDate;
  lastModified?: CalendarDate;
  endDate?: CalendarDate;
}

const KINDS: Record<string, AdjustmentKind> = { CARC: 'CARC', RARC: 'RARC', Group: 'CAGC' };

export function parseAdjustmentCodesCsv(text: string, file = 'carc_rarc_group_codes.csv'): AdjustmentCode[] {
  const columns = ['adj_code', 'adj_type', 'adj_description', 'adj_usage', 'adj_notes', 'adj_start_date', 'adj_last_modified', 'adj_end_date'];
  return parseCsv(text, file, columns).map(({ line, fields: f }) => {
    const kind = KINDS[f.adj_type!];
    if (!kind) throw listError(file, line, `adj_type '${f.adj_type!}' is not CARC, RARC or Group`);
    return {
      kind, code: f.adj_code!.trim().toUpperCase(), description: f.adj_description!.trim(), usage: f.adj_usage!.trim(), notes: f.adj_notes!.trim(),
      startDate: listDate(f.adj_start_date!, file, line, 'adj_start_date'), lastModified: listDate(f.adj_last_modified!, file, line, 'adj_last_modified'),
      endDate: listDate(f.adj_end_date!, file, line, 'adj_end_date'),
    };
  });
}

const PATTERNS: Record<AdjustmentKind, RegExp> = { CARC: /^([A-Z]\d{0,2}|\d{1,3})$/, RARC: /^[A-Z]{1,2}\d{1,3}$/, CAGC: /^(CO|CR|OA|PI|PR)$/ };

/** One list per kind: CARC, RARC and the group codes are separate systems (a code like 'M1' means different things). */
export function adjustmentCodeList(rows: readonly AdjustmentCode[], kind: AdjustmentKind, release: string): CodeList {
  const entries = rows
    .filter((r) => r.kind === kind)
    .map((r): ListEntry => ({
      code: r.code, title: r.description, billable: true, effective: windowEndingBefore(r.startDate, r.endDate),
      details: { usage: r.usage, notes: r.notes, lastModified: r.lastModified },
    }));
  const system: CodeSystem = kind;
  return new CodeList(entries, { system, release, normalize: normalizeAdjustmentCode(kind) });
}

export function normalizeAdjustmentCode(kind: AdjustmentKind): (input: string) => string | undefined {
  return (input) => {
    const c = input.trim().toUpperCase();
    return PATTERNS[kind].test(c) ? c : undefined;
  };
}
