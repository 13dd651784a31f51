export * from './types';
export { isValidNpi, npiCheckDigit, completeNpi } from './npi';
export { feeFor } from './fee-schedule';
