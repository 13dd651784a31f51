// 837P health care claim: professional (005010X222A1).
export { parse837P, generate837P, validate837P } from './parse';
export type { TransactionSegments } from './parse';
export { transaction837PSpec, GUIDE_837P } from './loops';
export { check837PClaims, claimsOf as claimsOf837P } from './checks';
export type * from './types';
export { claimsTo837P } from './from-claims';
export { transaction837PToClaims } from './to-claims';
export { Claim837Error, claimProblems } from '../837-common/index';
export type {
  Submitter, Receiver, Build837Options, ClaimProblem, Parsed837, NameLoop, Loop2320, Loop2410, Loop2430, HealthCareCode,
} from '../837-common/index';
/** The guide's loop names: in the 837P module, Loop2300 and Loop2400 are the professional claim and line. */
export type { Loop2300P as Loop2300, Loop2400P as Loop2400, Transaction837P as Transaction837 } from './types';
export { build837PBatch } from './batch';
export type { Batch837P } from './batch';
