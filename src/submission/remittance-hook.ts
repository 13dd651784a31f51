// A custom remittance hook replaces the default posting of `responses fetch` (the same as `era post`,
// src/workflows/post-era.ts). transitionByClaimStatus only moves each claim by CLP02 without posting: 1/2/3
// (and 19-21) paid when CLP04 covers CLP03, else partially paid; 4 denied; 22 leaves the claim to its correction.
import { randomUUID } from 'node:crypto';
import type { Actor } from '../auth/index';
import { insertRows, type Queryable } from '../store/index';
import type { Remittance835 } from '../x12/index';
import { transitionMany } from './batches';

export interface RemittanceOutcome {
  paid: number;
  partiallyPaid: number;
  denied: number;
  unmatched: string[];
  /** What the ledger posting did, when the hook posts. */
  ledger?: string;
}

export type RemittanceHook = (tx: Queryable, actor: Actor, remittance: Remittance835, ctx: { remittanceId: string; fileName: string }) => Promise<RemittanceOutcome>;

const PROCESSED = new Set(['1', '2', '3', '19', '20', '21']);

export const transitionByClaimStatus: RemittanceHook = async (tx, actor, remittance, ctx) => {
  const clps = remittance.loop2000.flatMap((l) => l.claims).filter((c) => c.claimStatusCode !== '22');
  const pcns = clps.map((c) => c.patientControlNumber);
  const rows = await tx.query<{ id: string; patient_control_number: string }>(
    'SELECT id, patient_control_number FROM claims WHERE tenant_id = $1 AND patient_control_number = ANY($2::text[])', [actor.tenantId, pcns]);
  const byPcn = new Map(rows.map((r) => [r.patient_control_number, r.id]));
  const targets: Record<'paid' | 'partially_paid' | 'denied', string[]> = { paid: [], partially_paid: [], denied: [] };
  const reasons = new Map<string, string>();
  const unmatched: string[] = [];
  for (const clp of clps) {
    const id = byPcn.get(clp.patientControlNumber);
    if (!id) { unmatched.push(clp.patientControlNumber); continue; }
    const to = clp.claimStatusCode === '4' ? 'denied' : PROCESSED.has(clp.claimStatusCode) ? (clp.claimPaymentAmount >= clp.totalClaimChargeAmount ? 'paid' : 'partially_paid') : undefined;
    if (!to) continue;
    targets[to].push(id);
    const carcs = [...new Set(clp.services.flatMap((s) => s.adjustments.flatMap((g) => g.reasons.map((r) => `${g.groupCode}-${r.carcCode}`))))];
    reasons.set(id, `835 ${ctx.fileName} CLP02 ${clp.claimStatusCode}, paid ${(clp.claimPaymentAmount / 100).toFixed(2)} of ${(clp.totalClaimChargeAmount / 100).toFixed(2)}${carcs.length ? ` (${carcs.join(', ')})` : ''}`);
  }
  for (const [to, ids] of Object.entries(targets)) await transitionMany(tx, actor, ids, to, '835', reasons);
  await insertRows(tx, 'remittance_claims',
    [['id', 'uuid'], ['tenant_id', 'uuid'], ['remittance_id', 'uuid'], ['claim_id', 'uuid'], ['patient_control_number', 'text'], ['claim_status_code', 'text'],
      ['charge_cents', 'bigint'], ['paid_cents', 'bigint'], ['patient_responsibility_cents', 'bigint'], ['payer_claim_control_number', 'text'], ['detail', 'jsonb'], ['unapplied_reason', 'text']],
    remittance.loop2000.flatMap((l) => l.claims).map((c) => [randomUUID(), actor.tenantId, ctx.remittanceId, byPcn.get(c.patientControlNumber) ?? null, c.patientControlNumber, c.claimStatusCode,
      c.totalClaimChargeAmount, c.claimPaymentAmount, c.patientResponsibilityAmount ?? null, c.payerClaimControlNumber ?? null, c,
      byPcn.has(c.patientControlNumber) ? null : 'no claim with this patient control number']));
  return { paid: targets.paid.length, partiallyPaid: targets.partially_paid.length, denied: targets.denied.length, unmatched };
};
