// Working a denied claim: an appeal (letter as text and PDF; original → appealed), a void (frequency 8
// with the payer claim number; original → voided). The replacement claim (frequency 7) after a coder's
// fix is built by correctDeniedClaim in correct-claim.ts.
import { randomUUID } from 'node:crypto';
import type { Actor } from '../auth/index';
import type { Claim, PostalAddress } from '../claims/index';
import type { CalendarDate } from '../dates/index';
import { appealLetterPdf, appealLetterText, type DenialWorkItemDraft } from '../denials/index';
import { domainError } from '../errors/index';
import { cents } from '../money/index';
import { getClaim, insertClaim, transitionClaim, type Db, type Queryable } from '../store/index';

const address = (a?: PostalAddress) => (a ? `${a.line1}${a.line2 ? `, ${a.line2}` : ''}, ${a.city}, ${a.state} ${a.postalCode}` : '');

/** The claim, and the payer claim number from its latest 835 (CLP07): frequency 7 and 8 claims must carry it. */
export async function deniedClaim(q: Queryable, actor: Actor, ref: string): Promise<{ claim: Claim; claimId: string; patientId: string; payerId: string | null; coverageId: string | null; status: string; payerClaimControlNumber?: string }> {
  const record = await getClaim(q, actor, ref);
  if (!record) throw domainError('claim.not_found', `no claim ${ref} in this practice`);
  const [rc] = await q.query<{ icn: string | null }>(
    `SELECT rc.payer_claim_control_number AS icn FROM remittance_claims rc JOIN remittances r ON r.id = rc.remittance_id
     WHERE rc.tenant_id = $1 AND rc.claim_id = $2 AND rc.payer_claim_control_number IS NOT NULL ORDER BY r.received_at DESC, rc.id LIMIT 1`,
    [actor.tenantId, record.claim.id],
  );
  const icn = rc?.icn ?? record.claim.payerClaimControlNumber;
  return {
    claim: record.claim, claimId: record.claim.id, patientId: record.patientId, payerId: record.payerId, coverageId: record.coverageId, status: record.status,
    ...(icn ? { payerClaimControlNumber: icn } : {}),
  };
}

export interface AppealResult { claimId: string; patientControlNumber: string; text: string; pdf: Uint8Array; appealBy?: CalendarDate }

export async function appealDeniedClaim(db: Db, actor: Actor, ref: string, today: CalendarDate): Promise<AppealResult> {
  return db.transaction(async (tx) => {
    const c = await deniedClaim(tx, actor, ref);
    const items = await tx.query<{ root_cause: string; recommended_action: string; detail: DenialWorkItemDraft['detail'] }>(
      "SELECT root_cause, recommended_action, detail FROM work_items WHERE tenant_id = $1 AND claim_id = $2 AND kind = 'denial' AND status IN ('open', 'in_progress') ORDER BY created_at",
      [actor.tenantId, c.claimId],
    );
    if (items.length === 0) throw domainError('denials.nothing_to_appeal', `claim ${c.claim.patientControlNumber} has no open denial to appeal`);
    const person = c.claim.patient ?? c.claim.subscriber;
    const appealBy = items.map((i) => i.detail.deadlines.appealBy).sort()[0];
    const text = appealLetterText({
      today,
      practice: { name: c.claim.billingProvider.lastNameOrOrganization, address: address(c.claim.billingProvider.address), npi: c.claim.billingProvider.npi },
      payer: { name: c.claim.payer.name, address: address(c.claim.payer.address) },
      patient: { name: `${person.firstName} ${person.lastName}`, birthDate: person.birthDate, memberId: c.claim.subscriber.memberId },
      claim: { patientControlNumber: c.claim.patientControlNumber, ...(c.payerClaimControlNumber ? { payerClaimControlNumber: c.payerClaimControlNumber } : {}), serviceDate: c.claim.statementFrom, totalCharge: c.claim.totalCharge },
      denial: {
        lines: items.flatMap((i) => i.detail.lines.map((l) => ({ ...(l.procedureCode ? { procedureCode: l.procedureCode } : {}), carc: l.carc, rarcs: l.rarcs, amount: cents(l.amount) }))),
        rootCause: items[0]!.root_cause, explanation: items.map((i) => i.recommended_action).join(' '),
      },
      ...(appealBy ? { appealBy } : {}),
    });
    await transitionClaim(tx, actor, c.claimId, 'appealed', { source: 'denials', reason: `appeal letter generated${appealBy ? `; appeal by ${appealBy}` : ''}` });
    await tx.query("UPDATE work_items SET status = 'waiting' WHERE tenant_id = $1 AND claim_id = $2 AND kind = 'denial' AND status = 'open'", [actor.tenantId, c.claimId]);
    return { claimId: c.claimId, patientControlNumber: c.claim.patientControlNumber, text, pdf: await appealLetterPdf(text), ...(appealBy ? { appealBy } : {}) };
  });
}

export interface FollowUpClaim { originalClaimId: string; claimId: string; patientControlNumber: string; frequencyCode: '7' | '8'; payerClaimControlNumber: string }

/** CLM01 of a follow-up claim: the original's with a suffix, at most 20 characters. */
export function followUpPatientControlNumber(original: string, suffix: string): string {
  return `${original.slice(0, 20 - suffix.length)}${suffix}`;
}

export async function voidDeniedClaim(db: Db, actor: Actor, ref: string): Promise<FollowUpClaim> {
  return db.transaction(async (tx) => {
    const c = await deniedClaim(tx, actor, ref);
    if (!c.payerClaimControlNumber) throw domainError('denials.no_payer_claim_number', `claim ${c.claim.patientControlNumber} has no payer claim number from an 835: a void (frequency 8) must name it`);
    const claim: Claim = { ...c.claim, id: randomUUID(), patientControlNumber: followUpPatientControlNumber(c.claim.patientControlNumber, 'V'), frequencyCode: '8', payerClaimControlNumber: c.payerClaimControlNumber };
    await insertClaim(tx, actor, { claim, patientId: c.patientId, payerId: c.payerId, coverageId: c.coverageId, encounterIds: [], originalClaimId: c.claimId });
    await transitionClaim(tx, actor, c.claimId, 'voided', { source: 'denials', reason: `voided by ${claim.patientControlNumber} (frequency 8, payer claim ${c.payerClaimControlNumber})` });
    await tx.query("UPDATE work_items SET status = 'done', closed_at = now() WHERE tenant_id = $1 AND claim_id = $2 AND kind = 'denial' AND status IN ('open', 'in_progress', 'waiting')", [actor.tenantId, c.claimId]);
    return { originalClaimId: c.claimId, claimId: claim.id, patientControlNumber: claim.patientControlNumber, frequencyCode: '8', payerClaimControlNumber: c.payerClaimControlNumber };
  });
}
