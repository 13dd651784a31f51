// The parts of reading OpenRCM claims out of a parsed 837 that the 837P and 837I do alike: the claims
// of the file with their ids, the parties and consents of a claim, and the end of a service line. Where
// the guides differ (which loop holds the rendering provider, the 837P's diagnosis pointers and place of
// service, the 837I's institutional data) each guide's to-claims.ts reads it.
import type { Claim, ClaimLine, IndividualRelationshipCode } from '../deps';
import type { ClaimProblem } from './limits';
import type { Loop2000B, Loop2000C, Loop2410, Loop2430, Transaction837 } from './loop-types';
import type { NameLoop } from './name-loop';
import type { CLMSegment } from './segments';
import { claimContexts, lineAdjudicationOf, payerOf, providerOf, subscriberOf } from './to-claims';
import type { ClaimContext } from './to-claims';

/** The claims of one parsed 837 (ids `${ST02}-${n}`, n counting claims in file order, unless `idFor` says otherwise). */
export function claimsOfTransaction<C extends { claimInformation?: CLMSegment }>(
  tx: Transaction837<C>,
  idFor: ((n: number, pcn: string) => string) | undefined,
  claimOf: (ctx: ClaimContext<C>, id: string, problems: ClaimProblem[]) => Claim,
): { claims: Claim[]; problems: ClaimProblem[] } {
  const id = idFor ?? ((n: number) => `${tx.transactionSetControlNumber}-${n}`);
  const problems: ClaimProblem[] = [];
  const claims = claimContexts(tx).map((ctx, i) => claimOf(ctx, id(i + 1, ctx.claim.claimInformation?.patientControlNumber ?? ''), problems));
  return { claims, problems };
}

/** Subscriber (2010BA), the patient's relationship to them (18 self without a 2000C, else PAT01 or G8) and payer (2010BB). */
export function partiesOf<C>(b: Loop2000B<C>, c: Loop2000C<C> | undefined): Pick<Claim, 'subscriber' | 'relationship' | 'payer'> {
  const sbr = b.subscriberInformation;
  return {
    subscriber: subscriberOf(b.loop2010BA, sbr?.groupOrPolicyNumber, sbr?.groupName),
    relationship: (c ? c.patientInformation?.individualRelationshipCode ?? 'G8' : '18') as IndividualRelationshipCode,
    payer: payerOf(b.loop2010BB, sbr?.claimFilingIndicatorCode),
  };
}

/** CLM07..CLM09: assignment (C when not A, B or C), benefits assigned, release of information (Y unless I). */
export function consentsOf(clm: CLMSegment): Pick<Claim, 'assignmentCode' | 'benefitsAssigned' | 'releaseOfInformation'> {
  return {
    assignmentCode: (['A', 'B', 'C'].includes(clm.assignmentOrPlanParticipationCode ?? '') ? clm.assignmentOrPlanParticipationCode : 'C') as Claim['assignmentCode'],
    benefitsAssigned: clm.benefitsAssignmentCertificationIndicator === 'Y',
    releaseOfInformation: clm.releaseOfInformationCode === 'I' ? 'I' : 'Y',
  };
}

/** The end of a service line: its rendering provider (the guide's 2420 loop for it), drug (2410) and prior payers' adjudications (2430). */
export function fillLineEnd(line: ClaimLine, rendering: NameLoop | undefined, l: { loop2410?: Loop2410; loop2430: Loop2430[] }): void {
  const provider = providerOf(rendering);
  if (provider) line.renderingProvider = provider;
  const lin = l.loop2410;
  if (lin?.drugIdentification?.nationalDrugCode) {
    line.ndc = {
      code: lin.drugIdentification.nationalDrugCode, quantity: lin.drugQuantity?.nationalDrugUnitCount ?? 0,
      unit: (lin.drugQuantity?.compositeUnitOfMeasure?.unitOrBasisForMeasurementCode ?? 'UN') as NonNullable<ClaimLine['ndc']>['unit'],
    };
  }
  if (l.loop2430.length > 0) line.priorAdjudications = l.loop2430.map(lineAdjudicationOf);
}
