import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_RULES, loadFeeSchedule, PayerSimulator, rosterFromCoverages, startHttpServer } from '../payer-sim/index';
import type { CalendarDate } from '../dates/index';
import { cents, formatUsd } from '../money/index';
import { fetchResponses, HttpTransport, submitReadyClaims, tradingPartnerFor } from '../submission/index';
import { staffActor, type DemoStage } from './stage';

/** The day the practice sends the year's claims: just after the seeded year. */
const SUBMITTED_AT = new Date('2023-10-02T09:00:00Z');

/**
 * The biller submits every ready claim to the payer simulator over HTTP and applies what comes back:
 * 999, 277CA per claim, then the 835s, posted to the ledger. The simulator's timely-filing limit is set to
 * ten years because the demo sends a whole year of visits at once.
 */
export const payerStage: DemoStage = {
  name: 'payer',
  async run(ctx) {
    const { db, seed, outDir, codeSetDir } = ctx;
    const biller = await staffActor(ctx, 'biller');
    const roster = await rosterFromCoverages(db, biller);
    const simulator = new PayerSimulator({ ...DEFAULT_RULES, timelyFilingDays: 3650 }, roster, loadFeeSchedule(codeSetDir), () => SUBMITTED_AT);
    const server = await startHttpServer(simulator, 0);
    try {
      const transport = new HttpTransport(server.url);
      const submitted = await submitReadyClaims(db, biller, transport, { partner: await tradingPartnerFor(db, biller), now: SUBMITTED_AT });
      const batchDir = join(outDir, '837');
      mkdirSync(batchDir, { recursive: true });
      const files = await db.query<{ file_name: string; content: string }>('SELECT file_name, content FROM submission_batches WHERE tenant_id = $1 ORDER BY file_name', [seed.tenantId]);
      for (const f of files) writeFileSync(join(batchDir, f.file_name), f.content);
      const kinds = new Map<string, number>();
      for (let round = 0; round < 3; round++) {
        for (const o of await fetchResponses(db, biller, transport, { receivedOn: '2023-10-02' as CalendarDate })) kinds.set(o.kind, (kinds.get(o.kind) ?? 0) + 1);
      }
      const statuses = await db.query<{ status: string; n: number }>('SELECT status, count(*)::int AS n FROM claims WHERE tenant_id = $1 GROUP BY status ORDER BY n DESC', [seed.tenantId]);
      const denials = await db.query<{ root_cause: string; queue: string; n: number }>(
        "SELECT coalesce(root_cause, kind) AS root_cause, queue, count(*)::int AS n FROM work_items WHERE tenant_id = $1 AND status = 'open' GROUP BY 1, 2 ORDER BY n DESC LIMIT 8",
        [seed.tenantId],
      );
      const [cash] = await db.query<{ cents: number }>('SELECT coalesce(sum(payment_amount_cents), 0)::bigint AS cents FROM remittances WHERE tenant_id = $1', [seed.tenantId]);
      const claims = submitted.batches.reduce((s, b) => s + b.claimCount, 0);
      return {
        stage: 'payer',
        lines: [
          `submitted ${claims} claims in ${submitted.batches.length} 837P batches over HTTP to the payer simulator; files in ${batchDir}`,
          `received ${[...kinds.entries()].map(([k, n]) => `${n} ${k}`).join(', ')}`,
          `claims by status: ${statuses.map((s) => `${s.status} ${s.n}`).join(', ')}`,
          `paid by payers: ${formatUsd(cents(cash?.cents ?? 0))}`,
          `work queues: ${denials.map((d) => `${d.root_cause} (${d.queue}) ${d.n}`).join(', ') || 'empty'}`,
        ],
        figures: { claims, batches: submitted.batches.length },
      };
    } finally {
      await server.close();
    }
  },
};
