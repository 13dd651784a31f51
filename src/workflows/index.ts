export { buildClaimsForEncounter, type BuiltClaimSummary } from './build-claims';
export { codeEncounter, acceptSuggestions, pendingEncounterIds, type NoteCoder, type SuggestedCodes, type CodingRunResult } from './coding-run';
