// Money is integer cents, always. Floats never touch an amount.

declare const centsBrand: unique symbol;
/** An amount of US money in integer cents. */
export type Cents = number & { readonly [centsBrand]: true };

export function cents(value: number): Cents {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not a whole number of cents: ${value}`);
  return value as Cents;
}

/** Parses a decimal dollar string such as "125.5", "-0.07" or "100" exactly, without floats. */
export function parseDollars(text: string): Cents | undefined {
  const m = /^(-)?(\d{1,13})(?:\.(\d{0,2}))?$/.exec(text.trim());
  if (!m) return undefined;
  const whole = Number(m[2]);
  const frac = Number((m[3] ?? '').padEnd(2, '0'));
  const value = whole * 100 + frac;
  return cents(m[1] ? -value : value);
}

/** Formats cents as an X12/plain decimal: no thousands separator, no trailing zeros ("125.5", "100", "-0.07"). */
export function toDecimal(amount: Cents): string {
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  const whole = Math.floor(abs / 100);
  const frac = abs % 100;
  if (frac === 0) return `${sign}${whole}`;
  return `${sign}${whole}.${String(frac).padStart(2, '0').replace(/0$/, '')}`;
}

/** Formats cents for people: "$1,234.50", "-$0.07". */
export function formatUsd(amount: Cents): string {
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  const whole = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}$${whole}.${String(abs % 100).padStart(2, '0')}`;
}

export function sum(amounts: Iterable<Cents>): Cents {
  let total = 0;
  for (const a of amounts) total += a;
  return cents(total);
}

/** Multiplies by a rate given in basis points (1/100 of a percent), rounding half away from zero. */
export function applyBasisPoints(amount: Cents, basisPoints: number): Cents {
  const product = amount * basisPoints;
  const rounded = Math.sign(product) * Math.round(Math.abs(product) / 10_000);
  return cents(rounded);
}
