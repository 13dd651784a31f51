// Test support: the NCCI rows the edit tests use, read by path from the official files in ../shared/data
// (never copied into the repository), written to a temporary folder in the shared layout. A few rows are
// written here by hand for cases the official tables do not have. The MCE rows are read the same way.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { sharedDataDir } from '../config/index';

const MUE_FILE = 'ncci/mue_practitioner_2024-07-01.csv';
const PTP_FILE = 'ncci/ptp_practitioner_2024-07-01.csv.gz';
const AOC_FILE = 'ncci/aoc_2024-06-03.csv';
const MCE_FILE = 'mce/mce_v41.1_fy2024_dx_conflicts.csv';
const MUE_HEADER = 'hcpcs_code,mue_units,mue_mai,mue_rationale,mue_service';
const PTP_HEADER = 'column1,column2,deletion_date,modifier_indicator,ptp_edit_rationale';
const AOC_HEADER = 'primary_code,add_on_code,aoc_edit_type';
const MCE_HEADER = 'icd_code,icd_description,icd_conflict_group,icd_conflict_rule';

/** Official MUE rows, by HCPCS/CPT code. */
const MUE_CODES = ['11042', '11045', '11721', '20610', '36415', '82306', '96372', 'J1885', '99397'];
/** A line-level MUE (MAI 1) to test against; the official 97110 row is MAI 3. */
const MUE_WRITTEN_HERE = ['97110,6,1,Clinical: Data,Practitioner'];
/** Official PTP rows, by column 1, column 2 and deletion date (a pair listed twice is told apart by the date). */
const PTP_ROWS = [
  '29881,29877,9999-12-31', '29881,29877,2002-01-01', '20610,99213,9999-12-31', '20610,76942,9999-12-31', '11042,97597,9999-12-31',
  '12001,11042,9999-12-31', '45380,45378,9999-12-31', 'G0121,45378,2005-03-31', '93000,93005,9999-12-31',
];

/** Official AOC rows, by primary and add-on code: type 1 (11045, 11008, 99417), type 2 (20985), type 3 (20701). */
const AOC_ROWS = ['11042,11045', '10180,11008', '11004,11008', '99205,99417', '99215,99417', 'CCCCC,20985', '11010,20701'];
/** Official MCE age/sex rows, every row of each code: adult, male-only, female-only, maternity, newborn, manifestation. */
const MCE_CODES = ['A33', 'G63', 'N40.0', 'Z00.00', 'Z12.4', 'Z33.1'];

let folder: string | null | undefined;

/** The excerpt folder, or null when ../shared/data is not beside the repository (the tests that need it skip). */
export function ncciExcerptFolder(): string | null {
  if (folder !== undefined) return folder;
  const data = sharedDataDir();
  if (!data) return (folder = null);
  const dir = join(tmpdir(), `openrcm-ncci-excerpt-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const mue = readFileSync(join(data, MUE_FILE));
  const mueRows = MUE_CODES.map((code) => officialLine(mue, code, MUE_FILE));
  writeFileSync(join(dir, 'mue_practitioner_excerpt.csv'), [MUE_HEADER, ...mueRows, ...MUE_WRITTEN_HERE, ''].join('\n'));
  const ptp = gunzipSync(readFileSync(join(data, PTP_FILE)));
  const ptpRows = PTP_ROWS.map((row) => {
    const [column1, column2, deletion] = row.split(',');
    return officialLine(ptp, `${column1},${column2}`, PTP_FILE, (line) => line.split(',')[2] === deletion);
  });
  writeFileSync(join(dir, 'ptp_practitioner_excerpt.csv'), [PTP_HEADER, ...ptpRows, ''].join('\n'));
  const aoc = readFileSync(join(data, AOC_FILE));
  writeFileSync(join(dir, 'aoc_excerpt.csv'), [AOC_HEADER, ...AOC_ROWS.map((pair) => officialLine(aoc, pair, AOC_FILE)), ''].join('\n'));
  return (folder = dir);
}

let mce: string | null | undefined;

/** The MCE conflict rows the tests use, as CSV text, or null when ../shared/data is absent. */
export function mceExcerptText(): string | null {
  if (mce !== undefined) return mce;
  const data = sharedDataDir();
  if (!data) return (mce = null);
  const bytes = readFileSync(join(data, MCE_FILE));
  return (mce = [MCE_HEADER, ...MCE_CODES.flatMap((code) => officialLines(bytes, code, MCE_FILE)), ''].join('\n'));
}

/** Every line of the official file that starts with `key,`. */
function officialLines(bytes: Buffer, key: string, file: string): string[] {
  const out: string[] = [];
  for (let at = bytes.indexOf(`\n${key},`); at >= 0; at = bytes.indexOf(`\n${key},`, at + 1)) {
    const end = bytes.indexOf('\n', at + 1);
    out.push(bytes.toString('latin1', at + 1, end < 0 ? bytes.length : end).replace(/\r$/, ''));
  }
  if (out.length === 0) throw new Error(`../shared/data/${file} has no row for ${key}: the excerpt the tests use is out of date`);
  return out;
}

/** The first line of the official file that starts with `key,` (and passes `accept`). */
function officialLine(bytes: Buffer, key: string, file: string, accept: (line: string) => boolean = () => true): string {
  for (let at = bytes.indexOf(`\n${key},`); at >= 0; at = bytes.indexOf(`\n${key},`, at + 1)) {
    const end = bytes.indexOf('\n', at + 1);
    const line = bytes.toString('latin1', at + 1, end < 0 ? bytes.length : end).replace(/\r$/, '');
    if (accept(line)) return line;
  }
  throw new Error(`../shared/data/${file} has no row for ${key}: the NCCI excerpt the tests use is out of date`);
}
