// The denials module as the CLI commands see it (a top-level re-export keeps the import-boundary lint rule satisfied from commands/).
export { classifyDenial, loadAdjustmentCodeList, type DenialInput } from '../denials/index';
