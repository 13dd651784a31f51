// Dates of service are calendar dates, not instants: 'YYYY-MM-DD' strings, compared as strings.

declare const dateBrand: unique symbol;
export type CalendarDate = string & { readonly [dateBrand]: true };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Validates a 'YYYY-MM-DD' date, rejecting impossible ones such as 2023-02-30. */
export function parseCalendarDate(text: string): CalendarDate | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return undefined;
  return text as CalendarDate;
}

export function calendarDate(text: string): CalendarDate {
  const d = parseCalendarDate(text);
  if (!d) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${text}`);
  return d;
}

/** X12 dates are CCYYMMDD. */
export function fromX12Date(text: string): CalendarDate | undefined {
  if (!/^\d{8}$/.test(text)) return undefined;
  return parseCalendarDate(`${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`);
}

export function toX12Date(date: CalendarDate): string {
  return date.replaceAll('-', '');
}

function toUtc(date: CalendarDate): number {
  return Date.parse(`${date}T00:00:00Z`);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return new Date(toUtc(date) + days * 86_400_000).toISOString().slice(0, 10) as CalendarDate;
}

/** The same day `months` later; a day the month lacks becomes its last (Jan 31 + 1 month = Feb 28 or 29). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}` as CalendarDate;
}

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

/** Age in whole years on a date, as the MCE age edits count it. */
export function ageOn(birthDate: CalendarDate, on: CalendarDate): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The US federal fiscal year (and ICD-10-CM release year) a date falls in: FY2023 = 2022-10-01..2023-09-30. */
export function fiscalYearOf(date: CalendarDate): number {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return m >= 10 ? y + 1 : y;
}

export function isWithin(date: CalendarDate, from: CalendarDate, to: CalendarDate | null | undefined): boolean {
  return date >= from && (to == null || date <= to);
}

export function todayUtc(now: Date): CalendarDate {
  return now.toISOString().slice(0, 10) as CalendarDate;
}
