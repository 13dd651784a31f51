// A ready-to-send 837I file: claims -> 837I -> ISA/GS envelope -> text, then read back with our own
// reader and refused if anything in it would be rejected (checklist: re-parse every generated file and
// check SE/GE/IEA counts, the HL chain, repeats and CLM02 = sum of SV203 before sending).
import { AppError } from '../deps';
import type { Claim } from '../deps';
import { DEFAULT_DELIMITERS } from '../segment';
import type { X12Finding } from '../segment';
import { envelope } from '../envelope-write';
import type { EnvelopeOptions } from '../envelope-write';
import { tokenize } from '../tokenizer';
import { readEnvelopes } from '../envelope';
import type { Build837Options, Receiver, Submitter } from '../837-common/index';
import { claimsTo837I } from './from-claims';
import { generate837I, validate837I } from './parse';
import { GUIDE_837I } from './loops';

export interface Batch837I {
  text: string;
  interchangeControlNumber: string;
  groupControlNumber: string;
  transactionSetControlNumber: string;
  claims: number;
  /** Warnings only (errors refuse the batch). */
  findings: X12Finding[];
}

/**
 * Builds one interchange with one 837I transaction set for the claims. Throws Claim837Error for claims
 * that break a limit, and AppError 837.generated.invalid if the file read back has any error finding.
 */
export async function build837IBatch(
  claims: readonly Claim[], parties: { submitter: Submitter; receiver: Receiver }, options: Omit<Build837Options, 'transactionSetControlNumber'>,
  envelopeOptions: EnvelopeOptions,
): Promise<Batch837I> {
  const d = envelopeOptions.delimiters ?? DEFAULT_DELIMITERS;
  const tx = claimsTo837I(claims, parties.submitter, parties.receiver, { ...options, transactionSetControlNumber: '0001' }, d);
  const out = await envelope([{ segments: generate837I(tx, d), guide: GUIDE_837I }], envelopeOptions);
  const read = readEnvelopes(tokenize(out.text));
  const findings = [...read.findings, ...read.transactions.flatMap((t) => validate837I(t))];
  const errors = findings.filter((f) => f.severity === 'error');
  if (read.transactions.length !== 1 || errors.length > 0) {
    const first = errors[0];
    throw new AppError('domain', '837.generated.invalid', `The generated 837I does not pass its own check${first ? `: segment ${first.segmentPosition} ${first.segmentId}: ${first.message}` : ''}`, first ? { segmentPosition: first.segmentPosition, segmentId: first.segmentId } : {});
  }
  return {
    text: out.text, interchangeControlNumber: out.interchangeControlNumber, groupControlNumber: out.groupControlNumbers[0] ?? '',
    transactionSetControlNumber: out.transactionControlNumbers[0] ?? '', claims: claims.length, findings,
  };
}
