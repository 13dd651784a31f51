import type { Actor } from '../auth/index';
import { findUser, type Db } from '../store/index';
import type { SeedSummary } from '../seed/index';

export interface DemoContext {
  db: Db;
  seed: SeedSummary;
  /** Where the demo writes files (837 batches, PDFs, letters). */
  outDir: string;
  /** Code-set folder, when one was found. */
  codeSetDir?: string;
}

export interface DemoStageReport {
  stage: string;
  lines: string[];
  figures: Record<string, number | string>;
}

/** One step of the end-to-end demo. Each part of OpenRCM adds its stage, in the order of the revenue cycle. */
export interface DemoStage {
  name: string;
  run(ctx: DemoContext): Promise<DemoStageReport>;
}

/** The seeded practice's coder or biller, so the demo's reads and changes are audited under a person. */
export async function staffActor(ctx: DemoContext, role: 'coder' | 'biller'): Promise<Actor> {
  const [user] = await findUser(ctx.db, role === 'coder' ? 'ccoder' : 'bbiller', ctx.seed.tenantId);
  return { tenantId: ctx.seed.tenantId, userId: user?.id ?? null, role };
}
