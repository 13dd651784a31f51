import { describe, expect, it } from 'vitest';
import { createNoteRandom } from './random';

describe('createNoteRandom (mulberry32)', () => {
  it('replays the same sequence for the same seed and a different one for another seed', () => {
    const draw = (seed: number) => {
      const r = createNoteRandom(seed);
      return Array.from({ length: 20 }, () => r.int(0, 1_000_000));
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('keeps int, float1 and pick inside their bounds and reaches both ends', () => {
    const r = createNoteRandom(7);
    const ints = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const n = r.int(3, 6);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(6);
      ints.add(n);
      const f = r.float1(30, 39.9);
      expect(f).toBeGreaterThanOrEqual(30);
      expect(f).toBeLessThanOrEqual(39.9);
      expect(Math.round(f * 10)).toBe(f * 10);
    }
    expect([...ints].sort()).toEqual([3, 4, 5, 6]);
    expect(['a', 'b']).toContain(r.pick(['a', 'b']));
  });

  it('chance follows its probability roughly', () => {
    const r = createNoteRandom(99);
    let hits = 0;
    for (let i = 0; i < 10_000; i++) if (r.chance(0.3)) hits++;
    expect(hits).toBeGreaterThan(2700);
    expect(hits).toBeLessThan(3300);
  });

  it('rejects impossible requests instead of returning garbage', () => {
    const r = createNoteRandom(1);
    expect(() => r.int(5, 4)).toThrow(RangeError);
    expect(() => r.pick([])).toThrow(RangeError);
  });
});
