// Shared building blocks of the eligibility (270/271) and claim status (276/277) transactions.
export * from './spec-helpers';
export * from './spec-loops';
export * from './model';
export * from './codec';
export * from './walk';
export * from './parties';
