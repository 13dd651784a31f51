import type { PostalAddress } from '../../claims/index';
import type { Row } from '../db';

export function optional<T>(value: T | null | undefined): T | undefined {
  return value ?? undefined;
}

/** The address columns (address_line1, city, state, postal_code) of a row, when present. */
export function addressOf(r: Row, prefix = ''): PostalAddress | undefined {
  const line1 = r[`${prefix}address_line1`] as string | null;
  if (!line1) return undefined;
  const line2 = r[`${prefix}address_line2`] as string | null | undefined;
  return {
    line1,
    ...(line2 ? { line2 } : {}),
    city: r[`${prefix}city`] as string,
    state: (r[`${prefix}state`] as string).trim(),
    postalCode: r[`${prefix}postal_code`] as string,
  };
}
