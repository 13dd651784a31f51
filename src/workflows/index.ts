export { buildClaimsForEncounter, type BuiltClaimSummary } from './build-claims';
export { codeEncounter, acceptSuggestions, pendingEncounterIds, type NoteCoder, type NoteContext, type SuggestedCodes, type CodingRunResult } from './coding-run';
export { scrubStoredClaims, type ScrubEnvironment, type StoredScrubReport } from './scrub-claims';
export { postEraFile, postEraPayment, type EraPostResult, type EraPaymentResult } from './post-era';
export { read835File, type EraFileOutline } from './era-file';
export { statusAfterRemittance, type ClaimStatusMove } from './era-claim-status';
export { arReport, denialsReport, kpiReport, claimOutcomes, type ArReport, type DenialsReport, type KpiReport } from './reports';
export { appealDeniedClaim, voidDeniedClaim, type AppealResult, type FollowUpClaim } from './denial-actions';
export { correctDeniedClaim } from './correct-claim';
