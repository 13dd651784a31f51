// File adapter: reads an X12 file from disk for the CLI (the core never touches the file system).
import { readFile } from 'node:fs/promises';
import { inputError } from '../errors/index';

export async function readX12File(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (e) {
    throw inputError('x12.file.unreadable', `Cannot read ${path}: ${(e as Error).message}`, { file: path }, e);
  }
}
