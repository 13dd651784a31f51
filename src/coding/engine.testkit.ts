// Test support: the coding engine over the real ICD-10-CM files at <repo root>/../shared/data, when present.
import { sharedDataDir } from '../config/index';
import { calendarDate } from '../dates/index';
import { codeNote, loadCodingEngine, type CodingEngine } from './engine';
import { openCodingCodeSets } from './load-code-sets';
import type { CodingResult, Setting } from './types';

export const DATA_DIR = sharedDataDir();
export const SKIP_REASON = 'skipped: ../shared/data (the official ICD-10-CM files) not found';

let engine: Promise<CodingEngine> | undefined;

export function testEngine(): Promise<CodingEngine> {
  engine ??= openCodingCodeSets(DATA_DIR!).then(loadCodingEngine);
  return engine;
}

export async function code(text: string, setting: Setting = 'outpatient', dos = '2023-05-01'): Promise<CodingResult> {
  return codeNote(await testEngine(), text, { dateOfService: calendarDate(dos), setting });
}

export const codes = (r: CodingResult) => r.diagnoses.map((d) => d.code);
export const procedures = (r: CodingResult) => r.procedures.map((p) => p.code);
