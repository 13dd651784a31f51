import { openCodeSets } from '../codesets/index';
import { addDays, todayUtc } from '../dates/index';
import { loadScrubEnvironment } from '../edits/index';
import { codedEncounterIds, listClaims } from '../store/index';
import { buildClaimsForEncounter, scrubStoredClaims } from '../workflows/index';
import { staffActor, type DemoStage } from './stage';

/**
 * The biller builds claims from every coded encounter and scrubs them. The practice bills each visit two
 * days after it happened, so timely filing is judged on that day, not on the day the demo runs.
 */
export const claimsStage: DemoStage = {
  name: 'claims',
  async run(ctx) {
    const { db, codeSetDir } = ctx;
    const actor = await staffActor(ctx, 'biller');
    const ids = await codedEncounterIds(db, actor);
    let claims = 0;
    const heldAtBuild = new Map<string, number>();
    for (const id of ids) {
      const built = await buildClaimsForEncounter(db, actor, id);
      claims += built.claimIds.length;
      for (const p of built.problems) heldAtBuild.set(p.code, (heldAtBuild.get(p.code) ?? 0) + 1);
    }
    const lines = [`built ${claims} claims from ${ids.length} coded encounters`];
    if (heldAtBuild.size) lines.push(`held when built: ${[...heldAtBuild.entries()].map(([k, n]) => `${k} ${n}`).join(', ')}`);
    if (!codeSetDir) return { stage: 'claims', lines: [...lines, 'scrub skipped: no code-set folder'], figures: { claims, cleanClaimRate: 0 } };
    const started = performance.now();
    const env = await loadScrubEnvironment({ dataDir: codeSetDir });
    const loadSeconds = (performance.now() - started) / 1000;
    const codeSets = await openCodeSets(db, { parts: ['codes', 'tabular'] });
    const report = await scrubStoredClaims(db, actor, {
      ...env, codeSets, today: todayUtc(new Date()), asOf: (claim) => addDays(claim.statementTo, 2),
    });
    const s = report.summary;
    const [ready] = await listClaims(db, actor, { status: 'ready', limit: 1 });
    lines.push(
      `scrubbed ${s.claims} claims with NCCI PTP/MUE/add-on tables (loaded in ${loadSeconds.toFixed(1)} s), ICD-10-CM, MCE, payer and coverage rules`,
      `clean-claim rate: ${(s.cleanRate * 100).toFixed(1)}% (${s.clean} ready, ${s.claims - s.clean} held)`,
      `top findings: ${s.topFindings.slice(0, 6).map((f) => `${f.editId} ${f.count}`).join(', ') || 'none'}`,
    );
    const example = report.results.find((r) => !r.clean);
    const finding = example?.findings.find((f) => f.severity === 'error');
    if (example && finding) lines.push(`e.g. held ${example.patientControlNumber}: ${finding.message} (fix: ${finding.suggestedFix})`);
    if (ready) lines.push(`e.g. ready ${ready.claim.patientControlNumber}: ${ready.claim.lines.map((l) => l.procedureCode).join(', ')} for ${ready.claim.diagnoses.map((d) => d.code).join(', ')}`);
    return { stage: 'claims', lines, figures: { claims, cleanClaimRate: Number(s.cleanRate.toFixed(3)) } };
  },
};
