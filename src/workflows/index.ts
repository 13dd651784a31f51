export { buildClaimsForEncounter, type BuiltClaimSummary } from './build-claims';
export { codeEncounter, acceptSuggestions, pendingEncounterIds, type NoteCoder, type NoteContext, type SuggestedCodes, type CodingRunResult } from './coding-run';
export { scrubStoredClaims, type ScrubEnvironment, type StoredScrubReport } from './scrub-claims';
