export { buildClaimsForEncounter, type BuiltClaimSummary } from './build-claims';
