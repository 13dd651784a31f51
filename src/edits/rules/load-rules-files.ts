// File adapter for the rules files, and where the sample rule sets shipped with OpenRCM live.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../errors/index';
import type { CoverageRule } from './coverage-schema';
import { parseCoverageRules, parsePayerRules } from './parse-rules';
import type { PayerRule } from './payer-rule-schema';

export const SAMPLE_COVERAGE_RULES = join(import.meta.dirname, 'coverage-sample.json');
export const SAMPLE_PAYER_RULES = join(import.meta.dirname, 'payer-rules-sample.json');

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new AppError('input', 'rules.unreadable', `cannot read the rules file ${path}: ${(e as Error).message}`, { file: path }, { cause: e });
  }
}

export function loadPayerRulesFile(path: string): PayerRule[] {
  return parsePayerRules(read(path), path);
}

export function loadCoverageRulesFile(path: string): CoverageRule[] {
  return parseCoverageRules(read(path), path);
}
