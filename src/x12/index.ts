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
export { MemoryControlNumbers, type ControlNumberSource, type ControlNumberScope } from './control-numbers';
export { DbControlNumbers, type ControlNumberDb } from './control-numbers-db';
export { envelope, type EnvelopeOptions, type Party, type TransactionToSend, type Enveloped } from './envelope-write';
export { FieldReader, compact } from './field-reader';
export * as x835 from './835/index';
export * as x999 from './999/index';
export * as ta1 from './ta1/index';
export * as x277ca from './277ca/index';
export { spec835, parse835, generate835, claimSegments835, stream835, type Remittance835, type Stream835Event } from './835/index';
export { spec999, parse999, generate999, write999, type Ack999 } from './999/index';
export { parseTa1, generateTa1, ta1FromFindings, type Ta1 } from './ta1/index';
export { spec277CA, parse277CA, generate277CA, claimDisposition, type ClaimAcknowledgment277CA } from './277ca/index';
export * as x837p from './837p/index';
export * as x837i from './837i/index';
export {
  transaction837PSpec, parse837P, generate837P, validate837P, claimsTo837P, transaction837PToClaims, Claim837Error, build837PBatch,
  type Transaction837P, type Submitter, type Receiver, type Build837Options, type ClaimProblem,
} from './837p/index';
export { transaction837ISpec, parse837I, generate837I, validate837I, claimsTo837I, transaction837IToClaims, build837IBatch, type Transaction837I } from './837i/index';
export { transaction837ToClaims, kindOf837, type Received837, type Read837 } from './837/index';
export { TRANSACTION_HANDLERS, detectTransaction, type TransactionHandler, type Detection } from './transactions';
export { inspectX12, type InspectedFile, type InspectedTransaction } from './inspect';
export { prettyX12 } from './pretty';
export { readX12File } from './x12-file';
// Eligibility (270/271, 005010X279A1) and claim status (276/277, 005010X212): X12-inquiry.
export { x270Spec, parse270, generate270, buildEligibilityRequest270, type Transaction270, type EligibilityRequestInput } from './270/index';
export { x271Spec, parse271, generate271, interpretEligibility271, estimatePatientShare, type Transaction271, type EligibilityResult, type PatientShare } from './271/index';
export { x276Spec, parse276, generate276, buildClaimStatusRequest276, type Transaction276, type ClaimStatusRequestInput } from './276/index';
export { x277Spec, parse277, generate277, interpretClaimStatus277, type Transaction277, type ClaimStatusReport, type ClaimStatusResult } from './277/index';
// The payer simulator's real-time answers.
export { respondToEligibility270, type CoverageAnswer } from './271/index';
export { respondToClaimStatus276, explainStatus, type ClaimStatusAnswer } from './277/index';
