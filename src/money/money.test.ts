import { describe, expect, it } from 'vitest';
import { applyBasisPoints, cents, formatUsd, parseDollars, sum, toDecimal } from './index';

describe('money', () => {
  it('parses X12-style decimals exactly', () => {
    expect(parseDollars('125.5')).toBe(12550);
    expect(parseDollars('100')).toBe(10000);
    expect(parseDollars('-0.07')).toBe(-7);
    expect(parseDollars('0.1')).toBe(10);
    expect(parseDollars('1.234')).toBeUndefined();
    expect(parseDollars('12a')).toBeUndefined();
  });

  it('writes decimals the way X12 wants them', () => {
    expect(toDecimal(cents(12550))).toBe('125.5');
    expect(toDecimal(cents(10000))).toBe('100');
    expect(toDecimal(cents(-7))).toBe('-0.07');
    expect(toDecimal(cents(1))).toBe('0.01');
  });

  it('formats for people and sums without floats', () => {
    expect(formatUsd(cents(123450))).toBe('$1,234.50');
    expect(formatUsd(cents(-7))).toBe('-$0.07');
    expect(sum([cents(10), cents(20), cents(-5)])).toBe(25);
  });

  it('applies a percentage in basis points, rounding half away from zero', () => {
    expect(applyBasisPoints(cents(10001), 2000)).toBe(2000);
    expect(applyBasisPoints(cents(25), 5000)).toBe(13);
    expect(applyBasisPoints(cents(-25), 5000)).toBe(-13);
  });

  it('refuses fractional cents', () => {
    expect(() => cents(1.5)).toThrow(/whole number/);
  });
});
