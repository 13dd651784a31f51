// OpenRCM's side of claim submission: batching ready claims per payer into 837 files, transports,
// retries, and applying the 999 / 277CA / 835 that come back.
export { build837File, type TradingPartner, type Built837 } from './build-file';
export { planBatches, createBatches, transitionMany, MAX_CLAIMS_PER_SUBSCRIBER, MAX_CLAIMS_PER_BATCH, type BatchPlan, type PreparedBatch, type TransportKind } from './batches';
export { sendPendingBatches, type SendOutcome } from './send';
export { submitReadyClaims, tradingPartnerFor, type SubmitOptions, type SubmitResult } from './submit';
export { TransportError, withRetry, DEFAULT_RETRY, type Transport, type ResponseFile, type RetryPolicy } from './transport';
export { HttpTransport } from './transport-http';
export { FolderTransport } from './transport-folder';
export { SftpTransport, type SftpOptions } from './transport-sftp';
export { fetchResponses, type FetchOptions, type FileOutcome } from './fetch';
export { apply999, apply277CA, read835, type ApplyResult } from './apply';
export { transitionByClaimStatus, type RemittanceHook, type RemittanceOutcome } from './remittance-hook';
export { InProcessJobRunner, PgBossJobRunner, jobRunnerFor, type JobRunner, type JobHandler } from './jobs';
export { checkEligibility, claimStatus, claimsOverdue, type EligibilityCheck } from './inquiries';
export { transportFor, inquiryTransport, DEFAULT_PAYER_URL, type EndpointSettings } from './endpoint';
