// The remittance hook that posts to the ledger (src/ledger): the 835 is mapped onto a
// RemittancePayment and posted in the fetch's own transaction, then claim statuses follow CLP02.
import type { CalendarDate } from '../dates/index';
import { postRemittance, remittanceFromX12 } from '../ledger/index';
import type { RemittanceHook } from './remittance-hook';
import { transitionByClaimStatus } from './remittance-hook';

export const postToLedger: RemittanceHook = async (tx, actor, remittance, ctx) => {
  // The paying payer: REF*2U (payer id) in 1000A, else the payer of the first claim we can match.
  const payerRef = remittance.loop1000A.references.find((r) => r.qualifier === '2U')?.value;
  const pcns = remittance.loop2000.flatMap((l) => l.claims.map((c) => c.patientControlNumber));
  const [payer] = await tx.query<{ id: string }>(
    `SELECT id FROM payers WHERE tenant_id = $1 AND payer_id = $2
     UNION ALL SELECT payer_id AS id FROM claims WHERE tenant_id = $1 AND patient_control_number = ANY($3::text[]) AND payer_id IS NOT NULL
     LIMIT 1`, [actor.tenantId, payerRef ?? null, pcns]);
  const outcome = await transitionByClaimStatus(tx, actor, remittance, ctx);
  if (!payer) return { ...outcome, ledger: 'no payer of ours matches this 835: not posted' };
  const receivedOn = new Date().toISOString().slice(0, 10) as CalendarDate;
  const { payment } = remittanceFromX12(remittance, { tenantId: actor.tenantId, payerId: payer.id, remittanceId: ctx.remittanceId, receivedOn });
  // Already inside the fetch's transaction: posting joins it, so the file, statuses and ledger commit together.
  const posted = await postRemittance({ transaction: (fn) => fn(tx) }, actor, payment);
  return { ...outcome, ledger: `${posted.posted.length} ledger transactions posted, ${posted.skipped.length} already there` };
};
