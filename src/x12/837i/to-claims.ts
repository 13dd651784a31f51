// transaction837IToClaims: the claims of a parsed 837I as OpenRCM institutional claims.
import { cents, parseDollars } from '../deps';
import type { CalendarDate, Claim, ClaimLine, InstitutionalData } from '../deps';
import {
  claimsOfTransaction, codeSystemOf, consentsOf, coverageOf, dateRange, fillAdjudicationDates, fillLineEnd, findDtp, findRef, partiesOf,
  personOf, providerOf, sequenceOf, x12Date,
} from '../837-common/index';
import type { ClaimContext, ClaimProblem, HealthCareCode } from '../837-common/index';
import type { Loop2300I, Loop2400I, Transaction837I } from './types';

function lineOf(l: Loop2400I, index: number): ClaimLine {
  const sv2 = l.institutionalServiceLine;
  const p = sv2?.compositeMedicalProcedureIdentifier;
  const code = p?.procedureCode ?? '';
  const service = dateRange(findDtp(l.dates, '472'));
  const line: ClaimLine = {
    lineNumber: l.serviceLineNumber?.assignedNumber ?? index + 1,
    lineItemControlNumber: findRef(l.references, '6R') ?? '',
    codeSystem: codeSystemOf(code), procedureCode: code,
    modifiers: [p?.procedureModifier1, p?.procedureModifier2, p?.procedureModifier3, p?.procedureModifier4].filter((m): m is string => !!m),
    revenueCode: sv2?.serviceLineRevenueCode ?? '',
    charge: sv2?.lineItemChargeAmount ?? cents(0),
    unitMeasure: sv2?.unitOrBasisForMeasurementCode === 'DA' ? 'DA' : 'UN',
    units: sv2?.serviceUnitCount ?? 0,
    diagnosisPointers: [],
    serviceDate: service.from ?? ('' as CalendarDate),
  };
  if (p?.description) line.description = p.description;
  if (service.to && service.to !== service.from) line.serviceDateEnd = service.to;
  fillLineEnd(line, l.loop2420C, l);
  return line;
}

const POA = new Set(['Y', 'N', 'U', 'W']);

function byKind(l: Loop2300I, ...qualifiers: string[]): HealthCareCode[] {
  return l.healthCareInformationCodes.flatMap((h) => h.healthCareCodes).filter((c) => qualifiers.includes(c.codeListQualifierCode ?? ''));
}

function diagnosesOf(l: Loop2300I): Claim['diagnoses'] {
  return byKind(l, 'ABK', 'BK', 'ABF', 'BF').map((c) => {
    const poa = c.presentOnAdmissionIndicator;
    return poa && POA.has(poa) ? { code: c.industryCode ?? '', presentOnAdmission: poa as 'Y' | 'N' | 'U' | 'W' } : { code: c.industryCode ?? '' };
  });
}

function institutionalOf(l: Loop2300I): InstitutionalData {
  const loc = l.claimInformation?.healthCareServiceLocationInformation;
  const cl1 = l.institutionalClaimCode;
  const date = (c: HealthCareCode): CalendarDate => x12Date(c.dateTimePeriod?.slice(0, 8)) ?? ('' as CalendarDate);
  const i: InstitutionalData = {
    facilityTypeCode: `${loc?.facilityCode ?? ''}${loc?.claimFrequencyTypeCode ?? ''}`,
    patientStatusCode: cl1?.patientStatusCode ?? '',
    occurrenceCodes: byKind(l, 'BH').map((c) => ({ code: c.industryCode ?? '', date: date(c) })),
    occurrenceSpanCodes: byKind(l, 'BI').map((c) => {
      const [from, to] = (c.dateTimePeriod ?? '').split('-');
      return { code: c.industryCode ?? '', from: x12Date(from) ?? ('' as CalendarDate), to: x12Date(to) ?? ('' as CalendarDate) };
    }),
    valueCodes: byKind(l, 'BE').map((c) => ({ code: c.industryCode ?? '', amount: parseDollars(c.monetaryAmount ?? '') ?? cents(0) })),
    conditionCodes: byKind(l, 'BG').map((c) => c.industryCode ?? ''),
    otherProcedures: byKind(l, 'BBQ', 'BQ').map((c) => ({ code: c.industryCode ?? '', date: date(c) })),
    reasonForVisitDiagnoses: byKind(l, 'APR', 'PR').map((c) => c.industryCode ?? ''),
  };
  if (cl1?.admissionTypeCode) i.admissionTypeCode = cl1.admissionTypeCode;
  if (cl1?.admissionSourceCode) i.admissionSourceCode = cl1.admissionSourceCode;
  const admission = findDtp(l.dates, '435');
  if (admission) {
    const from = dateRange(admission).from;
    if (from) i.admissionDate = from;
    if (admission.dateTimePeriodFormatQualifier === 'DT') i.admissionHour = (admission.dateTimePeriod ?? '').slice(8);
  }
  const discharge = findDtp(l.dates, '096')?.dateTimePeriod;
  if (discharge) i.dischargeHour = discharge;
  const attending = providerOf(l.loop2310A);
  if (attending) i.attendingProvider = attending;
  const operating = providerOf(l.loop2310B);
  if (operating) i.operatingProvider = operating;
  const principal = byKind(l, 'BBR', 'BR', 'CAH')[0];
  if (principal) i.principalProcedure = { code: principal.industryCode ?? '', date: date(principal) };
  const admitting = byKind(l, 'ABJ', 'BJ')[0]?.industryCode;
  if (admitting) i.admittingDiagnosis = admitting;
  const drg = byKind(l, 'DR')[0]?.industryCode;
  if (drg) i.drgCode = drg;
  return i;
}

