export type * from './types';
export { CLAIM_LIMITS } from './types';
export { CLAIM_STATUSES, canTransition, checkTransition, nextStatuses, type ClaimStatus, type TransitionCheck } from './lifecycle';
