// Shared machinery of the 837P and 837I: segment codecs, element specs, loop definitions, the
// definition-driven reader and writer, and the shared hierarchy and COB loops.
export * from './codec';
export * from './segments';
export * from './elements';
export * from './loop-def';
export * from './name-loop';
export * from './hierarchy';
export * from './line-loops';
export { readTransaction } from './loop-reader';
export type { ReadResult } from './loop-reader';
export { writeTransaction, assertNoDelimiters } from './loop-writer';
export type * from './loop-types';
export type * from './claim-loop-types';
export { parseWith, generateWith } from './transaction';
export type { Parsed837 } from './transaction';
export { validateWith } from './validate';
export * from './from-claims';
export { Claim837Error, claimProblems, assertClaimsWritable, assertPartiesWritable } from './limits';
export type { ClaimProblem } from './limits';
export * from './to-claims';
export { claimsOfTransaction, consentsOf, fillLineEnd, partiesOf } from './claims-of-file';
export { claimsOf, checkClaims } from './claim-checks';
export type { ClaimFinding, ClaimToCheck, LineCharge } from './claim-checks';
export { checkNpis, checkNpiNames } from './npi-check';
export { build837Batch, type Batch837, type Batch837Kind } from './batch';
