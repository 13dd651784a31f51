import { cents, type Cents } from '../money/index';

/**
 * Splits an amount across weights (e.g. line charges) to the cent, by largest remainder: the shares
 * always sum to the amount exactly, and equal inputs give equal outputs. Zero weights share equally.
 */
export function allocate(amount: Cents, weights: readonly number[]): Cents[] {
  if (weights.length === 0) return [];
  const w = weights.every((x) => x <= 0) ? weights.map(() => 1) : weights.map((x) => Math.max(0, x));
  const total = w.reduce((a, b) => a + b, 0);
  const abs = Math.abs(amount);
  const raw = w.map((x) => (abs * x) / total);
  const shares = raw.map(Math.floor);
  let left = abs - shares.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => ({ i, frac: r - Math.floor(r) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    shares[i]! += 1;
    left -= 1;
  }
  return shares.map((s) => cents(amount < 0 ? -s : s));
}
