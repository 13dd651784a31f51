// Re-exports for the transaction sub-folders (src/x12/835/...): the import-boundary lint rule reads
// '../../money/index' from a nested folder as an inner import, so they reach money and dates through here.
export { cents, parseDollars, toDecimal, sum, type Cents } from '../money/index';
export { fromX12Date, toX12Date, parseCalendarDate, type CalendarDate } from '../dates/index';
export { AppError, inputError, type ErrorLocation } from '../errors/index';
export { sharedSamplesDir } from '../config/index';
