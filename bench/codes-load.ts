// Code-set load figures over the real ICD-10-CM files: streaming parse of the tabular and index XML,
// import into PGlite, and start-up (rebuilding the in-memory releases from the stored snapshots).
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  buildRelease,
  hashFiles,
  loadIcd10cmReleases,
  loadRelease,
  planReleases,
  saveIcd10cmRelease,
  toSnapshot,
  snapshotParts,
  createTabularParser,
  createIndexParser,
  validateCode,
  buildCodeTable,
} from '../src/codesets/index';
import { sharedDataDir } from '../src/config/index';
import { calendarDate } from '../src/dates/index';
import { openDb } from '../src/store/index';
import { readFileSync } from 'node:fs';
import type { BenchResult } from './types';


const ms = (t: number) => Math.round(t * 10) / 10;
const mb = (bytes: number) => Math.round((bytes / 1e6) * 10) / 10;

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await fn();
  return [value, performance.now() - t0];
}

function parseInMemory(path: string, parser: { write(s: string): void; end(): unknown }): number {
  const text = readFileSync(path, 'utf8');
  return time(() => {
    for (let i = 0; i < text.length; i += 1 << 20) parser.write(text.slice(i, i + (1 << 20)));
    parser.end();
  })[1];
}

export async function run(): Promise<BenchResult[]> {
  const data = sharedDataDir();
  if (!data) return [{ name: 'codes-load', figures: {}, notes: 'skipped: ../shared/data not found' }];
  const dir = join(data, 'icd10cm');
  const tabularMs = parseInMemory(join(dir, 'icd10cm_tabular_2023.xml'), createTabularParser('tabular'));
  const indexMs = parseInMemory(join(dir, 'icd10cm_index_2023.xml'), createIndexParser('index'));

  const plans = planReleases(dir);
  const hashes = await hashFiles(plans.flatMap((p) => p.files.map((f) => f.path)));
  const fy2023Plan = plans.find((p) => p.fiscalYear === 2023)!;
  const [fy2023, fileParseMs] = await timeAsync(() => loadRelease(fy2023Plan, hashes));
  const [, expandMs] = time(() => buildRelease({ fiscalYear: 2023, sources: fy2023.sources, contentHash: 'x', tabular: fy2023.tabular!.tabular, index: fy2023.index! }));
  const snapshotBytes = snapshotParts(toSnapshot(fy2023)).reduce((n, [, v]) => n + gzipSync(JSON.stringify(v), { level: 1 }).length, 0);

  const db = await openDb({ engine: 'pglite', dataDir: null });
  try {
    const [, storeMs] = await timeAsync(() => saveIcd10cmRelease(db, fy2023));
    const others = await Promise.all(plans.filter((p) => p !== fy2023Plan).map((p) => loadRelease(p, hashes)));
    for (const r of others) await saveIcd10cmRelease(db, r);
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const [, codesOnlyMs] = await timeAsync(() => loadIcd10cmReleases(db, ['codes']));
    // the alternative to snapshots: rebuild the code tables from the code rows
    const [, fromRowsMs] = await timeAsync(async () => {
      const rows = await db.query<{ release: string; code: string; title: string; billable: boolean }>(
        "SELECT release, code, title, billable FROM code_set_codes WHERE system = 'ICD10CM' ORDER BY release, code",
      );
      const byRelease = new Map<string, { code: string; title: string; billable: boolean }[]>();
      for (const r of rows) (byRelease.get(r.release) ?? byRelease.set(r.release, []).get(r.release)!).push(r);
      return [...byRelease.values()].map((list) => buildCodeTable(list));
    });
    const [, withTabularMs] = await timeAsync(() => loadIcd10cmReleases(db, ['codes', 'tabular']));
    global.gc?.();
    const [releases, loadMs] = await timeAsync(() => loadIcd10cmReleases(db));
    global.gc?.();
    const heapAfter = process.memoryUsage().heapUsed;
    const [, validateMs] = time(() => {
      for (let i = 0; i < 10_000; i++) validateCode(releases, i % 2 ? 'S72.001A' : 'T36.01A', calendarDate('2023-05-01'));
    });
    return [
      {
        name: 'codes-load',
        figures: {
          tabularXmlParseMs: ms(tabularMs),
          indexXmlParseMs: ms(indexMs),
          fy2023FilesReadParseBuildMs: ms(fileParseMs),
          fy2023ExpandSeventhCharactersMs: ms(expandMs),
          fy2023Codes: fy2023.table.codes.length,
          fy2023StoreInPgliteMs: ms(storeMs),
          fy2023SnapshotGzipMB: mb(snapshotBytes),
          releasesLoaded: releases.releases.map((r) => r.label).join(' '),
          startupCodesOnlyMs: ms(codesOnlyMs),
          startupCodesFromRowsInsteadMs: ms(fromRowsMs),
          startupCodesAndTabularMs: ms(withTabularMs),
          startupAllPartsMs: ms(loadMs),
          heapOfLoadedReleasesMB: global.gc ? mb(heapAfter - heapBefore) : 'run node with --expose-gc',
          rssMB: mb(process.memoryUsage().rss),
          validateMicrosecondsPerCall: Math.round((validateMs / 10_000) * 1000 * 100) / 100,
        },
        notes: 'PGlite in memory; parse figures are of text already in memory, fy2023FilesRead… includes disk streaming and sha256',
      },
    ];
  } finally {
    await db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await run(), null, 2));
}
