// The denials module as the CLI commands see it (a top-level re-export keeps the import-boundary lint rule satisfied from commands/).
export { classifyDenial, listDenialWorkItems, loadAdjustmentCodeList, type DenialInput, type DenialWorkItemRow } from '../denials/index';
