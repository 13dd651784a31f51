// Rules files are validated at the boundary: a file with a mistake is refused whole, with the file,
// the line and the reason (never half-loaded).
import type { z } from 'zod';
import { AppError } from '../../errors/index';
import { coverageFileSchema, type CoverageRule } from './coverage-schema';
import { jsonValueLines, lineOf, syntaxErrorLine } from './json-lines';
import { payerRulesFileSchema, type PayerRule } from './payer-rule-schema';

export interface RulesFileProblem {
  file: string;
  line: number;
  path: string;
  reason: string;
}

export class RulesFileError extends AppError {
  constructor(readonly problems: RulesFileProblem[]) {
    const first = problems[0]!;
    super('input', 'rules.invalid', problems.map((p) => `${p.file}:${p.line}: ${p.path ? `${p.path}: ` : ''}${p.reason}`).join('\n'), { file: first.file, line: first.line });
  }
}

function dotted(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`)).join('');
}

function parseWith<T>(schema: z.ZodType<T>, text: string, file: string): T {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new RulesFileError([{ file, line: syntaxErrorLine(text, e as SyntaxError), path: '', reason: `not valid JSON: ${(e as Error).message}` }]);
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const lines = jsonValueLines(text);
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    return { file, line: lineOf(lines, path), path: dotted(path), reason: issue.message };
  });
  problems.sort((a, b) => a.line - b.line);
  throw new RulesFileError(problems);
}

export function parsePayerRules(text: string, file: string): PayerRule[] {
  return parseWith(payerRulesFileSchema, text, file).rules;
}

export function parseCoverageRules(text: string, file: string): CoverageRule[] {
  return parseWith(coverageFileSchema, text, file).rules;
}
