// Coded encounters become stored claims. A claim that cannot be built whole is still stored, held, with
// findings that say what to fix: no encounter is ever dropped silently.
import { randomUUID } from 'node:crypto';
import type { Actor } from '../auth/index';
import { domainError } from '../errors/index';
import { buildProfessionalClaims, type BuildProblem, type ClaimBuildInput, type PayerCoverage } from '../billing/index';
import { coveragesOn, type Coverage } from '../patients/index';
import type { Payer } from '../practice/index';
import {
  claimCountForPatient, insertClaim, readEncounterForBilling, readPracticeForBilling, replaceFindings, setEncounterStatus,
  transitionClaim, type Db,
} from '../store/index';

export interface BuiltClaimSummary {
  encounterId: string;
  claimIds: string[];
  patientControlNumbers: string[];
  held: boolean;
  problems: BuildProblem[];
}

const UNKNOWN_PAYER: Payer = {
  id: '', tenantId: '', name: 'NO COVERAGE ON FILE', category: 'other', claimFilingIndicator: 'ZZ', timelyFilingDays: 365, appealDays: 120,
  allowsMultipleEncountersPerClaim: false,
};

function billedCoverage(coverages: Coverage[], payers: Payer[], dateOfService: string, problems: BuildProblem[]): { billed: PayerCoverage; others: PayerCoverage[] } {
  const inForce = coveragesOn(coverages, dateOfService as Coverage['effectiveFrom']);
  const withPayer = inForce.flatMap((c) => {
    const payer = payers.find((p) => p.id === c.payerId);
    if (!payer) problems.push({ code: 'billing.unknown_payer', path: 'payer', message: `coverage ${c.memberId} names a payer that is not on file`, suggestedFix: 'fix the patient\'s coverage' });
    return payer ? [{ coverage: c, payer }] : [];
  });
  const [primary, ...others] = withPayer;
  if (primary) return { billed: primary, others };
  problems.push({
    code: 'billing.no_coverage', path: 'subscriber', message: `no insurance in force on ${dateOfService}`,
    suggestedFix: 'verify eligibility and add the coverage, or bill the patient directly',
  });
  const fallback = coverages[0];
  const placeholder: Coverage = fallback ?? {
    id: '', tenantId: '', patientId: '', payerId: '', priority: 1, memberId: '', relationship: '18',
    subscriber: { lastName: '', firstName: '', birthDate: '1900-01-01' as Coverage['effectiveFrom'], sex: 'U', address: { line1: '', city: '', state: '', postalCode: '' } },
    effectiveFrom: '1900-01-01' as Coverage['effectiveFrom'],
  };
  return { billed: { coverage: placeholder, payer: UNKNOWN_PAYER }, others: [] };
}

/** Builds and stores the claims for one coded encounter, in one transaction. */
export async function buildClaimsForEncounter(db: Db, actor: Actor, encounterId: string): Promise<BuiltClaimSummary> {
  return db.transaction(async (tx) => {
    const read = await readEncounterForBilling(tx, actor, encounterId);
    if (!read) throw domainError('encounter.not_found', `no encounter ${encounterId} in this practice`);
    const { encounter, patient, coverages, codes } = read;
    const practice = await readPracticeForBilling(tx, actor, encounter.dateOfService);
    const problems: BuildProblem[] = [];
    const { billed, others } = billedCoverage(coverages, practice.payers, encounter.dateOfService, problems);
    const reviewed = {
      diagnoses: codes.diagnoses.filter((d) => d.origin !== 'suggested' && d.origin !== 'rejected'),
      procedures: codes.procedures.filter((p) => p.origin !== 'suggested' && p.origin !== 'rejected'),
    };
    if (!practice.feeSchedule) throw domainError('billing.no_fee_schedule', `no standard fee schedule in force on ${encounter.dateOfService}`);
    const input: ClaimBuildInput = {
      patient, billed, payerSequence: 'P', otherCoverages: others, encounters: [{ encounter, ...reviewed }],
      providers: practice.providers, facilities: practice.facilities, feeSchedule: practice.feeSchedule,
    };
    const already = await claimCountForPatient(tx, actor, patient.id);
    const claimIds: string[] = [];
    const built = buildProfessionalClaims(input, {
      claimId: (i) => (claimIds[i] ??= randomUUID()),
      patientControlNumber: (i) => `${patient.accountNumber}-${already + i + 1}`,
      lineItemControlNumber: (c, l) => `${patient.accountNumber}-${already + c + 1}-${l}`,
    });
    problems.push(...built.problems);
    for (const claim of built.claims) {
      await insertClaim(tx, actor, {
        claim, patientId: patient.id, payerId: billed.payer.id || null, coverageId: billed.coverage.id || null, encounterIds: [encounter.id],
        encounterProcedureIds: claim.lines.map((l) => reviewed.procedures.find((p) => p.code === l.procedureCode)?.id ?? null),
      });
      if (problems.length > 0) {
        await replaceFindings(tx, actor, claim.id, problems.map((p) => ({ editId: p.code, severity: 'error', path: p.path, message: p.message, suggestedFix: p.suggestedFix })));
        await transitionClaim(tx, actor, claim.id, 'held', { source: 'build', reason: problems.map((p) => p.message).join('; ') });
      }
    }
    await setEncounterStatus(tx, actor, encounter.id, 'billed');
    return {
      encounterId, claimIds: built.claims.map((c) => c.id), patientControlNumbers: built.claims.map((c) => c.patientControlNumber),
      held: problems.length > 0, problems,
    };
  });
}
