// 277 Health Care Claim Status Response (005010X212). Not the 277CA (005010X214).
export { x277Spec, stcSpec } from './spec';
export * from './codes';
export type * from './model';
export { parse277, readStatus } from './parse';
export { generate277, writeStatus } from './generate';
export { interpretClaimStatus277, explainStatus } from './interpret';
export type { ClaimStatusReport, ClaimStatusResult, ExplainedStatus, ExplainedStatusInformation } from './interpret';
export { respondToClaimStatus276 } from './respond';
export type { ClaimStatusAnswer, ClaimStatusLookup } from './respond';
