// Real-time inquiries: eligibility (270 → 271) for a patient on a date of service, stored with the
// encounter and turned into an estimate of the patient's share; claim status (276 → 277).
import { randomUUID } from 'node:crypto';
import { authorize, type Actor } from '../auth/index';
import type { CalendarDate } from '../dates/index';
import { domainError } from '../errors/index';
import type { Cents } from '../money/index';
import { getClaim, type Queryable } from '../store/index';
import {
  buildClaimStatusRequest276, buildEligibilityRequest270, envelope, estimatePatientShare, generate270, generate276, interpretClaimStatus277,
  interpretEligibility271, MemoryControlNumbers, parse271, parse277, readEnvelopes, tokenize, type ClaimStatusReport, type EligibilityResult, type PatientShare,
} from '../x12/index';
import type { TradingPartner } from './build-file';
import type { HttpTransport } from './transport-http';

const stamp = (now: Date) => ({ date: now.toISOString().slice(0, 10) as CalendarDate, time: now.toISOString().slice(11, 16).replace(':', '') });

async function wrap(segments: ReturnType<typeof generate270>, guide: string, partner: TradingPartner, now: Date): Promise<string> {
  // Real-time inquiries are answered at once and never stored by the receiver: per-request numbers do.
  const out = await envelope([{ segments, guide }], { sender: { qualifier: 'ZZ', id: partner.senderId }, receiver: { qualifier: 'ZZ', id: partner.receiverId }, controlNumbers: new MemoryControlNumbers(), date: now, usage: partner.usage });
  return out.text;
}

interface CoverageRow extends Record<string, unknown> {
  coverage_id: string; member_id: string; subscriber_last_name: string; subscriber_first_name: string; subscriber_birth_date: string; relationship: string;
  payer_name: string; payer_ref: string | null; last_name: string; first_name: string; birth_date: string;
}

export interface EligibilityCheck {
  id: string;
  coverageId: string;
  dateOfService: CalendarDate;
  result: EligibilityResult;
  charges?: Cents;
  estimate?: PatientShare;
}

async function encounterCharges(q: Queryable, actor: Actor, encounterId: string): Promise<Cents | undefined> {
  const [row] = await q.query<{ total: number | string | null }>(
    `SELECT COALESCE(
       (SELECT sum(c.total_charge_cents) FROM claims c JOIN claim_encounters ce ON ce.claim_id = c.id WHERE ce.encounter_id = $2 AND c.tenant_id = $1 AND c.payer_sequence = 'P'),
       (SELECT sum(amount_cents) FROM charges WHERE encounter_id = $2 AND tenant_id = $1)) AS total`, [actor.tenantId, encounterId]);
  return row?.total === null || row?.total === undefined ? undefined : (Number(row.total) as Cents);
}

export async function checkEligibility(
  q: Queryable, actor: Actor, transport: HttpTransport, partner: TradingPartner,
  input: { patientId: string; dateOfService: CalendarDate; encounterId?: string; now: Date },
): Promise<EligibilityCheck> {
  authorize(actor, 'patient.read');
  const [cov] = await q.query<CoverageRow>(
    `SELECT c.id AS coverage_id, c.member_id, c.subscriber_last_name, c.subscriber_first_name, c.subscriber_birth_date, c.relationship,
            p.name AS payer_name, p.payer_id AS payer_ref, pt.last_name, pt.first_name, pt.birth_date
     FROM coverages c JOIN payers p ON p.id = c.payer_id JOIN patients pt ON pt.id = c.patient_id
     WHERE c.tenant_id = $1 AND c.patient_id = $2 AND c.effective_from <= $3 AND (c.effective_to IS NULL OR c.effective_to >= $3)
     ORDER BY c.priority LIMIT 1`, [actor.tenantId, input.patientId, input.dateOfService]);
  if (!cov || !cov.payer_ref) throw domainError('eligibility.no_coverage', `patient ${input.patientId} has no coverage with an electronic payer id on ${input.dateOfService}`);
  const [billing] = await q.query<{ npi: string; last_name_or_org: string }>("SELECT npi, last_name_or_org FROM providers WHERE tenant_id = $1 ORDER BY entity_type = 'organization' DESC, created_at LIMIT 1", [actor.tenantId]);
  if (!billing) throw domainError('eligibility.no_provider', 'the practice has no provider to ask as');
  const trace = randomUUID().replace(/-/g, '').slice(0, 20).toUpperCase();
  const dependent = cov.relationship !== '18';
  const request = buildEligibilityRequest270({
    provider: { name: billing.last_name_or_org, npi: billing.npi },
    payer: { name: cov.payer_name, payerId: cov.payer_ref },
    subscriber: { memberId: cov.member_id, lastName: cov.subscriber_last_name, firstName: cov.subscriber_first_name, birthDate: cov.subscriber_birth_date as CalendarDate },
    ...(dependent ? { patient: { lastName: cov.last_name, firstName: cov.first_name, birthDate: cov.birth_date as CalendarDate } } : {}),
    dateOfService: input.dateOfService, transactionSetControlNumber: '0001', traceNumber: trace, createdAt: stamp(input.now),
  });
  const answer = await transport.inquire('eligibility', await wrap(generate270(request), '005010X279A1', partner, input.now));
  const t = readEnvelopes(tokenize(answer)).transactions.find((x) => x.transactionSetId === '271');
  if (!t) throw domainError('eligibility.no_271', 'the payer answered without a 271');
  const result = interpretEligibility271(parse271(t).value);
  const charges = input.encounterId ? await encounterCharges(q, actor, input.encounterId) : undefined;
  const estimate = charges !== undefined && result.status === 'active' ? estimatePatientShare(result, charges) : undefined;
  const id = randomUUID();
  await q.query('INSERT INTO eligibility_checks (id, tenant_id, patient_id, coverage_id, encounter_id, date_of_service, status, result) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
    [id, actor.tenantId, input.patientId, cov.coverage_id, input.encounterId ?? null, input.dateOfService, result.status, JSON.stringify({ ...result, ...(estimate ? { estimate, charges } : {}) })]);
  return { id, coverageId: cov.coverage_id, dateOfService: input.dateOfService, result, ...(charges !== undefined ? { charges } : {}), ...(estimate ? { estimate } : {}) };
}

