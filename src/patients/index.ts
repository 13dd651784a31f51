export type * from './types';
export { coveragesOn } from './coverage';
