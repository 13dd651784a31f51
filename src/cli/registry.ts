// Every command of `openrcm`, in the order `openrcm --help` lists them. One file per command.
import type { Command } from './command';
import { claimsBuild } from './commands/claims-build';
import { claimsList } from './commands/claims-list';
import { claimsShow } from './commands/claims-show';
import { claimsScrub } from './commands/claims-scrub';
import { code } from './commands/code';
import { codingAccept } from './commands/coding-accept';
import { codingRun } from './commands/coding-run';
import { claimsStatus } from './commands/claims-status';
import { eligibilityCheck } from './commands/eligibility-check';
import { payerSim } from './commands/payer-sim';
import { responsesFetch } from './commands/responses-fetch';
import { submit } from './commands/submit';
import { codesDiff } from './commands/codes-diff';
import { codesImport } from './commands/codes-import';
import { codesIndex } from './commands/codes-index';
import { codesSearch } from './commands/codes-search';
import { codesShow } from './commands/codes-show';
import { codesValidate } from './commands/codes-validate';
import { dbMigrate } from './commands/db-migrate';
import { dbStatus } from './commands/db-status';
import { demo } from './commands/demo';
import { eraPost } from './commands/era-post';
import { denialsList } from './commands/denials-list';
import { denialsAppeal } from './commands/denials-appeal';
import { denialsCorrect } from './commands/denials-correct';
import { denialsVoid } from './commands/denials-void';
import { paymentsPatient } from './commands/payments-patient';
import { paymentsReverse } from './commands/payments-reverse';
import { statementsRun } from './commands/statements-run';
import { statementsOverdue } from './commands/statements-overdue';
import { statementsShow } from './commands/statements-show';
import { paymentsPlan, paymentsPlanCancel, paymentsPlans } from './commands/payments-plan';
import { report } from './commands/report';
import { evalCoding } from './commands/eval-coding';
import { denialsExplain } from './commands/denials-explain';
import { seed } from './commands/seed';
import { x12Parse } from './commands/x12-parse';
import { x12Pretty } from './commands/x12-pretty';
import { x12Validate } from './commands/x12-validate';

export const COMMANDS: readonly Command[] = [
  demo,
  seed,
  codesImport,
  codesSearch,
  codesShow,
  codesValidate,
  codesIndex,
  codesDiff,
  code,
  codingRun,
  codingAccept,
  evalCoding,
  claimsBuild,
  claimsScrub,
  claimsShow,
  claimsList,
  claimsStatus,
  submit,
  responsesFetch,
  eligibilityCheck,
  payerSim,
  x12Parse,
  x12Validate,
  x12Pretty,
  denialsExplain,
  eraPost,
  denialsList,
  denialsCorrect,
  denialsAppeal,
  denialsVoid,
  paymentsPatient,
  paymentsReverse,
  paymentsPlan,
  paymentsPlans,
  paymentsPlanCancel,
  statementsRun,
  statementsOverdue,
  statementsShow,
  report,
  dbMigrate,
  dbStatus,
];
