// Dates as the lists write them (ISO, CCYYMMDD, M/D/YYYY) turned into calendar dates, and date windows.
import { addDays, parseCalendarDate, type CalendarDate } from '../../dates/index';
import type { EffectiveWindow } from '../types';
import { listError } from './csv';

/** '' → undefined; '2024-01-01', '20240101' or '1/1/2024' → the date; anything else is an error at file:line. */
export function listDate(text: string, file: string, line: number, field: string): CalendarDate | undefined {
  const t = text.trim();
  if (t === '' || /^0+$/.test(t)) return undefined;
  let iso = t;
  if (/^\d{8}$/.test(t)) iso = `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}`;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (us) iso = `${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}`;
  const date = parseCalendarDate(iso);
  if (!date) throw listError(file, line, `${field} '${text}' is not a date`);
  return date;
}

/** The window from a first day to a last day (both inclusive); no first day means "always been". */
export function windowOf(from: CalendarDate | undefined, lastDay: CalendarDate | undefined): EffectiveWindow {
  return { from: from ?? ('0001-01-01' as CalendarDate), to: lastDay ?? null };
}

/** A stop date after which a code may no longer be used is the first day out: the window ends the day before. */
export function windowEndingBefore(from: CalendarDate | undefined, stop: CalendarDate | undefined): EffectiveWindow {
  return windowOf(from, stop ? addDays(stop, -1) : undefined);
}

export function inWindow(window: EffectiveWindow, date: CalendarDate): boolean {
  return date >= window.from && (window.to === null || date <= window.to);
}

export function describeWindow(window: EffectiveWindow): string {
  const from = window.from === '0001-01-01' ? 'always' : `from ${window.from}`;
  return window.to ? `${from} through ${window.to}` : `${from}, no end date`;
}
