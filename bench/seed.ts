// Seeding throughput (encounters/s) on both engines, same options, one run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDatabase } from '../src/seed/index';
import { openDb, TEST_POSTGRES_URL, uniqueSchema } from '../src/store/index';
import type { BenchResult } from './types';

const PATIENTS = Number(process.env.BENCH_SEED_PATIENTS ?? 5000);
const ENCOUNTERS = Number(process.env.BENCH_SEED_ENCOUNTERS ?? 20000);

async function measure(engine: 'pglite' | 'postgres'): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'openrcm-bench-seed-'));
  const schema = uniqueSchema();
  const db = await openDb(engine === 'pglite' ? { engine, dataDir: join(dir, 'db') } : { engine, url: TEST_POSTGRES_URL, schema });
  try {
    const rssBefore = process.memoryUsage().rss;
    const summary = await seedDatabase(db, { seed: 7, patients: PATIENTS, encounters: ENCOUNTERS });
    return {
      name: `seed on ${engine}`,
      figures: {
        patients: PATIENTS,
        encounters: ENCOUNTERS,
        seconds: summary.seconds,
        'encounters/s': Math.round(ENCOUNTERS / summary.seconds),
        'rss growth MB': Math.round((process.memoryUsage().rss - rssBefore) / 1e6),
      },
    };
  } finally {
    if (engine === 'postgres') await db.exec(`DROP SCHEMA "${schema}" CASCADE`);
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchResult[]> {
  const results = [await measure('pglite')];
  try {
    results.push(await measure('postgres'));
  } catch (e) {
    results.push({ name: 'seed on postgres', figures: {}, notes: `skipped: ${(e as Error).message}` });
  }
  return results;
}