export async function claimStatus(q: Queryable, actor: Actor, transport: HttpTransport, partner: TradingPartner, claimKey: string, now: Date): Promise<ClaimStatusReport> {
  const record = await getClaim(q, actor, claimKey);
  if (!record) throw domainError('claim.not_found', `no claim ${claimKey}`);
  const { claim } = record;
  const [row] = await q.query<{ icn: string | null }>('SELECT payer_claim_control_number AS icn FROM claims WHERE id = $1', [claim.id]);
  const dependent = claim.relationship !== '18' && claim.patient;
  const request = buildClaimStatusRequest276({
    provider: { name: claim.billingProvider.lastNameOrOrganization, npi: claim.billingProvider.npi },
    payer: { name: claim.payer.name, payerId: claim.payer.payerId },
    informationReceiver: { name: partner.submitter.name, etin: partner.senderId },
    subscriber: { memberId: claim.subscriber.memberId, lastName: claim.subscriber.lastName, firstName: claim.subscriber.firstName },
    ...(dependent && claim.patient ? { patient: { lastName: claim.patient.lastName, firstName: claim.patient.firstName, birthDate: claim.patient.birthDate } } : {}),
    claim: { patientControlNumber: claim.patientControlNumber, ...(row?.icn ? { payerClaimControlNumber: row.icn } : {}), totalCharge: claim.totalCharge, serviceDates: { from: claim.statementFrom, to: claim.statementTo } },
    transactionSetControlNumber: '0001', traceNumber: randomUUID().replace(/-/g, '').slice(0, 20).toUpperCase(), createdAt: stamp(now),
  });
  const answer = await transport.inquire('claim-status', await wrap(generate276(request), '005010X212', partner, now));
  const t = readEnvelopes(tokenize(answer)).transactions.find((x) => x.transactionSetId === '277');
  if (!t) throw domainError('claim_status.no_277', 'the payer answered without a 277');
  return interpretClaimStatus277(parse277(t).value);
}

/** Claims sent more than `days` ago that have no 277CA or 835 answer yet. */
export async function claimsOverdue(q: Queryable, actor: Actor, days: number, now: Date): Promise<{ id: string; patientControlNumber: string; status: string; submittedAt: string }[]> {
  authorize(actor, 'claim.read');
  const rows = await q.query<{ id: string; patient_control_number: string; status: string; submitted_at: string }>(
    `SELECT id, patient_control_number, status, submitted_at FROM claims WHERE tenant_id = $1 AND status IN ('submitted', 'accepted')
       AND submitted_at < $2::timestamptz ORDER BY submitted_at`, [actor.tenantId, new Date(now.getTime() - days * 86_400_000).toISOString()]);
  return rows.map((r) => ({ id: r.id, patientControlNumber: r.patient_control_number, status: r.status, submittedAt: new Date(r.submitted_at).toISOString() }));
}
