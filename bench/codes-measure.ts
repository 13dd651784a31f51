// Shared measuring for the code-search bench: the evaluation list, latency percentiles, accuracy.
import { readFileSync } from 'node:fs';

export interface EvalQuery {
  query: string;
  expected: string;
  kind: string;
}

export function readEvalQueries(path: string): EvalQuery[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => {
      const [query = '', expected = '', kind = ''] = l.split('\t');
      return { query, expected, kind };
    });
}

export interface Measured {
  p50Ms: number;
  p99Ms: number;
  p99OfMediansMs: number;
  qps: number;
  top1: number;
  top5: number;
  misses: string[];
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** Runs every query `rounds` times after one warm-up pass; accuracy is taken from the warm-up answers. */
export async function measure(
  queries: readonly EvalQuery[],
  search: (q: string) => string[] | Promise<string[]>,
  rounds: number,
): Promise<Measured> {
  let top1 = 0;
  let top5 = 0;
  const misses: string[] = [];
  for (const q of queries) {
    const codes = (await search(q.query)).slice(0, 5);
    const at = codes.indexOf(q.expected);
    if (at === 0) top1++;
    if (at >= 0) top5++;
    else misses.push(`${q.query} → want ${q.expected}, got ${codes.join(' ')}`);
  }
  const samples = new Float64Array(queries.length * rounds);
  const perQuery = queries.map(() => new Float64Array(rounds));
  let n = 0;
  const start = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < queries.length; i++) {
      const t0 = performance.now();
      await search(queries[i]!.query);
      const ms = performance.now() - t0;
      samples[n++] = ms;
      perQuery[i]![r] = ms;
    }
  }
  const total = performance.now() - start;
  samples.sort();
  const medians = Float64Array.from(perQuery.map((t) => t.sort()[Math.floor(rounds / 2)]!)).sort();
  return {
    p50Ms: round3(percentile(samples, 0.5)), p99Ms: round3(percentile(samples, 0.99)), p99OfMediansMs: round3(percentile(medians, 0.99)), qps: Math.round((n / total) * 1000),
    top1: round3(top1 / queries.length), top5: round3(top5 / queries.length), misses,
  };
}

/** JS heap plus typed-array buffers (where an index of typed arrays lives), after a GC when --expose-gc is on. */
export function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 1e6;
}
