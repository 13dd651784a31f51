// Storage adapter: after a primary's 835 is posted, the secondary claim is drafted (claims scrub moves it
// to ready) and the patient responsibility the primary left is moved back from the patient onto the
// original lines' receivables, now owed by the secondary payer. The secondary's 835 then pays those lines.
import { randomUUID } from 'node:crypto';
import type { Actor } from '../auth/index';
import type { Claim } from '../claims/index';
import type { CalendarDate } from '../dates/index';
import { cents } from '../money/index';
import { patientResponsibilityTransfer, postTransactionsIn, type LedgerTransaction, type RemittanceClaimPayment } from '../ledger/index';
import { insertClaim, type Queryable } from '../store/index';
import { buildSecondaryClaim, secondaryPatientControlNumber } from './secondary-claim';

export interface DraftedSecondary {
  primaryPatientControlNumber: string;
  patientControlNumber: string;
  claimId: string;
  payer: string;
  movedToSecondary: number;
}

export async function draftSecondaryClaim(
  tx: Queryable, actor: Actor, primaryClaimId: string, clp: RemittanceClaimPayment, adjudicationDate: CalendarDate, posted: readonly LedgerTransaction[],
): Promise<DraftedSecondary | undefined> {
  const [row] = await tx.query<{ document: Claim; patient_id: string }>('SELECT document, patient_id FROM claims WHERE tenant_id = $1 AND id = $2', [actor.tenantId, primaryClaimId]);
  if (!row?.document?.otherCoverages) return undefined;
  const pcn = secondaryPatientControlNumber(row.document.patientControlNumber);
  const [exists] = await tx.query('SELECT 1 FROM claims WHERE tenant_id = $1 AND patient_control_number = $2', [actor.tenantId, pcn]);
  if (exists) return undefined;
  const claim = buildSecondaryClaim(row.document, clp, adjudicationDate, { claimId: randomUUID(), patientControlNumber: pcn });
  if (!claim) return undefined;
  const [payer] = await tx.query<{ id: string }>('SELECT id FROM payers WHERE tenant_id = $1 AND payer_id = $2 LIMIT 1', [actor.tenantId, claim.payer.payerId]);
  if (!payer) return undefined;
  const [coverage] = await tx.query<{ id: string }>(
    'SELECT id FROM coverages WHERE tenant_id = $1 AND patient_id = $2 AND payer_id = $3 ORDER BY priority LIMIT 1', [actor.tenantId, row.patient_id, payer.id],
  );
  const encounters = await tx.query<{ encounter_id: string }>('SELECT encounter_id FROM claim_encounters WHERE tenant_id = $1 AND claim_id = $2', [actor.tenantId, primaryClaimId]);
  await insertClaim(tx, actor, {
    claim, patientId: row.patient_id, payerId: payer.id, coverageId: coverage?.id ?? null, encounterIds: encounters.map((e) => e.encounter_id),
  });
  const moved = cobTransfers(claim.id, payer.id, adjudicationDate, primaryClaimId, posted);
  await postTransactionsIn(tx, actor, moved);
  return {
    primaryPatientControlNumber: row.document.patientControlNumber, patientControlNumber: pcn, claimId: claim.id, payer: claim.payer.name,
    movedToSecondary: moved.reduce((a, t) => a + t.legs.filter((l) => l.account.kind === 'receivable_claim_line').reduce((b, l) => b + l.amount, 0), 0),
  };
}

/** The reverse of each patient-responsibility posting of this 835 on the claim, tagged with the secondary payer. */
function cobTransfers(secondaryClaimId: string, payerId: string, date: CalendarDate, primaryClaimId: string, posted: readonly LedgerTransaction[]): LedgerTransaction[] {
  const byLine = new Map<string, { patientId: string; amount: number }>();
  for (const t of posted) {
    if (t.kind !== 'patient_responsibility' || t.claimId !== primaryClaimId) continue;
    for (const leg of t.legs) {
      if (leg.account.kind !== 'receivable_patient' || !leg.claimLineId || !leg.patientId) continue;
      const cur = byLine.get(leg.claimLineId) ?? { patientId: leg.patientId, amount: 0 };
      cur.amount += leg.amount;
      byLine.set(leg.claimLineId, cur);
    }
  }
  return [...byLine.entries()].filter(([, v]) => v.amount > 0).map(([lineId, v]) =>
    patientResponsibilityTransfer({
      idempotencyKey: `cob:${secondaryClaimId}:${lineId}`, effectiveDate: date, memo: 'patient responsibility billed to the secondary payer',
      line: { claimId: primaryClaimId, claimLineId: lineId, patientId: v.patientId, payerId }, amount: cents(0 - v.amount),
    }));
}
