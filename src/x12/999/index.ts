export { spec999, IK304_CODES, IK403_CODES, IK5_CODES, AK905_CODES } from './spec';
export { parse999, type Parse999Result } from './parse';
export { generate999, write999, type Generate999Options } from './generate';
export type * from './types';
