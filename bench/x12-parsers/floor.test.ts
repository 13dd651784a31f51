// The floor must give exactly the claims stream835 gives for the bench file, or its figure measures less
// work than the parser does and says nothing.
import { describe, expect, it } from 'vitest';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stream835, type x835 } from '../../src/x12/index';
import { write835 } from '../x12';
import { floorClaims } from './floor';

async function all<T>(batches: AsyncIterable<T[]>): Promise<T[]> {
  const out: T[] = [];
  for await (const b of batches) out.push(...b);
  return out;
}

async function* parsed(file: string): AsyncGenerator<x835.Loop2100[]> {
  for await (const e of stream835(createReadStream(file, { highWaterMark: 4096 }))) {
    if (e.kind === 'claims') yield e.claims;
    if (e.kind === 'end') expect(e.findings).toEqual([]);
  }
}

describe('the x12 bench floor', () => {
  it('reads the bench 835 into the same claims as stream835, across chunk boundaries and sets', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'openrcm-floor-'));
    try {
      const file = join(dir, 'bench.835');
      // Two transaction sets (5,000 claims each), read in small chunks so many segments are cut.
      await write835(file, 6_000);
      const expected = await all(parsed(file));
      const floor = await all(floorClaims(file, 4096));
      expect(expected).toHaveLength(6_000);
      expect(floor).toHaveLength(6_000);
      expect(floor).toEqual(expected);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
