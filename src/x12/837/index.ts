// 837 (professional or institutional) read as OpenRCM claims, whichever guide the file follows.
export { transaction837ToClaims, kindOf837 } from './read';
export type { Received837, Read837 } from './read';
