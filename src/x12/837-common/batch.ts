// A ready-to-send 837 file: claims -> 837P/837I -> ISA/GS envelope -> text, then read back with our own
// reader and refused if anything in it would be rejected (checklist: re-parse every generated file and
// check SE/GE/IEA counts, the HL chain, repeats and CLM02 = the sum of the lines before sending).
import { AppError } from '../deps';
import type { Claim } from '../deps';
import { DEFAULT_DELIMITERS } from '../segment';
import type { Delimiters, Segment, X12Finding } from '../segment';
import { envelope } from '../envelope-write';
import type { EnvelopeOptions } from '../envelope-write';
import { tokenize } from '../tokenizer';
import { readEnvelopes } from '../envelope';
import type { Build837Options, Receiver, Submitter } from './from-claims';

export interface Batch837 {
  text: string;
  interchangeControlNumber: string;
  groupControlNumber: string;
  transactionSetControlNumber: string;
  claims: number;
  /** Warnings only (errors refuse the batch). */
  findings: X12Finding[];
}

/** What differs between the 837P and the 837I when a batch is built. */
export interface Batch837Kind<T> {
  label: '837P' | '837I';
  guide: string;
  fromClaims(claims: readonly Claim[], submitter: Submitter, receiver: Receiver, options: Build837Options, delimiters: Delimiters): T;
  generate(transaction: T, delimiters: Delimiters): Segment[];
  validate(transaction: { segments: readonly Segment[]; delimiters: Delimiters }): X12Finding[];
}

/**
 * Builds one interchange with one transaction set for the claims. Throws Claim837Error for claims that break
 * a limit, and AppError 837.generated.invalid if the file read back has any error finding.
 */
export async function build837Batch<T>(
  kind: Batch837Kind<T>, claims: readonly Claim[], parties: { submitter: Submitter; receiver: Receiver },
  options: Omit<Build837Options, 'transactionSetControlNumber'>, envelopeOptions: EnvelopeOptions,
): Promise<Batch837> {
  const d = envelopeOptions.delimiters ?? DEFAULT_DELIMITERS;
  const tx = kind.fromClaims(claims, parties.submitter, parties.receiver, { ...options, transactionSetControlNumber: '0001' }, d);
  const out = await envelope([{ segments: kind.generate(tx, d), guide: kind.guide }], envelopeOptions);
  const read = readEnvelopes(tokenize(out.text));
  const findings = [...read.findings, ...read.transactions.flatMap((t) => kind.validate(t))];
  const errors = findings.filter((f) => f.severity === 'error');
  if (read.transactions.length !== 1 || errors.length > 0) {
    const first = errors[0];
    throw new AppError('domain', '837.generated.invalid', `The generated ${kind.label} does not pass its own check${first ? `: segment ${first.segmentPosition} ${first.segmentId}: ${first.message}` : ''}`, first ? { segmentPosition: first.segmentPosition, segmentId: first.segmentId } : {});
  }
  return {
    text: out.text, interchangeControlNumber: out.interchangeControlNumber, groupControlNumber: out.groupControlNumbers[0] ?? '',
    transactionSetControlNumber: out.transactionControlNumbers[0] ?? '', claims: claims.length, findings,
  };
}