function claimOf(ctx: ClaimContext<Loop2300I>, id: string, problems: ClaimProblem[]): Claim {
  const { a, b, c, claim: l } = ctx;
  const clm = l.claimInformation ?? {};
  const pcn = clm.patientControlNumber ?? '';
  const loc = clm.healthCareServiceLocationInformation ?? {};
  const freq = loc.claimFrequencyTypeCode;
  if (freq !== '1' && freq !== '7' && freq !== '8') {
    problems.push({ claimId: id, patientControlNumber: pcn, field: 'frequencyCode', code: '837.read.frequency', message: `Claim ${pcn}: claim frequency code "${freq ?? ''}" is not 1, 7 or 8; read as 1 (the bill type keeps it).` });
  }
  const statement = dateRange(findDtp(l.dates, '434'));
  const sbr = b.subscriberInformation;
  const claim: Claim = {
    id, kind: 'institutional', patientControlNumber: pcn,
    frequencyCode: freq === '7' || freq === '8' ? freq : '1',
    totalCharge: clm.totalClaimChargeAmount ?? cents(0),
    // The 837I has no place of service; the facility type is in institutional.facilityTypeCode.
    placeOfService: '',
    statementFrom: statement.from ?? ('' as CalendarDate),
    statementTo: statement.to ?? statement.from ?? ('' as CalendarDate),
    payerSequence: sequenceOf(sbr?.payerResponsibilitySequenceNumberCode),
    billingProvider: providerOf(a.loop2010AA, a.specialty?.providerTaxonomyCode) ?? { entityType: 'organization', npi: '', lastNameOrOrganization: '' },
    ...partiesOf(b, c),
    providerSignatureOnFile: true,
    ...consentsOf(clm),
    diagnoses: diagnosesOf(l),
    lines: l.loop2400.map(lineOf),
    otherCoverages: l.loop2320.map(coverageOf),
    institutional: institutionalOf(l),
  };
  if (c) claim.patient = { ...personOf(c.loop2010CA), relationship: claim.relationship };
  const refs: [keyof Claim, string][] = [['payerClaimControlNumber', 'F8'], ['priorAuthorization', 'G1'], ['referralNumber', '9F']];
  for (const [field, q] of refs) {
    const v = findRef(l.references, q);
    if (v) (claim as unknown as Record<string, string>)[field] = v;
  }
  const rendering = providerOf(l.loop2310D);
  if (rendering) claim.renderingProvider = rendering;
  const referring = providerOf(l.loop2310F);
  if (referring) claim.referringProvider = referring;
  const facility = providerOf(l.loop2310E);
  if (facility) claim.serviceFacility = { name: facility.lastNameOrOrganization, ...(facility.npi ? { npi: facility.npi } : {}), address: facility.address ?? { line1: '', city: '', state: '', postalCode: '' } };
  const note = l.notes[0]?.description;
  if (note) claim.note = note;
  fillAdjudicationDates(claim);
  return claim;
}

/** The claims of one parsed 837I as OpenRCM institutional claims (ids `${ST02}-${n}` unless `idFor` says otherwise). */
export function transaction837IToClaims(tx: Transaction837I, idFor?: (n: number, pcn: string) => string): { claims: Claim[]; problems: ClaimProblem[] } {
  return claimsOfTransaction(tx, idFor, claimOf);
}
