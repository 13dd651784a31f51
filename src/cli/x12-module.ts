// The X12 module as the CLI commands see it (a top-level re-export keeps the import-boundary lint rule satisfied from commands/).
export { inspectX12, prettyX12, readX12File, type X12Finding } from '../x12/index';
