// A ready-to-send 837P file (see 837-common/batch.ts).
import type { Claim } from '../deps';
import type { EnvelopeOptions } from '../envelope-write';
import { build837Batch, type Batch837, type Build837Options, type Receiver, type Submitter } from '../837-common/index';
import { claimsTo837P } from './from-claims';
import { generate837P, validate837P } from './parse';
import { GUIDE_837P } from './loops';

export type Batch837P = Batch837;

export function build837PBatch(
  claims: readonly Claim[], parties: { submitter: Submitter; receiver: Receiver }, options: Omit<Build837Options, 'transactionSetControlNumber'>,
  envelopeOptions: EnvelopeOptions,
): Promise<Batch837P> {
  return build837Batch({ label: '837P', guide: GUIDE_837P, fromClaims: claimsTo837P, generate: generate837P, validate: validate837P }, claims, parties, options, envelopeOptions);
}
