export { spec835 } from './spec';
export { parse835, type Parse835Result } from './parse';
export { generate835, claimSegments as claimSegments835 } from './generate';
export { stream835, type Stream835Event } from './stream';
export { checkClaimBalance, TransactionBalance } from './balance';
export type * from './types';
