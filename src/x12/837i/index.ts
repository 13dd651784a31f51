// 837I health care claim: institutional (005010X223A2).
export { parse837I, generate837I, validate837I } from './parse';
export { transaction837ISpec, GUIDE_837I } from './loops';
export { check837IClaims, claimsOf as claimsOf837I } from './checks';
export type * from './types';
export { claimsTo837I } from './from-claims';
export { transaction837IToClaims } from './to-claims';
export { Claim837Error } from '../837-common/index';
export type { Submitter, Receiver, Build837Options, ClaimProblem, Parsed837 } from '../837-common/index';
/** The guide's loop names: in the 837I module, Loop2300 and Loop2400 are the institutional claim and line. */
export type { Loop2300I as Loop2300, Loop2400I as Loop2400, Transaction837I as Transaction837 } from './types';
export { build837IBatch } from './batch';
export type { Batch837I } from './batch';
