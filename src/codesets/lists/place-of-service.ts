// CMS place-of-service codes (two digits), from the derived CSV pos_code,pos_type,pos_name,pos_description.
// "Unassigned" rows are kept out: those numbers are not codes a claim may carry.
import { listError, parseCsv } from './csv';
import { windowOf } from './dates';
import { CodeList, type ListEntry } from './provider';

export interface PlaceOfService {
  code: string;
  name: string;
  description: string;
  /** Facility / Non-Facility as the derived file's author classed it (not part of the CMS list). */
  setting: string;
}

export function parsePlaceOfServiceCsv(text: string, file = 'place_of_service.csv'): PlaceOfService[] {
  return parseCsv(text, file, ['pos_code', 'pos_type', 'pos_name', 'pos_description'])
    .filter(({ fields }) => fields.pos_name!.trim().toLowerCase() !== 'unassigned')
    .map(({ line, fields: f }) => {
      const code = f.pos_code!.trim().padStart(2, '0');
      if (!/^\d{2}$/.test(code)) throw listError(file, line, `place of service '${f.pos_code!}' is not a two-digit code`);
      return { code, name: f.pos_name!.trim(), description: f.pos_description!.trim(), setting: f.pos_type!.trim() };
    });
}

export function normalizePos(input: string): string | undefined {
  const t = input.trim();
  return /^\d{1,2}$/.test(t) ? t.padStart(2, '0') : undefined;
}

export function placeOfServiceList(rows: readonly PlaceOfService[], release: string): CodeList {
  const entries = rows.map((r): ListEntry => ({
    code: r.code, title: r.name, billable: true, effective: windowOf(undefined, undefined),
    details: { description: r.description, setting: r.setting },
  }));
  return new CodeList(entries, { system: 'POS', release, normalize: normalizePos });
}
