// A ready-to-send 837P file: claims -> 837P -> ISA/GS envelope -> text, then read back with our own
// reader and refused if anything in it would be rejected (checklist: re-parse every generated file and
// check SE/GE/IEA counts, the HL chain, repeats and CLM02 = sum of SV102 before sending).
import { AppError } from '../deps';
import type { Claim } from '../deps';
import { DEFAULT_DELIMITERS } from '../segment';
import type { X12Finding } from '../segment';
import { envelope } from '../envelope-write';
import type { EnvelopeOptions } from '../envelope-write';
import { tokenize } from '../tokenizer';
import { readEnvelopes } from '../envelope';
import type { Build837Options, Receiver, Submitter } from '../837-common/index';
import { claimsTo837P } from './from-claims';
import { generate837P, validate837P } from './parse';
import { GUIDE_837P } from './loops';

export interface Batch837P {
  text: string;
  interchangeControlNumber: string;
  groupControlNumber: string;
  transactionSetControlNumber: string;
  claims: number;
  /** Warnings only (errors refuse the batch). */
  findings: X12Finding[];
}

/**
 * Builds one interchange with one 837P transaction set for the claims. Throws Claim837Error for claims
 * that break a limit, and AppError 837.generated.invalid if the file read back has any error finding.
 */
export async function build837PBatch(
  claims: readonly Claim[], parties: { submitter: Submitter; receiver: Receiver }, options: Omit<Build837Options, 'transactionSetControlNumber'>,
  envelopeOptions: EnvelopeOptions,
): Promise<Batch837P> {
  const d = envelopeOptions.delimiters ?? DEFAULT_DELIMITERS;
  const tx = claimsTo837P(claims, parties.submitter, parties.receiver, { ...options, transactionSetControlNumber: '0001' }, d);
  const out = await envelope([{ segments: generate837P(tx, d), guide: GUIDE_837P }], envelopeOptions);
  const read = readEnvelopes(tokenize(out.text));
  const findings = [...read.findings, ...read.transactions.flatMap((t) => validate837P(t))];
  const errors = findings.filter((f) => f.severity === 'error');
  if (read.transactions.length !== 1 || errors.length > 0) {
    const first = errors[0];
    throw new AppError('domain', '837.generated.invalid', `The generated 837P does not pass its own check${first ? `: segment ${first.segmentPosition} ${first.segmentId}: ${first.message}` : ''}`, first ? { segmentPosition: first.segmentPosition, segmentId: first.segmentId } : {});
  }
  return {
    text: out.text, interchangeControlNumber: out.interchangeControlNumber, groupControlNumber: out.groupControlNumbers[0] ?? '',
    transactionSetControlNumber: out.transactionControlNumbers[0] ?? '', claims: claims.length, findings,
  };
}
