import { describe, expect, it } from 'vitest';
import { completeNpi, isValidNpi, npiCheckDigit } from './npi';

describe('NPI check digit', () => {
  it('accepts the CMS worked example 1234567893', () => {
    expect(npiCheckDigit('123456789')).toBe(3);
    expect(isValidNpi('1234567893')).toBe(true);
  });

  it('rejects a wrong check digit, wrong length or a leading digit other than 1 or 2', () => {
    expect(isValidNpi('1234567890')).toBe(false);
    expect(isValidNpi('123456789')).toBe(false);
    expect(isValidNpi('3234567893')).toBe(false);
    expect(isValidNpi('12345678a3')).toBe(false);
  });

  it('completes nine digits into a valid NPI', () => {
    const npi = completeNpi('198765432');
    expect(npi).toHaveLength(10);
    expect(isValidNpi(npi)).toBe(true);
  });
});
