// 270 Health Care Eligibility Benefit Inquiry (005010X279A1).
export { x270Spec } from './spec';
export { procedureComposite, diagnosisPointerComposite, hiSpec, insSpec } from './spec-segments';
export { memberLevels, receiverLevel, sourceLevel, type MemberNameParts } from './spec-levels';
export * from './codes';
export type * from './model';
export { parse270, parseInquiry, readMember270, readMemberLevels, readReceiverName, nameOf, datesOf } from './parse';
export type { TransactionInput, Parsed } from './parse';
export { generate270, generateInquiry, writeMemberLevels, writeMemberName, HlCounter } from './generate';
export { readBht, writeBht, readProcedure, writeProcedure, readRelationship, writeRelationship, envelopeTransaction, readInquiry, writeInquiry } from './codec';
export { buildEligibilityRequest270 } from './build';
export type { EligibilityRequestInput } from './build';
