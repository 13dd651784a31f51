// Fuzz: bounded, seeded mutations of every sample and fixture. The reader must never throw anything but
// an X12ReadError (input that is not X12 at all), never hang, and report what it found.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { sharedSamplesDir } from './deps';
import { inspectX12, prettyX12, stream835, X12ReadError } from './index';

const MUTATIONS_PER_FILE = 300;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(835|837i?|27[0-7]|277ca|999)$/.test(name) ? [path] : [];
  });
}

/** mulberry32: a small seeded PRNG, so a failure reproduces. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Mutation = { name: string; apply(b: Buffer, rnd: () => number): Buffer };
const int = (rnd: () => number, n: number) => Math.floor(rnd() * n);

const MUTATIONS: Mutation[] = [
  { name: 'byte flips', apply: (b, rnd) => { const c = Buffer.from(b); for (let i = 0, n = 1 + int(rnd, 8); i < n; i++) c[int(rnd, c.length)] = int(rnd, 256); return c; } },
  { name: 'truncation', apply: (b, rnd) => b.subarray(0, int(rnd, b.length)) },
  { name: 'swapped delimiters', apply: (b, rnd) => { const s = b.toString('latin1'); const d = ['*', ':', '~', '^', '>', '\n']; const x = d[int(rnd, d.length)]!; const y = d[int(rnd, d.length)]!; return Buffer.from(s.replace(/[\s\S]/g, (ch) => (ch === x ? y : ch === y ? x : ch)), 'latin1'); } },
  { name: 'huge element', apply: (b, rnd) => { const at = int(rnd, b.length); return Buffer.concat([b.subarray(0, at), Buffer.alloc(20_000 + int(rnd, 60_000), 'A'), b.subarray(at)]); } },
  { name: 'deeply repeated segment', apply: (b, rnd) => { const segs = b.toString('latin1').split('~'); const i = 2 + int(rnd, Math.max(1, segs.length - 4)); const rep = Array<string>(200 + int(rnd, 1000)).fill(segs[i] ?? 'LX*1'); segs.splice(i, 0, ...rep); return Buffer.from(segs.join('~'), 'latin1'); } },
  { name: 'deleted segments', apply: (b, rnd) => { const segs = b.toString('latin1').split('~'); for (let i = 0, n = 1 + int(rnd, 4); i < n; i++) segs.splice(int(rnd, segs.length), 1); return Buffer.from(segs.join('~'), 'latin1'); } },
  { name: 'UTF-16 with flips', apply: (b, rnd) => { const c = Buffer.from(b.toString('latin1'), 'utf16le'); c[int(rnd, c.length)] = int(rnd, 256); return Buffer.concat([Buffer.from([0xff, 0xfe]), c]); } },
];

function readSafely(input: Buffer): { ok: true; findings: number } | { ok: false } {
  try {
    const file = inspectX12(input);
    prettyX12(file);
    return { ok: true, findings: file.findings.length + file.transactions.reduce((n, t) => n + t.findings.length, 0) };
  } catch (e) {
    if (e instanceof X12ReadError) return { ok: false };
    throw new Error(`unexpected ${(e as Error).name}: ${(e as Error).message}`, { cause: e });
  }
}

const samples = sharedSamplesDir();
const inputs = [...files(join(import.meta.dirname)), ...(samples ? files(join(samples, 'x12')) : [])];

describe('fuzzing the reader', () => {
  it('found files to fuzz', () => {
    expect(inputs.length).toBeGreaterThan(samples ? 40 : 2);
  });

  it.each(inputs.map((p) => [p.replace(/^.*\/(samples|x12)\//, ''), p]))(`%s: ${MUTATIONS_PER_FILE} mutations never crash, hang or go unreported`, (_name, path) => {
    const original = readFileSync(path);
    const rnd = prng(0x5eed ^ original.length);
    for (let i = 0; i < MUTATIONS_PER_FILE; i++) {
      const m = MUTATIONS[i % MUTATIONS.length]!;
      const mutated = m.apply(original, rnd);
      let result: ReturnType<typeof readSafely>;
      try {
        result = readSafely(mutated);
      } catch (e) {
        throw new Error(`${m.name} #${i} of ${path}: ${(e as Error).message}`, { cause: e });
      }
      if (m.name === 'truncation' && result.ok && mutated.length < original.length - 2) {
        expect(result.findings, `${m.name} #${i} of ${path} went unreported`).toBeGreaterThan(0);
      }
    }
  });

  it('the streaming 835 reader survives the same mutations', async () => {
    const path = inputs.find((p) => p.endsWith('valid.835'))!;
    const original = readFileSync(path);
    const rnd = prng(7);
    for (let i = 0; i < 200; i++) {
      const mutated = MUTATIONS[i % MUTATIONS.length]!.apply(original, rnd);
      try {
        for await (const _e of stream835(Readable.from([mutated.subarray(0, 100), mutated.subarray(100)]))) {
          /* drain */
        }
      } catch (e) {
        if (!(e instanceof X12ReadError)) throw e;
      }
    }
  });
});
