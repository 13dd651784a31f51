// Test support shared by the four inquiry transactions' sample tests: every sample file parses,
// validates against its spec, and survives parse -> generate -> parse unchanged.
import type { ReceivedTransaction } from '../envelope-types';
import type { Delimiters, Segment, X12Finding } from '../segment';
import type { TransactionSpec } from '../spec';
import { validateTransaction } from '../walker';
import { readX12File } from './load-samples';

export interface SampleRun<T> {
  transaction: ReceivedTransaction;
  envelopeFindings: X12Finding[];
  validationFindings: X12Finding[];
  parsed: T;
  parseFindings: X12Finding[];
  regenerated: Segment[];
  reparsed: T;
}

/** One line per finding, stable enough to write down in a test. */
export function describeFindings(findings: readonly X12Finding[]): string[] {
  return findings.map((f) => `${f.severity} ${f.code} @${f.segmentPosition} ${f.segmentId}${f.element ? ` ${f.element}` : ''}`);
}

export function runSample<T>(
  path: string,
  spec: TransactionSpec,
  parse: (t: { segments: readonly Segment[]; delimiters: Delimiters }) => { value: T; findings: X12Finding[] },
  generate: (model: T, d: Delimiters) => Segment[],
): SampleRun<T>[] {
  const file = readX12File(path);
  return file.transactions.map((transaction) => {
    const validation = validateTransaction(spec, transaction.segments, transaction.delimiters);
    const first = parse(transaction);
    const regenerated = generate(first.value, transaction.delimiters);
    const second = parse({ segments: regenerated, delimiters: transaction.delimiters });
    return {
      transaction,
      envelopeFindings: file.findings,
      validationFindings: validation.findings,
      parsed: first.value,
      parseFindings: first.findings,
      regenerated,
      reparsed: second.value,
    };
  });
}

/**
 * Elements of each segment, for comparing generated output with the original file. Decimals are
 * compared in canonical form: the generator writes amounts without trailing zeros ("7599", not "7599.00").
 */
export function elementsOf(segments: readonly Segment[]): string[] {
  const canonical = (e: string) => (/^-?\d+\.\d+$/.test(e) ? e.replace(/\.?0+$/, '') : e);
  return segments.map((s) => s.elements.map(canonical).join('*'));
}
