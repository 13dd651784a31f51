// How values are written on paper claims: the NUCC and NUBC manuals' conventions for names, dates, money.
import type { ClaimPerson, ClaimProvider, PostalAddress } from '../claims/index';
import type { Cents } from '../money/index';
import type { CalendarDate } from '../dates/index';

export interface DateParts {
  mm: string;
  dd: string;
  yy: string;
  yyyy: string;
}

export function dateParts(date: CalendarDate): DateParts {
  const [yyyy = '', mm = '', dd = ''] = date.split('-');
  return { mm, dd, yy: yyyy.slice(2), yyyy };
}

/** UB-04 dates: MMDDYY, no separators (FL6, FL12, FL31-36, FL45, FL74). */
export function mmddyy(date: CalendarDate): string {
  const p = dateParts(date);
  return `${p.mm}${p.dd}${p.yy}`;
}

/** UB-04 birth date (FL10): MMDDCCYY. */
export function mmddccyy(date: CalendarDate): string {
  const p = dateParts(date);
  return `${p.mm}${p.dd}${p.yyyy}`;
}

/** Amounts print without "$" or thousands separators, the cents in their own column. */
export function splitMoney(amount: Cents): { dollars: string; cents: string } {
  const abs = Math.abs(amount);
  const dollars = String(Math.floor(abs / 100));
  return { dollars: amount < 0 ? `-${dollars}` : dollars, cents: String(abs % 100).padStart(2, '0') };
}

/** NUCC: no periods in names; commas separate last, first and middle initial; a suffix follows the last name. */
export function lastFirstName(p: Pick<ClaimPerson, 'lastName' | 'firstName' | 'middleName' | 'suffix'>): string {
  const last = p.suffix ? `${p.lastName} ${p.suffix}` : p.lastName;
  const mi = p.middleName ? `, ${p.middleName.slice(0, 1)}` : '';
  return stripPeriods(`${last}, ${p.firstName}${mi}`);
}

/** Provider names in items 17, 31-33 and the UB-04 read first name, middle initial, last name. */
export function providerName(p: ClaimProvider): string {
  if (p.entityType === 'organization' || !p.firstName) return stripPeriods(p.lastNameOrOrganization);
  const mi = p.middleName ? ` ${p.middleName.slice(0, 1)}` : '';
  return stripPeriods(`${p.firstName}${mi} ${p.lastNameOrOrganization}`);
}

function stripPeriods(s: string): string {
  return s.replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

/** NUCC: no punctuation in addresses ("123 N Main Street 101", not "123 N. Main Street, #101"); hyphens stay. */
export function addressLine(text: string): string {
  return text.replace(/[^A-Za-z0-9\- /]/g, ' ').replace(/\s+/g, ' ').trim();
}

export function streetLine(a: PostalAddress): string {
  return addressLine(a.line2 ? `${a.line1} ${a.line2}` : a.line1);
}

/** Nine-digit ZIP codes print with the hyphen (NUCC items 5, 7, 32, 33). */
export function zipCode(postalCode: string): string {
  return postalCode.length === 9 ? `${postalCode.slice(0, 5)}-${postalCode.slice(5)}` : postalCode;
}

/** The last address line as a city that may be shortened and a state and ZIP that must print whole. */
export function cityStateZip(a: PostalAddress, zip: 'hyphen' | 'digits' = 'hyphen'): { head: string; tail: string } {
  return { head: addressLine(a.city), tail: `${a.state} ${zip === 'hyphen' ? zipCode(a.postalCode) : a.postalCode}` };
}

/** A ten-digit US phone split into area code and number, without separators (NUCC items 5, 7, 33). */
export function phoneParts(phone: string | undefined): { area: string; number: string } | undefined {
  const digits = (phone ?? '').replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
  if (digits.length !== 10) return undefined;
  return { area: digits.slice(0, 3), number: digits.slice(3) };
}

/** Index 0 → 'A' ... 11 → 'L': the 1500's diagnosis letters and the UB-04's FL67 letters. */
export function letter(index: number): string {
  return String.fromCharCode(65 + index);
}
