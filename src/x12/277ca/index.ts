export { spec277CA } from './spec';
export { parse277CA, claimDisposition, type Parse277CAResult } from './parse';
export { generate277CA } from './generate';
export type * from './types';
