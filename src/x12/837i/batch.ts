// A ready-to-send 837I file (see 837-common/batch.ts).
import type { Claim } from '../deps';
import type { EnvelopeOptions } from '../envelope-write';
import { build837Batch, type Batch837, type Build837Options, type Receiver, type Submitter } from '../837-common/index';
import { claimsTo837I } from './from-claims';
import { generate837I, validate837I } from './parse';
import { GUIDE_837I } from './loops';

export type Batch837I = Batch837;

export function build837IBatch(
  claims: readonly Claim[], parties: { submitter: Submitter; receiver: Receiver }, options: Omit<Build837Options, 'transactionSetControlNumber'>,
  envelopeOptions: EnvelopeOptions,
): Promise<Batch837I> {
  return build837Batch({ label: '837I', guide: GUIDE_837I, fromClaims: claimsTo837I, generate: generate837I, validate: validate837I }, claims, parties, options, envelopeOptions);
}
