export { buildProfessionalClaims, type BuiltClaims, type ClaimIds } from './build-professional';
export { buildInstitutionalClaim, type InstitutionalExtras } from './build-institutional';
export { revenueCodeFor } from './revenue-codes';
export type { ClaimBuildInput, CodedEncounter, PayerCoverage, BuildProblem } from './types';
