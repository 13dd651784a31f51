// Test support for the inquiry transactions' sample tests: the check every sample file of a folder
// must pass (it parses, validates, and survives parse -> generate -> parse unchanged). Each test names
// the findings its samples really have and adds its own examples beside it.
import { expect, it } from 'vitest';
import type { Delimiters, Segment, X12Finding } from '../segment';
import type { TransactionSpec } from '../spec';
import type { SampleFile } from './load-samples';
import { describeFindings, elementsOf, runSample } from './sample-round-trip';

/** The spec, parser and generator of one inquiry transaction. */
export interface InquiryCodec<T> {
  spec: TransactionSpec;
  parse: (t: { segments: readonly Segment[]; delimiters: Delimiters }) => { value: T; findings: X12Finding[] };
  generate: (model: T, d: Delimiters) => Segment[];
}

export interface SampleExpectations {
  /** Envelope findings a sample file really has, by file name (every other file has none). */
  envelopeFindings?: Record<string, string[]>;
  /** Compare all but the SE segment with the file (SE02 is always written equal to ST02). */
  exceptSe?: boolean;
}

/** One test per sample file: it holds one transaction that parses, validates and round-trips. */
export function itRoundTripsEverySample<T>(files: SampleFile[] | undefined, codec: InquiryCodec<T>, known: SampleExpectations = {}): void {
  const title = known.envelopeFindings ? '$name parses, validates and round-trips' : '$name parses, validates clean and round-trips';
  it.each(files ?? [])(title, ({ name, path }) => {
    const [run, ...more] = runSample(path, codec.spec, codec.parse, codec.generate);
    expect(more).toHaveLength(0);
    expect(describeFindings(run!.envelopeFindings)).toEqual(known.envelopeFindings?.[name] ?? []);
    expect(describeFindings(run!.validationFindings)).toEqual([]);
    expect(run!.parseFindings).toEqual([]);
    expect(run!.reparsed).toEqual(run!.parsed);
    const written = elementsOf(run!.regenerated);
    const read = elementsOf(run!.transaction.segments);
    if (known.exceptSe) expect(written.slice(0, -1)).toEqual(read.slice(0, -1));
    else expect(written).toEqual(read);
  });
}
