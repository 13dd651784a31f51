// Code search over the full FY2023 ICD-10-CM (tabular titles, inclusion terms, Alphabetic Index paths):
// our engine against MiniSearch and PostgreSQL pg_trgm on the same documents and the same evaluation list.
// Run alone: node --expose-gc bin/run-ts.mjs bench/codes.ts
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sharedDataDir, PACKAGE_ROOT } from '../src/config/index';
import { expandQueryText, hashFiles, loadRelease, planReleases, searchDocuments, SearchEngine, type SearchDocument } from '../src/codesets/index';
import { heapMb, measure, readEvalQueries, type EvalQuery } from './codes-measure';
import { buildMiniSearch, miniSearchCodes } from './codes-minisearch';
import { openPgTrgm } from './codes-pgtrgm';
import type { BenchResult } from './types';

const OUR_ROUNDS = 20;
const MINI_ROUNDS = 3;

/** The FY2023 release (the official tabular and index XML) through the code-set module's loader and searchDocuments. */
async function documents(dir: string): Promise<SearchDocument[]> {
  const plan = planReleases(join(dir, 'icd10cm'), 2023).find((p) => p.fiscalYear === 2023);
  if (!plan) throw new Error(`no FY2023 tabular/index XML in ${join(dir, 'icd10cm')}`);
  const release = await loadRelease(plan, await hashFiles(plan.files.map((f) => f.path)));
  return [...searchDocuments(release)];
}

async function ours(docs: SearchDocument[], queries: EvalQuery[]): Promise<BenchResult> {
  const before = heapMb();
  const t0 = performance.now();
  const engine = SearchEngine.build(docs);
  const buildMs = performance.now() - t0;
  const memoryMb = heapMb() - before;
  const m = await measure(queries, (q) => engine.search(q, { limit: 5 }, false).map((h) => h.code), OUR_ROUNDS);
  return {
    name: 'codes.search.openrcm',
    figures: {
      documents: docs.length, entries: engine.size.entries, terms: engine.size.terms, queries: queries.length,
      buildMs: Math.round(buildMs), memoryMb: Math.round(memoryMb), p50Ms: m.p50Ms, p99Ms: m.p99Ms, p99OfQueryMediansMs: m.p99OfMediansMs,
      qps: m.qps, top1: m.top1, top5: m.top5,
    },
    notes: m.misses.length ? `top-5 misses: ${m.misses.join('; ')}` : undefined,
  };
}

async function mini(docs: SearchDocument[], queries: EvalQuery[]): Promise<BenchResult[]> {
  const before = heapMb();
  const t0 = performance.now();
  const index = buildMiniSearch(docs);
  const buildMs = performance.now() - t0;
  const memoryMb = heapMb() - before;
  const m = await measure(queries, (q) => miniSearchCodes(index, q), MINI_ROUNDS);
  // The same index given our abbreviation expansion, to separate the ranking from the dictionary.
  const x = await measure(queries, (q) => miniSearchCodes(index, expandQueryText(q)), 1);
  const expanded: BenchResult = {
    name: 'codes.search.minisearch+abbreviations',
    figures: { p50Ms: x.p50Ms, p99Ms: x.p99Ms, qps: x.qps, top1: x.top1, top5: x.top5 },
    notes: 'MiniSearch as above, each query first rewritten with our abbreviation and lay-term dictionary (one timed round)',
  };
  return [{
    name: 'codes.search.minisearch',
    figures: {
      buildMs: Math.round(buildMs), memoryMb: Math.round(memoryMb), p50Ms: m.p50Ms, p99Ms: m.p99Ms, p99OfQueryMediansMs: m.p99OfMediansMs,
      qps: m.qps, top1: m.top1, top5: m.top5,
    },
    notes: 'MiniSearch 7, fields title (boost 3), inclusion (2), index; fuzzy 0.2, prefix, maxFuzzy 2',
  }, expanded];
}

async function pgTrgm(docs: SearchDocument[], queries: EvalQuery[]): Promise<BenchResult> {
  const pg = await openPgTrgm(docs);
  if (typeof pg === 'string') return { name: 'codes.search.pg_trgm', figures: { skipped: 'yes' }, notes: pg };
  try {
    const m = await measure(queries, (q) => pg.search(q), 1);
    return {
      name: 'codes.search.pg_trgm',
      figures: { buildMs: Math.round(pg.buildMs), p50Ms: m.p50Ms, p99Ms: m.p99Ms, qps: m.qps, top1: m.top1, top5: m.top5 },
      notes: 'one row per title / inclusion term / index path, GIN gin_trgm_ops, word_similarity (<%), best row per code',
    };
  } finally {
    await pg.close();
  }
}

export async function run(): Promise<BenchResult[]> {
  const dir = sharedDataDir();
  if (!dir || !existsSync(join(dir, 'icd10cm', 'icd10cm_tabular_2023.xml'))) {
    return [{ name: 'codes.search', figures: { skipped: 'yes' }, notes: 'ICD-10-CM FY2023 XML not found under ../shared/data' }];
  }
  const queries = readEvalQueries(resolve(PACKAGE_ROOT, 'src', 'codesets', 'search', 'eval-queries.tsv'));
  const t0 = performance.now();
  const docs = await documents(dir);
  const loadMs = Math.round(performance.now() - t0);
  const results = [await ours(docs, queries), ...(await mini(docs, queries)), await pgTrgm(docs, queries)];
  const [o, m, , p] = results.map((r) => r.figures);
  results.push({
    name: 'codes.search.ratios',
    notes: 'p99OfQueryMediansMs: the 99th percentile over queries of each query\'s median latency (robust to GC pauses and other processes on a shared machine); p99Ms is over every timed run',
    figures: {
      loadXmlMs: loadMs,
      qpsVsMiniSearch: Math.round((Number(o!.qps) / Number(m!.qps)) * 10) / 10,
      qpsVsPgTrgm: p!.qps ? Math.round((Number(o!.qps) / Number(p!.qps)) * 10) / 10 : 'n/a',
      top5VsMiniSearch: `${o!.top5} vs ${m!.top5}`,
    },
  });
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await run()) console.log(JSON.stringify(r, null, 2));
}
