// claimsTo837I: OpenRCM institutional claims to one 837I transaction set: CLM05 facility type + A +
// frequency, statement/admission/discharge dates, CL1, the HI kinds of the UB-04 (principal,
// admitting, reason for visit, other diagnoses with POA, ICD-10-PCS procedures, occurrence, span,
// value and condition codes), attending/operating physicians, revenue-code lines and COB.
import { toDecimal, toX12Date } from '../deps';
import type { Claim, ClaimDiagnosis, ClaimLine, ClaimProvider, InstitutionalData } from '../deps';
import { DEFAULT_DELIMITERS } from '../segment';
import type { Delimiters } from '../segment';
import {
  NONE, assertClaimsWritable, assertPartiesWritable, buildHierarchy, dtpSeg, loop2320For, loop2430For, procedure, providerLoop, refSeg, Claim837Error,
} from '../837-common/index';
import type { Build837Options, ClaimProblem, HealthCareCode, HISegment, NameLoop, Receiver, Submitter } from '../837-common/index';
import { GUIDE_837I } from './loops';
import type { Loop2300I, Loop2400I, Transaction837I } from './types';

/** HI composites in segments of at most 12, at most `maxSegments` segments. */
function chunk(codes: HealthCareCode[], maxSegments = 2): HISegment[] {
  const out: HISegment[] = [];
  for (let i = 0; i < codes.length && out.length < maxSegments; i += 12) out.push({ healthCareCodes: codes.slice(i, i + 12) });
  return out;
}

function dx(qualifier: string, d: ClaimDiagnosis): HealthCareCode {
  const code: HealthCareCode = { codeListQualifierCode: qualifier, industryCode: d.code };
  // POA '1' (exempt) is sent as an empty indicator in 5010.
  if (d.presentOnAdmission && d.presentOnAdmission !== '1') code.presentOnAdmissionIndicator = d.presentOnAdmission;
  return code;
}

function dated(qualifier: string, code: string, from: string, to?: string): HealthCareCode {
  return to
    ? { codeListQualifierCode: qualifier, industryCode: code, dateTimePeriodFormatQualifier: 'RD8', dateTimePeriod: `${from}-${to}` }
    : { codeListQualifierCode: qualifier, industryCode: code, dateTimePeriodFormatQualifier: 'D8', dateTimePeriod: from };
}

/** HI segments in guide order: ABK, ABJ, APR, DR, ABF, BBR, BBQ, BI, BH, BE, BG. */
function healthCareCodes(claim: Claim, i: InstitutionalData): HISegment[] {
  const [principal, ...others] = claim.diagnoses;
  const his: HISegment[] = [];
  if (principal) his.push({ healthCareCodes: [dx('ABK', principal)] });
  if (i.admittingDiagnosis) his.push({ healthCareCodes: [{ codeListQualifierCode: 'ABJ', industryCode: i.admittingDiagnosis }] });
  his.push(...chunk(i.reasonForVisitDiagnoses.map((c) => ({ codeListQualifierCode: 'APR', industryCode: c })), 1));
  if (i.drgCode) his.push({ healthCareCodes: [{ codeListQualifierCode: 'DR', industryCode: i.drgCode }] });
  his.push(...chunk(others.map((d) => dx('ABF', d))));
  if (i.principalProcedure) his.push({ healthCareCodes: [dated('BBR', i.principalProcedure.code, toX12Date(i.principalProcedure.date))] });
  his.push(...chunk(i.otherProcedures.map((p) => dated('BBQ', p.code, toX12Date(p.date)))));
  his.push(...chunk(i.occurrenceSpanCodes.map((s) => dated('BI', s.code, toX12Date(s.from), toX12Date(s.to)))));
  his.push(...chunk(i.occurrenceCodes.map((o) => dated('BH', o.code, toX12Date(o.date)))));
  his.push(...chunk(i.valueCodes.map((v) => ({ codeListQualifierCode: 'BE', industryCode: v.code, monetaryAmount: toDecimal(v.amount) }))));
  his.push(...chunk(i.conditionCodes.map((c) => ({ codeListQualifierCode: 'BG', industryCode: c }))));
  return his;
}

