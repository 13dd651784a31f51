import { openCodeSets } from '../codesets/index';
import { codeNote, evaluateCoding, loadCodingEngine, type EvalCase } from '../coding/index';
import type { GoldCode } from '../encounters/index';
import { acceptSuggestions, codeEncounter, pendingEncounterIds, type NoteCoder } from '../workflows/index';
import { staffActor, type DemoStage } from './stage';

/**
 * The engine codes every new note; the coder (ccoder) reviews. In the demo the coder accepts every suggestion
 * as it stands, so the accuracy printed is the engine's own, measured against the codes each note was written for.
 */
export const codingStage: DemoStage = {
  name: 'coding',
  async run(ctx) {
    const { db, seed, codeSetDir } = ctx;
    if (!codeSetDir) return { stage: 'coding', lines: ['skipped: no code sets imported'], figures: { encounters: 0, queries: 0, f1: 0 } };
    const coder = await staffActor(ctx, 'coder');
    const loadStarted = performance.now();
    const engine = loadCodingEngine(await openCodeSets(db, { parts: ['codes', 'tabular', 'index'] }));
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    const noteCoder: NoteCoder = (text, context) => codeNote(engine, text, context);
    const ids = await pendingEncounterIds(db, coder, 1_000_000);
    const started = performance.now();
    let queries = 0;
    for (const id of ids) {
      const run = await codeEncounter(db, coder, noteCoder, id);
      queries += run.queries;
      if (run.queries === 0) await acceptSuggestions(db, coder, id);
    }
    const seconds = (performance.now() - started) / 1000;
    const rows = await db.query<{ id: string; gold: GoldCode[]; codes: string[] | null }>(
      `SELECT d.encounter_id AS id, d.gold_codes AS gold,
              (SELECT array_agg(c ORDER BY s) FROM (
                 SELECT code AS c, sequence AS s FROM encounter_diagnoses x WHERE x.encounter_id = d.encounter_id
                 UNION ALL SELECT code, 100 + sequence FROM encounter_procedures y WHERE y.encounter_id = d.encounter_id) u) AS codes
       FROM clinical_documents d WHERE d.tenant_id = $1`,
      [seed.tenantId],
    );
    const cases: EvalCase[] = rows.map((r) => ({ name: r.id, gold: r.gold.map((g) => g.code), predicted: r.codes ?? [] }));
    const report = evaluateCoding(cases);
    const lines = [
      `engine loaded in ${loadSeconds.toFixed(1)} s; coded ${ids.length} notes in ${seconds.toFixed(1)} s (${Math.round(ids.length / Math.max(seconds, 0.001))} notes/s, storage included)`,
      `${ids.length - queries > 0 ? ids.length - queries : 0} encounters coded; ${queries} provider queries raised for documentation gaps`,
      ...report.systems.map((s) => `${s.system.padEnd(8)} exact P ${pct(s.exact.precision)} R ${pct(s.exact.recall)} F1 ${pct(s.exact.f1)}  category F1 ${pct(s.category.f1)}  (vs the seeded gold codes)`),
    ];
    const all = report.systems.find((s) => s.system === 'ALL');
    return { stage: 'coding', lines, figures: { encounters: ids.length, queries, f1: Number((all?.exact.f1 ?? 0).toFixed(3)) } };
  },
};

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}
