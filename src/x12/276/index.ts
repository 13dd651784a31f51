// 276 Health Care Claim Status Request (005010X212).
export { x276Spec, x276Loop2000D, levelLoops, memberLevels, svcSpec, SERVICE_ID_QUALIFIERS, CLAIM_DATE } from './spec';
export type * from './model';
export { parse276 } from './parse';
export { generate276, writeSubscriberLevel } from './generate';
export { readService, writeService, readClaimIdentifiers, refValue, writeRefs, serviceDateOf, writeServiceDate } from './codec';
export { buildClaimStatusRequest276 } from './build';
export type { ClaimStatusRequestInput } from './build';
