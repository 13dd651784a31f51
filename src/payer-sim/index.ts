// The payer/clearinghouse simulator: adjudication rules, the transport-free simulator, and its
// HTTP server and drop box adapters.
export { rulesSchema, planSchema, rosterSchema, memberSchema, parseRules, parseRoster, DEFAULT_RULES, type PayerRules, type Plan, type Member, type Roster } from './rules';
export { parseFeeSchedule, feeFor, type FeeSchedule } from './fee-schedule';
export { frontEndEdits, findMember, type FrontEndRejection } from './front-end';
export { adjudicateClaim, timelyFilingLimit, type AdjudicationContext } from './adjudicate';
export { newAdjudicationState, type AdjudicationState } from './state';
export { PayerSimulator, type OutboundFile, type Receipt, type ResponseKind } from './simulator';
export { loadRules, loadRoster, loadFeeSchedule, PFS_FILE } from './load-files';
export { startHttpServer, type RunningServer, type Faults } from './server';
export { startDropBox, dropBoxFolders, type DropBox } from './dropbox';
export { rosterFromCoverages } from './roster-export';
