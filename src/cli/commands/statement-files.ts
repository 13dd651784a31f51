// Statements printed to a folder, one PDF each: DIR/<account>-<statement date>.pdf.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { statementPdf } from '../../statements/index';
import type { StoredStatement } from '../../workflows/index';

/** Writes each statement's PDF into dir (made if need be); returns the files written. */
export async function printStatements(dir: string, statements: readonly StoredStatement[]): Promise<string[]> {
  if (statements.length === 0) return [];
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (const s of statements) {
    // An account number is the practice's own text: nothing in it may leave the folder.
    const file = join(dir, `${s.statement.accountNumber.replace(/[^A-Za-z0-9._-]/g, '_')}-${s.statement.statementDate}.pdf`);
    await writeFile(file, await statementPdf(s.statement, s.practice));
    files.push(file);
  }
  return files;
}
