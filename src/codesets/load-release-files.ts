// File adapter: reads the release files of a folder, streaming, hashing as it goes, with progress.
import { createHash } from 'node:crypto';
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { inputError } from '../errors/index';
import { createDrugTableParser } from './drug-table-xml';
import { createIndexParser } from './index-xml';
import { createNeoplasmTableParser } from './neoplasm-xml';
import { createOrderCsvParser } from './order-csv';
import { createOrderFileParser } from './order-file';
import { buildRelease, type Icd10cmRelease, type ReleaseInput } from './release';
import { classifyReleaseFiles, groupByFiscalYear, type ReleaseFile } from './release-files';
import { createTabularParser } from './tabular-xml';
import type { ReleaseSource } from './types';

export type ProgressFn = (label: string, done: number, total: number) => void;

export interface PlannedRelease {
  fiscalYear: number;
  files: (ReleaseFile & { path: string; size: number })[];
}

/** The ICD-10-CM releases a folder holds (without reading them). */
export function planReleases(dir: string, fiscalYear?: number): PlannedRelease[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => statSync(join(dir, n)).isFile());
  } catch (e) {
    throw inputError('codesets.missing', `cannot read folder ${dir}: ${(e as Error).message}`, { file: dir }, e);
  }
  const groups = groupByFiscalYear(classifyReleaseFiles(names, fiscalYear));
  return [...groups].map(([year, files]) => ({
    fiscalYear: year,
    files: files.map((f) => ({ ...f, path: join(dir, f.name), size: statSync(join(dir, f.name)).size })),
  }));
}

/** sha256 of each file, to decide whether a release is already imported before parsing it. */
export async function hashFiles(paths: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const path of paths) {
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
    out.set(path, hash.digest('hex'));
  }
  return out;
}

export function contentHashOf(sources: readonly ReleaseSource[]): string {
  const hash = createHash('sha256');
  for (const s of [...sources].sort((a, b) => a.kind.localeCompare(b.kind))) hash.update(`${s.kind}:${s.sha256}\n`);
  return hash.digest('hex');
}

/** Streams a file in text chunks; progress counts bytes. */
async function streamText(path: string, onChunk: (text: string) => void, tick: (bytes: number) => void): Promise<void> {
  const decoder = new TextDecoder('utf-8');
  let bytes = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const buffer = chunk as Buffer;
    bytes += buffer.length;
    onChunk(decoder.decode(buffer, { stream: true }));
    tick(bytes);
  }
  onChunk(decoder.decode());
}

async function streamLines(path: string, onLine: (line: string) => void, tick: (bytes: number) => void): Promise<void> {
  let rest = '';
  await streamText(
    path,
    (text) => {
      const lines = (rest + text).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) onLine(line);
    },
    tick,
  );
  if (rest) onLine(rest);
}

async function readInto(input: ReleaseInput, file: PlannedRelease['files'][number], tick: (bytes: number) => void): Promise<void> {
  const name = basename(file.path);
  switch (file.kind) {
    case 'tabular-xml': {
      const p = createTabularParser(name);
      await streamText(file.path, (t) => p.write(t), tick);
      input.tabular = p.end();
      return;
    }
    case 'index-xml': {
      const p = createIndexParser(name);
      await streamText(file.path, (t) => p.write(t), tick);
      input.index = p.end();
      return;
    }
    case 'drug-xml': {
      const p = createDrugTableParser(name);
      await streamText(file.path, (t) => p.write(t), tick);
      input.drugTable = p.end();
      return;
    }
    case 'neoplasm-xml': {
      const p = createNeoplasmTableParser(name);
      await streamText(file.path, (t) => p.write(t), tick);
      input.neoplasmTable = p.end();
      return;
    }
    case 'order-file': {
      const p = createOrderFileParser(name);
      await streamLines(file.path, (l) => p.line(l), tick);
      input.codes = p.end();
      return;
    }
    case 'order-csv': {
      const p = createOrderCsvParser(name);
      await streamLines(file.path, (l) => p.line(l), tick);
      input.codes ??= p.end();
      return;
    }
  }
}

/** Reads and parses every file of a planned release. The official order file wins over a derived CSV. */
export async function loadRelease(plan: PlannedRelease, hashes: Map<string, string>, progress?: ProgressFn): Promise<Icd10cmRelease> {
  const sources: ReleaseSource[] = plan.files.map((f) => ({ kind: f.kind, file: f.name, sha256: hashes.get(f.path) ?? '' }));
  const input: ReleaseInput = { fiscalYear: plan.fiscalYear, sources, contentHash: contentHashOf(sources) };
  const ordered = [...plan.files].sort((a, b) => (a.kind === 'order-file' ? -1 : b.kind === 'order-file' ? 1 : 0));
  for (const file of ordered) {
    await readInto(input, file, (bytes) => progress?.(`FY${plan.fiscalYear} ${file.name}`, bytes, file.size));
  }
  return buildRelease(input);
}
