// The ledger: double-entry, append-only, integer cents; and the posting of 835 remittances into it.
export * from './accounts';
export * from './transaction';
export * from './builders';
export * from './balances';
export { allocate } from './allocate';
export type * from './remittance';
export { casTreatment, isDenialAdjustment, type CasTreatment } from './cas-treatment';
export { paymentKey, claimPaymentIdentities, ClaimPaymentIdentities, serviceIdentities, reversalKey } from './keys';
export { indexClaims, matchClaim, matchServiceLines, type ClaimIndex, type ClaimMatch, type LineMatch, type LineMatchKind } from './matching';
export type * from './plan-types';
export { planPosting } from './posting-plan';
export { planPatientPayment, patientPaymentKey, type PatientClaimBalance, type PatientPaymentInput, type PatientPaymentPlan } from './patient-payment';
// Storage adapters (I/O): posting and balance queries over src/store.
export { postTransactions, postTransactionsIn, prepareTransactions, excludeStored, postPrepared, lockTenantLedger, AccountIds, type PreparedPosting, type PostResult, type Transactional } from './ledger-store';
export { postRemittance, planRemittance, paymentKeyPrefix, paymentPostedBefore, type RemittancePosting } from './post-remittance';
export { postClaimCharges, planClaimCharges, chargeKey } from './post-charges';
export { openClaimBalances, periodTotals, type OpenClaimRow, type PeriodTotals } from './report-queries';
export { claimStatementFigures, type ClaimStatementFigures } from './statement-queries';
export { claimBalances, lineBalances, patientBalances, payerBalances, loadClaimTransactions, loadTransactionsByKey, loadClaimsForPosting } from './ledger-queries';
// The X12 835 parser's model mapped onto RemittancePayment.
export { remittanceFromX12, claimPaymentsFromX12, type MappingFinding, type RemittanceContext } from './from-x12';
export { parseRemittancePayment } from './remittance-schema';
