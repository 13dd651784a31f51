// File adapter: reads the NCCI tables from a folder (the shared-data layout or the CMS quarterly files,
// see ptp-parse.ts and mue-aoc-parse.ts), gunzipping .gz files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { AppError } from '../../errors/index';
import { AocTable, MueTable, type NcciTables } from './mue-aoc';
import { parseAoc, parseMue } from './mue-aoc-parse';
import { parsePtpCmsText, parsePtpSharedCsv } from './ptp-parse';
import { PtpTableBuilder } from './ptp-table';

export interface NcciFiles {
  ptp: string[];
  mue: string;
  aoc: string;
}

function bytesOf(path: string): Uint8Array {
  try {
    const raw = readFileSync(path);
    return path.endsWith('.gz') ? gunzipSync(raw) : raw;
  } catch (e) {
    throw new AppError('input', 'ncci.file.unreadable', `cannot read ${path}: ${(e as Error).message}`, { file: path }, { cause: e });
  }
}

const text = (path: string) => Buffer.from(bytesOf(path)).toString('utf8');

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

export function loadNcciTables(files: NcciFiles): NcciTables {
  const builder = new PtpTableBuilder(2_600_000);
  for (const file of files.ptp) {
    const bytes = bytesOf(file);
    if (/\.txt(\.gz)?$/i.test(file)) parsePtpCmsText(Buffer.from(bytes).toString('latin1'), file, builder);
    else parsePtpSharedCsv(bytes, file, builder);
  }
  return {
    ptp: builder.build(),
    mue: new MueTable(parseMue(text(files.mue), files.mue)),
    aoc: new AocTable(parseAoc(text(files.aoc), files.aoc)),
  };
}

export function loadNcciFolder(dir: string): NcciTables {
  return loadNcciTables(findNcciFiles(dir));
}
