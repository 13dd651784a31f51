// Denials: classify CARC/RARC into a root cause, route coding causes to coders and the rest to billers,
// with the action to take and the payer's deadline.
export * from './root-causes';
export { CARC_RULES, RARC_RULES, type CodeRule } from './code-rules';
export { parseAdjustmentCodeList, parseCsvRecords, type AdjustmentCode, type AdjustmentCodeList } from './code-list';
export * from './classify';
export * from './work-items';
// File adapter (I/O).
export { loadAdjustmentCodeList, CODE_LIST_FILE } from './load-code-list';
export { openDenialWorkItems } from './work-items-store';
