// OpenRCM's side of claim submission: batching ready claims per payer into 837 files, transports,
// retries, and applying the 999 / 277CA / 835 that come back.
export { build837File, type TradingPartner, type Built837 } from './build-file';
