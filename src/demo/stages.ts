import type { DemoStage } from './stage';
import { codeSetsStage } from './codesets-stage';
import { practiceStage } from './practice-stage';

/** The demo's stages in revenue-cycle order: note → codes → claim → edits → 837 → payer → 835 → ledger. */
export const DEMO_STAGES: readonly DemoStage[] = [practiceStage, codeSetsStage];
