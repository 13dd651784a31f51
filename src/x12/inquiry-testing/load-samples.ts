// Test adapter: reads the shared X12 sample files (by path, never copied into the repo) and splits
// them into transactions with X12-core's tokenizer and envelope reader.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedSamplesDir } from '../deps';
import { readEnvelopes } from '../envelope';
import type { EnvelopeResult } from '../envelope-types';
import { tokenize } from '../tokenizer';

export interface SampleFile {
  name: string;
  path: string;
}

/** The sample files of one folder under shared/samples/x12, or undefined when shared/ is absent. */
export function sampleFiles(folder: string): SampleFile[] | undefined {
  const root = sharedSamplesDir();
  if (!root) return undefined;
  const dir = join(root, 'x12', folder);
  try {
    return readdirSync(dir)
      .sort()
      .map((name) => ({ name, path: join(dir, name) }));
  } catch {
    return undefined;
  }
}

export function readX12File(path: string): EnvelopeResult {
  return readEnvelopes(tokenize(readFileSync(path)));
}

export function readX12Text(text: string): EnvelopeResult {
  return readEnvelopes(tokenize(text));
}
