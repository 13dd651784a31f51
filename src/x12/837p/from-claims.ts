// claimsTo837P: OpenRCM professional claims to one 837P transaction set, with every situational
// segment a real claim needs (onset and accident dates, prior authorization, referral, payer claim
// number for replacements and voids, referring/rendering/facility/supervising providers, COB).
import type { Claim, ClaimLine, ClaimProvider } from '../deps';
import { DEFAULT_DELIMITERS } from '../segment';
import type { Delimiters } from '../segment';
import {
  NONE, assertClaimsWritable, assertPartiesWritable, buildHierarchy, dtpSeg, loop2320For, loop2430For, procedure, providerLoop, refSeg,
} from '../837-common/index';
import type { Build837Options, HealthCareCode, NameLoop, Receiver, Submitter } from '../837-common/index';
import { GUIDE_837P } from './loops';
import type { Loop2300P, Loop2400P, Transaction837P } from './types';

function sameProvider(a: ClaimProvider | undefined, b: ClaimProvider | undefined): boolean {
  return !!a && !!b && a.npi === b.npi;
}

function diagnosisHi(claim: Claim): Loop2300P['healthCareInformationCodes'] {
  const codes: HealthCareCode[] = claim.diagnoses.map((d, i) => ({ codeListQualifierCode: i === 0 ? 'ABK' : 'ABF', industryCode: d.code }));
  return [{ healthCareCodes: codes }];
}

function serviceLine(claim: Claim, line: ClaimLine, index: number): Loop2400P {
  const pointers: NonNullable<NonNullable<Loop2400P['professionalService']>['compositeDiagnosisCodePointer']> = {};
  const p = line.diagnosisPointers;
  if (p[0] !== undefined) pointers.diagnosisCodePointer1 = String(p[0]);
  if (p[1] !== undefined) pointers.diagnosisCodePointer2 = String(p[1]);
  if (p[2] !== undefined) pointers.diagnosisCodePointer3 = String(p[2]);
  if (p[3] !== undefined) pointers.diagnosisCodePointer4 = String(p[3]);
  const sv1: NonNullable<Loop2400P['professionalService']> = {
    compositeMedicalProcedureIdentifier: procedure('HC', line.procedureCode, line.modifiers, line.description),
    lineItemChargeAmount: line.charge,
    unitOrBasisForMeasurementCode: line.unitMeasure === 'MJ' ? 'MJ' : 'UN',
    serviceUnitCount: line.units,
    compositeDiagnosisCodePointer: pointers,
  };
  // SV105 only when the line's place of service differs from the claim's (CLM05-1).
  if (line.placeOfService && line.placeOfService !== claim.placeOfService) sv1.placeOfServiceCode = line.placeOfService;
  if (line.emergency) sv1.emergencyIndicator = 'Y';
  const out: Loop2400P = {
    serviceLineNumber: { assignedNumber: index + 1 },
    professionalService: sv1,
    supplementalInformation: NONE, conditionIndicators: NONE,
    dates: [dtpSeg('472', line.serviceDate, line.serviceDateEnd)],
    quantities: NONE, testResults: NONE,
    references: refSeg('6R', line.lineItemControlNumber),
    amounts: NONE, fileInformation: NONE, notes: NONE,
    loop2420F: NONE, loop2430: NONE, loop2440: NONE,
  };
  if (line.ndc) {
    out.loop2410 = {
      drugIdentification: { productServiceIdQualifier: 'N4', nationalDrugCode: line.ndc.code },
      drugQuantity: { nationalDrugUnitCount: line.ndc.quantity, compositeUnitOfMeasure: { unitOrBasisForMeasurementCode: line.ndc.unit } },
      references: NONE,
    };
  }
  const claimRendering = claim.renderingProvider ?? claim.billingProvider;
  if (line.renderingProvider && !sameProvider(line.renderingProvider, claimRendering)) out.loop2420A = providerLoop('82', line.renderingProvider, 'PE');
  if (line.priorAdjudications?.length) out.loop2430 = line.priorAdjudications.map((a) => loop2430For(a, 'HC'));
  return out;
}

function claimDates(claim: Claim): Loop2300P['dates'] {
  const dates: Loop2300P['dates'] = [];
  if (claim.onsetDate) dates.push(dtpSeg('431', claim.onsetDate));
  if (claim.relatedCauses?.accidentDate) dates.push(dtpSeg('439', claim.relatedCauses.accidentDate));
  return dates;
}

