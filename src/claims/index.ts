export type * from './types';
export { CLAIM_LIMITS } from './types';