function serviceLine(line: ClaimLine, index: number): Loop2400I {
  const sv2: NonNullable<Loop2400I['institutionalServiceLine']> = {
    serviceLineRevenueCode: line.revenueCode ?? '',
    lineItemChargeAmount: line.charge,
    unitOrBasisForMeasurementCode: line.unitMeasure === 'DA' ? 'DA' : 'UN',
    serviceUnitCount: line.units,
  };
  if (line.procedureCode) {
    sv2.compositeMedicalProcedureIdentifier = procedure('HC', line.procedureCode, line.modifiers, line.description);
  }
  const out: Loop2400I = {
    serviceLineNumber: { assignedNumber: index + 1 },
    institutionalServiceLine: sv2,
    supplementalInformation: NONE,
    dates: [dtpSeg('472', line.serviceDate, line.serviceDateEnd)],
    references: refSeg('6R', line.lineItemControlNumber),
    amounts: NONE, notes: NONE, loop2430: NONE,
  };
  if (line.ndc) {
    out.loop2410 = {
      drugIdentification: { productServiceIdQualifier: 'N4', nationalDrugCode: line.ndc.code },
      drugQuantity: { nationalDrugUnitCount: line.ndc.quantity, compositeUnitOfMeasure: { unitOrBasisForMeasurementCode: line.ndc.unit } },
      references: NONE,
    };
  }
  if (line.renderingProvider) out.loop2420C = { name: providerLoop('82', line.renderingProvider).name };
  if (line.priorAdjudications?.length) out.loop2430 = line.priorAdjudications.map((a) => loop2430For(a, 'HC'));
  return out;
}

function claimDates(claim: Claim, i: InstitutionalData): Loop2300I['dates'] {
  const dates: Loop2300I['dates'] = [];
  if (i.dischargeHour) dates.push({ dateTimeQualifier: '096', dateTimePeriodFormatQualifier: 'TM', dateTimePeriod: i.dischargeHour });
  dates.push({ dateTimeQualifier: '434', dateTimePeriodFormatQualifier: 'RD8', dateTimePeriod: `${toX12Date(claim.statementFrom)}-${toX12Date(claim.statementTo)}` });
  if (i.admissionDate) {
    dates.push(i.admissionHour
      ? { dateTimeQualifier: '435', dateTimePeriodFormatQualifier: 'DT', dateTimePeriod: `${toX12Date(i.admissionDate)}${i.admissionHour}` }
      : dtpSeg('435', i.admissionDate));
  }
  return dates;
}

function person(code: string, p: ClaimProvider | undefined): NameLoop | undefined {
  return p ? { name: { ...providerLoop(code, p).name, entityTypeQualifier: '1' } } : undefined;
}

