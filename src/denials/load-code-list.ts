// File adapter for the CARC/RARC code list.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inputError } from '../errors/index';
import { parseAdjustmentCodeList, type AdjustmentCodeList } from './code-list';

export const CODE_LIST_FILE = join('x12', 'carc_rarc_group_codes_2024-06.csv');

/** Reads the code list from a shared data folder (e.g. sharedDataDir() from src/config). */
export async function loadAdjustmentCodeList(dataDir: string): Promise<AdjustmentCodeList> {
  const path = join(dataDir, CODE_LIST_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw inputError('denials.code_list_unreadable', `cannot read the CARC/RARC code list at ${path}`, { file: path }, cause);
  }
  return parseAdjustmentCodeList(text, path);
}
