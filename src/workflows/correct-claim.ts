// The replacement claim (frequency 7) for a coding denial, once the coder has fixed the encounter's
// codes: rebuilt from the encounter as coded now, billed to the same coverage, naming the payer claim
// number (REF*F8), linked to the original (original_claim_id); original → corrected, its coder work done.
import { randomUUID } from 'node:crypto';
import type { Actor } from '../auth/index';
import { buildProfessionalClaims } from '../billing/index';
import { domainError } from '../errors/index';
import { insertClaim, readEncounterForBilling, readPracticeForBilling, transitionClaim, type Db } from '../store/index';
import { deniedClaim, followUpPatientControlNumber, type FollowUpClaim } from './denial-actions';

export async function correctDeniedClaim(db: Db, actor: Actor, ref: string): Promise<FollowUpClaim & { problems: string[] }> {
  return db.transaction(async (tx) => {
    const c = await deniedClaim(tx, actor, ref);
    if (!c.payerClaimControlNumber) throw domainError('denials.no_payer_claim_number', `claim ${c.claim.patientControlNumber} has no payer claim number from an 835: a replacement (frequency 7) must name it`);
    const [link] = await tx.query<{ encounter_id: string }>('SELECT encounter_id FROM claim_encounters WHERE tenant_id = $1 AND claim_id = $2 LIMIT 1', [actor.tenantId, c.claimId]);
    if (!link) throw domainError('denials.no_encounter', `claim ${c.claim.patientControlNumber} is not linked to an encounter: nothing to rebuild it from`);
    const read = await readEncounterForBilling(tx, actor, link.encounter_id);
    if (!read) throw domainError('encounter.not_found', `no encounter ${link.encounter_id}`);
    const practice = await readPracticeForBilling(tx, actor, read.encounter.dateOfService);
    if (!practice.feeSchedule) throw domainError('billing.no_fee_schedule', `no standard fee schedule in force on ${read.encounter.dateOfService}`);
    const coverage = read.coverages.find((x) => x.id === c.coverageId);
    const payer = practice.payers.find((p) => p.id === c.payerId);
    if (!coverage || !payer) throw domainError('denials.no_coverage', `the coverage claim ${c.claim.patientControlNumber} was billed to is no longer on file`);
    const others = read.coverages.filter((x) => x.id !== coverage.id).flatMap((x) => {
      const p = practice.payers.find((y) => y.id === x.payerId);
      return p ? [{ coverage: x, payer: p }] : [];
    });
    const pcn = followUpPatientControlNumber(c.claim.patientControlNumber, 'R');
    const id = randomUUID();
    const built = buildProfessionalClaims({
      patient: read.patient, billed: { coverage, payer }, payerSequence: c.claim.payerSequence, otherCoverages: others,
      encounters: [{
        encounter: read.encounter,
        diagnoses: read.codes.diagnoses.filter((d) => d.origin !== 'suggested' && d.origin !== 'rejected'),
        procedures: read.codes.procedures.filter((p) => p.origin !== 'suggested' && p.origin !== 'rejected'),
      }],
      providers: practice.providers, facilities: practice.facilities, feeSchedule: practice.feeSchedule,
      frequency: { code: '7', payerClaimControlNumber: c.payerClaimControlNumber },
    }, { claimId: () => id, patientControlNumber: () => pcn, lineItemControlNumber: (_c, l) => `${pcn}-${l}` });
    const claim = built.claims[0];
    if (!claim) throw domainError('denials.cannot_rebuild', `the encounter could not be rebuilt: ${built.problems.map((p) => p.message).join('; ')}`);
    await insertClaim(tx, actor, { claim, patientId: c.patientId, payerId: c.payerId, coverageId: c.coverageId, encounterIds: [read.encounter.id], originalClaimId: c.claimId });
    await transitionClaim(tx, actor, c.claimId, 'corrected', { source: 'denials', reason: `replaced by ${pcn} (frequency 7, payer claim ${c.payerClaimControlNumber})` });
    await tx.query("UPDATE work_items SET status = 'done', closed_at = now() WHERE tenant_id = $1 AND claim_id = $2 AND kind = 'denial' AND queue = 'coder' AND status IN ('open', 'in_progress', 'waiting')", [actor.tenantId, c.claimId]);
    return { originalClaimId: c.claimId, claimId: id, patientControlNumber: pcn, frequencyCode: '7', payerClaimControlNumber: c.payerClaimControlNumber, problems: built.problems.map((p) => p.message) };
  });
}