function claimLoop(claim: Claim): Loop2300I {
  const i = claim.institutional!;
  const cl1: NonNullable<Loop2300I['institutionalClaimCode']> = { patientStatusCode: i.patientStatusCode };
  if (i.admissionTypeCode) cl1.admissionTypeCode = i.admissionTypeCode;
  if (i.admissionSourceCode) cl1.admissionSourceCode = i.admissionSourceCode;
  const loop: Loop2300I = {
    claimInformation: {
      patientControlNumber: claim.patientControlNumber,
      totalClaimChargeAmount: claim.totalCharge,
      healthCareServiceLocationInformation: { facilityCode: i.facilityTypeCode.slice(0, 2), facilityCodeQualifier: 'A', claimFrequencyTypeCode: claim.frequencyCode },
      assignmentOrPlanParticipationCode: claim.assignmentCode,
      benefitsAssignmentCertificationIndicator: claim.benefitsAssigned ? 'Y' : 'N',
      releaseOfInformationCode: claim.releaseOfInformation,
    },
    dates: claimDates(claim, i),
    institutionalClaimCode: cl1,
    supplementalInformation: NONE,
    amounts: NONE,
    references: [...refSeg('9F', claim.referralNumber), ...refSeg('G1', claim.priorAuthorization), ...(claim.frequencyCode === '1' ? [] : refSeg('F8', claim.payerClaimControlNumber))],
    fileInformation: NONE,
    notes: claim.note ? [{ noteReferenceCode: 'ADD', description: claim.note }] : NONE,
    conditionIndicators: NONE,
    healthCareInformationCodes: healthCareCodes(claim, i),
    loop2320: NONE,
    loop2400: claim.lines.map(serviceLine),
  };
  const attending = person('71', i.attendingProvider);
  if (attending) {
    if (i.attendingProvider?.taxonomyCode) attending.specialty = { providerCode: 'AT', referenceIdentificationQualifier: 'PXC', providerTaxonomyCode: i.attendingProvider.taxonomyCode };
    loop.loop2310A = attending;
  }
  const operating = person('72', i.operatingProvider);
  if (operating) loop.loop2310B = operating;
  const rendering = person('82', claim.renderingProvider);
  if (rendering) loop.loop2310D = rendering;
  const f = claim.serviceFacility;
  if (f && f.npi !== claim.billingProvider.npi) {
    loop.loop2310E = {
      name: { entityIdentifierCode: '77', entityTypeQualifier: '2', lastNameOrOrganizationName: f.name, ...(f.npi ? { identificationCodeQualifier: 'XX', identificationCode: f.npi } : {}) },
      address: f.address.line2 ? { addressInformation1: f.address.line1, addressInformation2: f.address.line2 } : { addressInformation1: f.address.line1 },
      cityStateZip: { cityName: f.address.city, stateOrProvinceCode: f.address.state, postalCode: f.address.postalCode },
    };
  }
  const referring = person('DN', claim.referringProvider);
  if (referring) loop.loop2310F = referring;
  const lineAdjudicated = new Set(claim.lines.flatMap((l) => (l.priorAdjudications ?? []).map((a) => a.payerId)));
  loop.loop2320 = claim.otherCoverages.map((c) => loop2320For(c, claim, lineAdjudicated.has(c.payer.payerId)));
  return loop;
}

/** Limits of the UB-04 code sets on the 837I: two HI segments (24 codes) per kind, three reasons for visit. */
function institutionalProblems(claim: Claim): ClaimProblem[] {
  const i = claim.institutional;
  if (!i) return [];
  const out: ClaimProblem[] = [];
  const check = (field: string, n: number, max: number, what: string): void => {
    if (n > max) out.push({ claimId: claim.id, patientControlNumber: claim.patientControlNumber, field: `institutional.${field}`, code: '837.limit.codes', message: `Claim ${claim.patientControlNumber}: has ${n} ${what}; the 837I carries at most ${max}.` });
  };
  check('occurrenceCodes', i.occurrenceCodes.length, 24, 'occurrence codes');
  check('occurrenceSpanCodes', i.occurrenceSpanCodes.length, 24, 'occurrence span codes');
  check('valueCodes', i.valueCodes.length, 24, 'value codes');
  check('conditionCodes', i.conditionCodes.length, 24, 'condition codes');
  check('otherProcedures', i.otherProcedures.length, 24, 'other procedures');
  check('reasonForVisitDiagnoses', i.reasonForVisitDiagnoses.length, 3, "patient's reasons for visit");
  if (!/^\d{2,3}$/.test(i.facilityTypeCode)) out.push({ claimId: claim.id, patientControlNumber: claim.patientControlNumber, field: 'institutional.facilityTypeCode', code: '837.claim.bill_type', message: `Claim ${claim.patientControlNumber}: facility type code "${i.facilityTypeCode}" is not a bill type such as 131.` });
  return out;
}

/**
 * Builds one 837I transaction set from institutional claims, grouped by billing provider, subscriber
 * and dependent patient. Refuses the batch (Claim837Error) when any claim breaks a guide limit.
 */
export function claimsTo837I(
  claims: readonly Claim[], submitter: Submitter, receiver: Receiver, options: Build837Options, delimiters: Delimiters = DEFAULT_DELIMITERS,
): Transaction837I {
  assertClaimsWritable(claims, 'institutional', delimiters);
  const extra = claims.flatMap(institutionalProblems);
  if (extra.length > 0) throw new Claim837Error(extra);
  assertPartiesWritable(submitter, receiver, options, delimiters);
  const tx = buildHierarchy<Loop2300I>(claims, submitter, receiver, options, claimLoop);
  return { ...tx, implementationConventionReference: GUIDE_837I };
}
