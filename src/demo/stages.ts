import type { DemoStage } from './stage';
import { claimsStage } from './claims-stage';
import { codeSetsStage } from './codesets-stage';
import { codingStage } from './coding-stage';
import { moneyStage } from './money-stage';
import { payerStage } from './payer-stage';
import { practiceStage } from './practice-stage';

/** The demo's stages in revenue-cycle order: note → codes → claim → edits → 837 → payer → 835 → ledger. */
export const DEMO_STAGES: readonly DemoStage[] = [practiceStage, codeSetsStage, codingStage, claimsStage, payerStage, moneyStage];
