// Runs the edits over claims. An edit that throws is a bug; the claim is then held with a finding that
// names the edit, so one bad edit never hides the others or crashes a batch.
import type { Claim, ClaimFilingIndicatorCode } from '../claims/index';
import { EDITS } from './registry';
import type { Edit, EditFinding, PayerCategory, PayerSettings, ScrubContext, ScrubResult } from './types';

export type ScrubInput = Omit<ScrubContext, 'claim'>;

/** What every claim of a batch shares; the payer and earlier claims are looked up per claim. */
export type ScrubShared = Omit<ScrubContext, 'claim' | 'payer' | 'priorClaims'>;

export interface ScrubPerClaim {
  payer?: PayerSettings;
  priorClaims?: ScrubContext['priorClaims'];
}

export function payerCategoryOf(indicator: ClaimFilingIndicatorCode): PayerCategory {
  if (indicator === 'MA' || indicator === 'MB') return 'medicare';
  if (indicator === 'MC') return 'medicaid';
  if (indicator === 'ZZ' || indicator === 'WC' || indicator === 'AM' || indicator === 'LM') return 'other';
  return 'commercial';
}

/** Medicare: 12 months from the date of service; the others: a common commercial default of 180 days. */
export function defaultPayerSettings(claim: Claim): PayerSettings {
  const category = payerCategoryOf(claim.payer.claimFilingIndicator);
  return { payerId: claim.payer.payerId, category, timelyFilingDays: category === 'medicare' ? 365 : 180 };
}

export function scrubClaim(claim: Claim, input: ScrubInput, edits: readonly Edit[] = EDITS): ScrubResult {
  const ctx: ScrubContext = { ...input, claim };
  const findings: EditFinding[] = [];
  for (const edit of edits) {
    try {
      findings.push(...edit.run(ctx));
    } catch (e) {
      findings.push({ editId: edit.id, severity: 'error', path: '', message: `The ${edit.title} edit failed on this claim: ${(e as Error).message}`, suggestedFix: 'Report this to OpenRCM support; the claim is held until it can be checked' });
    }
  }
  return { claimId: claim.id, patientControlNumber: claim.patientControlNumber, findings, clean: !findings.some((f) => f.severity === 'error') };
}

/** Scrubs many claims with the same loaded tables and rules. */
export function scrubClaims(claims: readonly Claim[], shared: ScrubShared, perClaim: (claim: Claim) => ScrubPerClaim = () => ({}), edits: readonly Edit[] = EDITS): ScrubResult[] {
  return claims.map((claim) => {
    const extra = perClaim(claim);
    return scrubClaim(claim, { ...shared, payer: extra.payer ?? defaultPayerSettings(claim), priorClaims: extra.priorClaims ?? [] }, edits);
  });
}

/** The clean-claim rate and the most frequent findings of a batch. */
export function summarizeScrub(results: readonly ScrubResult[], top = 10): { claims: number; clean: number; cleanRate: number; topFindings: { editId: string; count: number }[] } {
  const counts = new Map<string, number>();
  for (const r of results) for (const f of r.findings) counts.set(f.editId, (counts.get(f.editId) ?? 0) + 1);
  const clean = results.filter((r) => r.clean).length;
  return {
    claims: results.length,
    clean,
    cleanRate: results.length === 0 ? 1 : clean / results.length,
    topFindings: [...counts].sort((a, b) => b[1] - a[1]).slice(0, top).map(([editId, count]) => ({ editId, count })),
  };
}