function claimLoop(claim: Claim): Loop2300P {
  const rc = claim.relatedCauses;
  const clm: NonNullable<Loop2300P['claimInformation']> = {
    patientControlNumber: claim.patientControlNumber,
    totalClaimChargeAmount: claim.totalCharge,
    healthCareServiceLocationInformation: { facilityCode: claim.placeOfService, facilityCodeQualifier: 'B', claimFrequencyTypeCode: claim.frequencyCode },
    providerOrSupplierSignatureIndicator: claim.providerSignatureOnFile ? 'Y' : 'N',
    assignmentOrPlanParticipationCode: claim.assignmentCode,
    benefitsAssignmentCertificationIndicator: claim.benefitsAssigned ? 'Y' : 'N',
    releaseOfInformationCode: claim.releaseOfInformation,
  };
  if (rc && rc.codes.length > 0) {
    const [c1, c2] = rc.codes;
    clm.relatedCausesInformation = { ...(c1 ? { relatedCausesCode1: c1 } : {}), ...(c2 ? { relatedCausesCode2: c2 } : {}), ...(rc.state ? { stateCode: rc.state } : {}) };
  }
  const loop: Loop2300P = {
    claimInformation: clm,
    dates: claimDates(claim),
    supplementalInformation: NONE,
    amounts: claim.patientAmountPaid ? [{ amountQualifierCode: 'F5', monetaryAmount: claim.patientAmountPaid }] : NONE,
    // Guide order: 9F referral, G1 prior authorization, F8 payer claim control number.
    references: [...refSeg('9F', claim.referralNumber), ...refSeg('G1', claim.priorAuthorization), ...(claim.frequencyCode === '1' ? [] : refSeg('F8', claim.payerClaimControlNumber))],
    fileInformation: NONE,
    notes: claim.note ? [{ noteReferenceCode: 'ADD', description: claim.note }] : NONE,
    conditionIndicators: NONE,
    healthCareInformationCodes: diagnosisHi(claim),
    loop2310A: claim.referringProvider ? [{ name: { ...providerLoop('DN', claim.referringProvider).name, entityTypeQualifier: '1' } }] : [],
    loop2320: NONE,
    loop2400: claim.lines.map((l, i) => serviceLine(claim, l, i)),
  };
  if (claim.renderingProvider && !sameProvider(claim.renderingProvider, claim.billingProvider)) loop.loop2310B = providerLoop('82', claim.renderingProvider, 'PE');
  const facility = serviceFacility(claim);
  if (facility) loop.loop2310C = facility;
  if (claim.supervisingProvider) loop.loop2310D = { name: { ...providerLoop('DQ', claim.supervisingProvider).name, entityTypeQualifier: '1' } };
  const lineAdjudicated = new Set(claim.lines.flatMap((l) => (l.priorAdjudications ?? []).map((a) => a.payerId)));
  loop.loop2320 = claim.otherCoverages.map((c) => loop2320For(c, claim, lineAdjudicated.has(c.payer.payerId)));
  return loop;
}

/** 2310C only when the service was rendered somewhere other than the billing provider's address. */
function serviceFacility(claim: Claim): NameLoop | undefined {
  const f = claim.serviceFacility;
  if (!f) return undefined;
  const billing = claim.billingProvider.address;
  if (billing && JSON.stringify(billing) === JSON.stringify(f.address) && (!f.npi || f.npi === claim.billingProvider.npi)) return undefined;
  const name: NameLoop['name'] = { entityIdentifierCode: '77', entityTypeQualifier: '2', lastNameOrOrganizationName: f.name };
  if (f.npi) [name.identificationCodeQualifier, name.identificationCode] = ['XX', f.npi];
  const a = f.address;
  return {
    name,
    address: a.line2 ? { addressInformation1: a.line1, addressInformation2: a.line2 } : { addressInformation1: a.line1 },
    cityStateZip: { cityName: a.city, stateOrProvinceCode: a.state, postalCode: a.postalCode },
  };
}

/**
 * Builds one 837P transaction set from professional claims, grouped by billing provider (2000A),
 * subscriber (2000B) and dependent patient (2000C). Refuses the batch (Claim837Error) when any claim
 * breaks a guide limit or carries a delimiter in its data.
 */
export function claimsTo837P(
  claims: readonly Claim[], submitter: Submitter, receiver: Receiver, options: Build837Options, delimiters: Delimiters = DEFAULT_DELIMITERS,
): Transaction837P {
  assertClaimsWritable(claims, 'professional', delimiters);
  assertPartiesWritable(submitter, receiver, options, delimiters);
  const tx = buildHierarchy<Loop2300P>(claims, submitter, receiver, options, claimLoop);
  return { ...tx, implementationConventionReference: GUIDE_837P };
}
