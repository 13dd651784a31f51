import type { DemoStage } from './stage';

/** What the seeded practice holds, read back from storage. */
export const practiceStage: DemoStage = {
  name: 'practice',
  async run({ db, seed }) {
    const byPayer = await db.query<{ name: string; n: number }>(
      `SELECT p.name, count(*)::int AS n FROM coverages c JOIN payers p ON p.id = c.payer_id
       WHERE c.tenant_id = $1 AND c.priority = 1 GROUP BY p.name ORDER BY n DESC`,
      [seed.tenantId],
    );
    const topScenarios = await db.query<{ scenario: string; n: number }>(
      `SELECT scenario, count(*)::int AS n FROM clinical_documents WHERE tenant_id = $1 GROUP BY scenario ORDER BY n DESC, scenario LIMIT 5`,
      [seed.tenantId],
    );
    const [audit] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log WHERE tenant_id = $1', [seed.tenantId]);
    return {
      stage: 'practice',
      lines: [
        `primary insurance: ${byPayer.map((r) => `${r.name} ${r.n}`).join(', ')}`,
        `most common visits: ${topScenarios.map((r) => `${r.scenario} ${r.n}`).join(', ')}`,
        `audit log: ${audit?.n ?? 0} entries (every patient record written is recorded)`,
      ],
      figures: { auditEntries: audit?.n ?? 0 },
    };
  },
};
