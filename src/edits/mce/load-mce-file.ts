// File adapter for the MCE lists.
import { readFileSync } from 'node:fs';
import { AppError } from '../../errors/index';
import { parseMceConflicts, type MceTable } from './mce-table';

export function loadMceFile(path: string): MceTable {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new AppError('input', 'mce.unreadable', `cannot read ${path}: ${(e as Error).message}`, { file: path }, { cause: e });
  }
  return parseMceConflicts(text, path);
}
