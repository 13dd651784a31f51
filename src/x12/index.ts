export * from './segment';
export * from './spec';
export { X12ReadError, X12WriteError } from './errors';
export { decodeX12, sniffEncoding, type X12Encoding } from './decode';
export { readIsaDelimiters, ISA_LENGTH } from './delimiters';
export { tokenize, delimitersAt, type TokenizeResult, type InterchangeDelimiters } from './tokenizer';
export { tokenizeStream, type StreamTokenizer } from './stream';
export type { TokenBatch, ScannerOptions } from './scanner';
export { writeSegments, composite, repeated, checkText, seg, type OutSegment, type WriteOptions } from './writer';
export { EnvelopeTracker, readEnvelopes, splitTransactions, type EnvelopeHandler } from './envelope';
export * from './envelope-types';
export { LoopWalker, walkLoops, validateTransaction, type WalkOptions, type WalkResult } from './walker';
export { checkSegmentElements, elementPosition } from './element-check';
// Eligibility (270/271, 005010X279A1) and claim status (276/277, 005010X212): X12-inquiry.
export { x270Spec, parse270, generate270, buildEligibilityRequest270, type Transaction270, type EligibilityRequestInput } from './270/index';
export { x271Spec, parse271, generate271, interpretEligibility271, estimatePatientShare, type Transaction271, type EligibilityResult, type PatientShare } from './271/index';
export { x276Spec, parse276, generate276, buildClaimStatusRequest276, type Transaction276, type ClaimStatusRequestInput } from './276/index';
export { x277Spec, parse277, generate277, interpretClaimStatus277, type Transaction277, type ClaimStatusReport, type ClaimStatusResult } from './277/index';
