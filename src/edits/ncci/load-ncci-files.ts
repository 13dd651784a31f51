// File adapter: reads the NCCI tables from a folder (the shared-data layout or the CMS quarterly files,
// see ptp-parse.ts and mue-aoc-parse.ts). The big PTP file is gunzipped and parsed as a stream, so the
// 175 MB of text never sit in memory at once.
import { createReadStream, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createGunzip, gunzipSync } from 'node:zlib';
import { AppError } from '../../errors/index';
import { AocTable, MueTable, type NcciTables } from './mue-aoc';
import { parseAoc, parseMue } from './mue-aoc-parse';
import { PtpSharedCsvParser, parsePtpCmsText, parsePtpSharedCsv } from './ptp-parse';
import { PtpTableBuilder } from './ptp-table';

export interface NcciFiles {
  ptp: string[];
  mue: string;
  aoc: string;
}

function unreadable(path: string, e: unknown): AppError {
  return new AppError('input', 'ncci.file.unreadable', `cannot read ${path}: ${(e as Error).message}`, { file: path }, { cause: e });
}

function bytesOf(path: string): Uint8Array {
  try {
    const raw = readFileSync(path);
    return path.endsWith('.gz') ? gunzipSync(raw) : raw;
  } catch (e) {
    throw unreadable(path, e);
  }
}

const text = (path: string) => Buffer.from(bytesOf(path)).toString('utf8');
const isCmsText = (file: string) => /\.txt(\.gz)?$/i.test(file);

/** Picks the PTP (practitioner), MUE and AOC files of a folder by name. */
export function findNcciFiles(dir: string): NcciFiles {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (e) {
    throw new AppError('input', 'ncci.folder.unreadable', `cannot read the NCCI folder ${dir}: ${(e as Error).message}`, { file: dir });
  }
  const ptp = names.filter((n) => /ptp|ccipra/i.test(n) && /\.(csv|txt)(\.gz)?$/i.test(n) && !/hosp|outpatient|ccioph/i.test(n));
  const mue = names.find((n) => /mue/i.test(n) && /practitioner/i.test(n)) ?? names.find((n) => /mue/i.test(n));
  const aoc = names.find((n) => /aoc|add.?on/i.test(n));
  if (ptp.length === 0 || !mue || !aoc) {
    throw new AppError('input', 'ncci.folder.incomplete', `the NCCI folder ${dir} needs PTP, MUE and AOC files (found: ${names.join(', ') || 'nothing'})`, { file: dir });
  }
  return { ptp: ptp.map((n) => join(dir, n)), mue: join(dir, mue), aoc: join(dir, aoc) };
}

function mueAndAoc(files: NcciFiles): Omit<NcciTables, 'ptp'> {
  return { mue: new MueTable(parseMue(text(files.mue), files.mue)), aoc: new AocTable(parseAoc(text(files.aoc), files.aoc)) };
}

async function streamPtp(file: string, builder: PtpTableBuilder): Promise<void> {
  const parser = new PtpSharedCsvParser(file, builder);
  const source = createReadStream(file, { highWaterMark: 1 << 20 });
  const stream = file.endsWith('.gz') ? source.pipe(createGunzip({ chunkSize: 1 << 20 })) : source;
  try {
    for await (const chunk of stream) parser.write(chunk as Buffer);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw unreadable(file, e);
  } finally {
    source.destroy();
  }
  parser.end();
}

/** Loads the tables, streaming the PTP files. */
export async function loadNcciTables(files: NcciFiles): Promise<NcciTables> {
  const builder = new PtpTableBuilder(2_600_000);
  for (const file of files.ptp) {
    if (isCmsText(file)) parsePtpCmsText(Buffer.from(bytesOf(file)).toString('latin1'), file, builder);
    else await streamPtp(file, builder);
  }
  return { ptp: builder.build(), ...mueAndAoc(files) };
}

export async function loadNcciFolder(dir: string): Promise<NcciTables> {
  return loadNcciTables(findNcciFiles(dir));
}

/** The same, reading each file whole (small folders: fixtures, one quarter's CMS text files). */
export function loadNcciFolderSync(dir: string): NcciTables {
  const files = findNcciFiles(dir);
  const builder = new PtpTableBuilder();
  for (const file of files.ptp) {
    const bytes = bytesOf(file);
    if (isCmsText(file)) parsePtpCmsText(Buffer.from(bytes).toString('latin1'), file, builder);
    else parsePtpSharedCsv(bytes, file, builder);
  }
  return { ptp: builder.build(), ...mueAndAoc(files) };
}
