// The scrubber over stored claims: each draft or held claim runs through every edit; a clean one becomes
// ready, one with an error is held with its findings. Problems found when the claim was built are kept.
import type { Actor } from '../auth/index';
import type { Claim } from '../claims/index';
import type { CodeSets } from '../codesets/index';
import type { CalendarDate } from '../dates/index';
import { scrubClaim, summarizeScrub, type EditFinding, type NcciTables, type PayerSettings, type PriorClaim, type ScrubResult, type ScrubRules } from '../edits/index';
import { getClaim, listClaims, listPayers, replaceFindings, transitionClaim, type ClaimRecord, type Db, type StoredFinding } from '../store/index';

export interface ScrubEnvironment {
  codeSets: CodeSets;
  tables: NcciTables;
  rules: ScrubRules;
  today: CalendarDate;
  /** The day each claim is scrubbed, when not today: the demo bills each visit two days after it happened. */
  asOf?: (claim: Claim) => CalendarDate;
}

export interface StoredScrubReport {
  results: (ScrubResult & { status: 'ready' | 'held' })[];
  summary: ReturnType<typeof summarizeScrub>;
}

const SCRUBBABLE = new Set(['draft', 'held']);

function payerSettings(record: ClaimRecord, payers: Awaited<ReturnType<typeof listPayers>>): PayerSettings | undefined {
  const payer = payers.find((p) => p.id === record.payerId);
  if (!payer) return undefined;
  const category = payer.category === 'medicare' || payer.category === 'medicaid' || payer.category === 'commercial' ? payer.category : 'other';
  return { payerId: payer.payerId ?? '', category, timelyFilingDays: payer.timelyFilingDays };
}

function priorClaimsOf(record: ClaimRecord, all: readonly ClaimRecord[]): PriorClaim[] {
  return all
    .filter((r) => r.patientId === record.patientId && r.claim.id !== record.claim.id && !SCRUBBABLE.has(r.status))
    .map((r) => ({ claim: r.claim, status: r.status, ...(r.submittedAt ? { submittedOn: r.submittedAt.slice(0, 10) as CalendarDate } : {}) }));
}

function toStored(f: EditFinding): StoredFinding {
  return { editId: f.editId, severity: f.severity, path: f.path, message: f.message, suggestedFix: f.suggestedFix };
}

/** Scrubs the named stored claims (or every draft and held claim) and moves each to ready or held. */
export async function scrubStoredClaims(db: Db, actor: Actor, env: ScrubEnvironment, claimIds?: readonly string[]): Promise<StoredScrubReport> {
  const all = await listClaims(db, actor, { limit: 1_000_000 });
  const payers = await listPayers(db, actor);
  const targets = all.filter((r) => SCRUBBABLE.has(r.status) && (!claimIds || claimIds.includes(r.claim.id) || claimIds.includes(r.claim.patientControlNumber)));
  const results: StoredScrubReport['results'] = [];
  for (const record of targets) {
    const payer = payerSettings(record, payers);
    const result = scrubClaim(record.claim, { ...env, today: env.asOf?.(record.claim) ?? env.today, priorClaims: priorClaimsOf(record, all), payer: payer ?? { payerId: record.claim.payer.payerId, category: 'other', timelyFilingDays: 365 } });
    const status = await db.transaction(async (tx) => {
      const current = await getClaim(tx, actor, record.claim.id);
      const fromBuild = (current?.findings ?? []).filter((f) => f.editId.startsWith('billing.'));
      await replaceFindings(tx, actor, record.claim.id, [...fromBuild, ...result.findings.map(toStored)]);
      const next = result.clean && fromBuild.length === 0 ? 'ready' : 'held';
      const reason = next === 'held' ? [...fromBuild.map((f) => f.message), ...result.findings.filter((f) => f.severity === 'error').map((f) => f.message)].join('; ') : 'passed the edits';
      await transitionClaim(tx, actor, record.claim.id, next, { source: 'scrub', reason });
      return next;
    });
    results.push({ ...result, clean: status === 'ready', status });
  }
  return { results, summary: summarizeScrub(results) };
}
