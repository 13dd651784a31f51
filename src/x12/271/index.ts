// 271 Health Care Eligibility Benefit Response (005010X279A1).
export { x271Spec, aaaSpec } from './spec';
export * from './codes';
export type * from './model';
export { parse271, readRequestValidation } from './parse';
export { generate271, writeRequestValidation } from './generate';
export { interpretEligibility271, interpretEligibilityResponses271, percentToBasisPoints } from './interpret';
export type { EligibilityResult, BenefitAmount, BenefitPercent, Accumulator, Rejection, CoverageStatus, Network, InterpretOptions } from './interpret';
export { accumulate } from './accumulate';
export { estimatePatientShare } from './estimate';
export type { PatientShare } from './estimate';
export { respondToEligibility270, basisPointsToPercent } from './respond';
export type { CoverageAnswer, ResponseIds } from './respond';
