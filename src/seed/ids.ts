import { createHash } from 'node:crypto';

/** A UUID (version-4 layout) derived from the seed and a name: the same seed always gives the same ids. */
export function deterministicUuid(seed: number, kind: string, n: number | string): string {
  const h = createHash('sha256').update(`${seed}:${kind}:${n}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A 32-bit seed for one item's own random stream, independent of how many items came before it. */
export function childSeed(seed: number, kind: string, n: number): number {
  return createHash('sha256').update(`${seed}:${kind}:${n}`).digest().readUInt32LE(0);
}
