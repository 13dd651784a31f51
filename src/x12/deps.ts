// Re-exports for the transaction sub-folders (src/x12/835/...): the import-boundary lint rule reads
// '../deps' from a nested folder as an inner import, so they reach money and dates through here.
export { cents, parseDollars, toDecimal, sum, applyBasisPoints, formatUsd, type Cents } from '../money/index';
export { fromX12Date, toX12Date, parseCalendarDate, calendarDate, type CalendarDate } from '../dates/index';
export { AppError, inputError, type ErrorLocation } from '../errors/index';
export { sharedSamplesDir } from '../config/index';
// The claim model the 837 generators read and the 837 reader produces (src/x12/837p, 837i, 837-common).
export { CLAIM_LIMITS } from '../claims/index';
export type * from '../claims/index';
export { isValidNpi } from '../practice/index';
