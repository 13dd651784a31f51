// The secondary claim, built from the primary claim as billed and the primary payer's 835 answer. Pure.
// The secondary payer gets the same services at the same charges (2400 REF*6R unchanged, so its 835
// posts against the original lines), with the primary's adjudication in the COB loops: 2320 (paid
// amount, claim-level CAS, AMT*EAF remaining patient liability), 2330B, and 2430 per line (SVC/CAS/DTM).
import type { Claim, ClaimAdjustment, LineAdjudication, OtherSubscriberCoverage } from '../claims/index';
import type { CalendarDate } from '../dates/index';
import type { CasAdjustment, RemittanceClaimPayment, ServicePayment } from '../ledger/index';
import { cents } from '../money/index';

export interface SecondaryClaimIds {
  claimId: string;
  patientControlNumber: string;
}

/** CLM01 of the secondary claim: the primary's with an S (at most 20 characters). */
export function secondaryPatientControlNumber(primary: string): string {
  return `${primary.slice(0, 19)}S`;
}

function toClaimAdjustments(cas: readonly CasAdjustment[]): ClaimAdjustment[] {
  return cas.filter((a) => a.amount !== 0).map((a) => ({ groupCode: a.group, reasonCode: a.reason, amount: a.amount, ...(a.quantity !== undefined ? { quantity: a.quantity } : {}) }));
}

function serviceFor(svcs: readonly ServicePayment[], line: Claim['lines'][number], index: number): ServicePayment | undefined {
  return svcs.find((s) => s.lineItemControlNumber === line.lineItemControlNumber)
    ?? svcs.find((s) => s.procedure.code === line.procedureCode && s.serviceDate === line.serviceDate)
    ?? (svcs.length === 0 ? undefined : svcs[index]);
}

/**
 * Undefined when the claim has no secondary coverage, was not processed as primary, or left nothing for
 * the patient (there is nothing for a secondary to pay).
 */
export function buildSecondaryClaim(primary: Claim, clp: RemittanceClaimPayment, adjudicationDate: CalendarDate, ids: SecondaryClaimIds): Claim | undefined {
  const secondary = primary.otherCoverages.find((o) => o.sequence === 'S');
  if (!secondary || primary.payerSequence !== 'P' || !['1', '19'].includes(clp.claimStatusCode)) return undefined;
  // The PR adjustments are what the ledger moved to the patient; CLP05 is only the payer's summary of them.
  const pr = [...clp.adjustments, ...clp.serviceLines.flatMap((s) => s.adjustments)].filter((a) => a.group === 'PR').reduce((a, b) => a + b.amount, 0);
  const patientShare = pr > 0 ? pr : (clp.patientResponsibility ?? 0);
  if (patientShare <= 0) return undefined;
  const prior: OtherSubscriberCoverage = {
    sequence: 'P',
    relationship: primary.relationship,
    subscriber: primary.subscriber,
    payer: primary.payer,
    paidAmount: clp.paidAmount,
    remainingPatientLiability: cents(patientShare),
    claimAdjustments: toClaimAdjustments(clp.adjustments),
    adjudicationDate,
    ...(clp.payerClaimControlNumber ? { payerClaimControlNumber: clp.payerClaimControlNumber } : {}),
  };
  const patient = secondary.relationship === '18' ? undefined : (primary.patient ?? { ...primary.subscriber, relationship: secondary.relationship });
  const { patient: _patient, payerClaimControlNumber: _icn, ...rest } = primary;
  return {
    ...rest,
    ...(patient ? { patient: patient } : {}),
    id: ids.claimId,
    patientControlNumber: ids.patientControlNumber,
    frequencyCode: '1',
    payerSequence: 'S',
    subscriber: secondary.subscriber,
    relationship: secondary.relationship,
    payer: secondary.payer,
    otherCoverages: [prior, ...primary.otherCoverages.filter((o) => o !== secondary)],
    lines: primary.lines.map((line, i) => {
      const svc = serviceFor(clp.serviceLines, line, i);
      if (!svc) return { ...line };
      const adjudication: LineAdjudication = {
        payerId: primary.payer.payerId, paidAmount: svc.paid, procedureCode: svc.procedure.code, modifiers: [...svc.procedure.modifiers],
        paidUnits: svc.units ?? line.units, adjustments: toClaimAdjustments(svc.adjustments), adjudicationDate,
      };
      return { ...line, priorAdjudications: [adjudication] };
    }),
  };
}
