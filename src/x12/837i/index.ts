// 837I health care claim: institutional (005010X223A2).
export { parse837I, generate837I, validate837I } from './parse';
export { transaction837ISpec, GUIDE_837I } from './loops';
export { check837IClaims, claimsOf as claimsOf837I } from './checks';
export type * from './types';
export { claimsTo837I } from './from-claims';
export { transaction837IToClaims } from './to-claims';
export { Claim837Error } from '../837-common/index';
export type { Submitter, Receiver, Build837Options, ClaimProblem, Parsed837 } from '../837-common/index';
