// National Provider Identifier check digit: Luhn over the card-issuer prefix 80840 plus the first nine digits.
// https://www.cms.gov/Regulations-and-Guidance/Administrative-Simplification/NationalProvIdentStand (NPI check digit)

const NPI_PREFIX_SUM = 24; // Luhn contribution of the prefix "80840", precomputed as CMS describes

export function npiCheckDigit(firstNine: string): number {
  let total = NPI_PREFIX_SUM;
  for (let i = 0; i < 9; i++) {
    let d = firstNine.charCodeAt(8 - i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    total += d;
  }
  return (10 - (total % 10)) % 10;
}

/** Ten digits, starting with 1 or 2, with a valid Luhn check digit. */
export function isValidNpi(npi: string): boolean {
  if (!/^[12]\d{9}$/.test(npi)) return false;
  return npiCheckDigit(npi.slice(0, 9)) === Number(npi[9]);
}

/** Completes nine digits into a valid NPI (for synthetic practices). */
export function completeNpi(firstNine: string): string {
  if (!/^[12]\d{8}$/.test(firstNine)) throw new RangeError(`an NPI starts with 1 or 2 and has 9 digits before the check digit: ${firstNine}`);
  return `${firstNine}${npiCheckDigit(firstNine)}`;
}
