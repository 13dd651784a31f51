// One entry for either 837: decide professional or institutional by the guide (ST03, else GS08),
// parse, validate and read the claims, so a billing service can scrub the files its clients send.
import type { Claim } from '../deps';
import type { Delimiters, Segment, X12Finding } from '../segment';
import { claimProblems } from '../837-common/index';
import type { ClaimProblem } from '../837-common/index';
import { parse837P, transaction837PToClaims, validate837P } from '../837p/index';
import type { Transaction837P } from '../837p/index';
import { parse837I, transaction837IToClaims, validate837I } from '../837i/index';
import type { Transaction837I } from '../837i/index';

/** One received ST..SE (an X12-core ReceivedTransaction fits). */
export interface Received837 {
  segments: readonly Segment[];
  delimiters: Delimiters;
  /** ST03, or GS08 when ST03 is empty. */
  guide: string;
  /** ST02. */
  controlNumber?: string;
}

interface ReadParts {
  /** Guide and claim findings of the transaction set, with segment positions. */
  findings: X12Finding[];
  claims: Claim[];
  /** What the reading could not carry into OpenRCM's claim (unknown frequency code, missing billing provider). */
  problems: ClaimProblem[];
  /** The limits and data checks OpenRCM applies before writing an 837 (PCN over 20, NPIs, pointers...), per claim. */
  limitProblems: ClaimProblem[];
}

export type Read837 =
  | ({ kind: 'professional'; transaction: Transaction837P } & ReadParts)
  | ({ kind: 'institutional'; transaction: Transaction837I } & ReadParts);

/** 005010X222* is professional, 005010X223* institutional; anything else is not an 837 we read. */
export function kindOf837(guide: string): 'professional' | 'institutional' | undefined {
  if (guide.startsWith('005010X222')) return 'professional';
  if (guide.startsWith('005010X223')) return 'institutional';
  return undefined;
}

/**
 * Parses and validates one 837 transaction set and reads its claims. Returns undefined when the
 * guide is neither an 837P nor an 837I (the caller reports it; e.g. an 837D).
 */
export function transaction837ToClaims(received: Received837, idFor?: (n: number, pcn: string) => string): Read837 | undefined {
  const kind = kindOf837(received.guide);
  if (kind === 'professional') {
    const { transaction } = parse837P(received);
    const read = transaction837PToClaims(transaction, idFor);
    const limitProblems = read.claims.flatMap((c) => claimProblems(c, kind, received.delimiters));
    return { kind, transaction, findings: validate837P(received), ...read, limitProblems };
  }
  if (kind === 'institutional') {
    const { transaction } = parse837I(received);
    const read = transaction837IToClaims(transaction, idFor);
    const limitProblems = read.claims.flatMap((c) => claimProblems(c, kind, received.delimiters));
    return { kind, transaction, findings: validate837I(received), ...read, limitProblems };
  }
  return undefined;
}
