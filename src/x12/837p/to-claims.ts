// transaction837PToClaims: the claims of a parsed 837P as OpenRCM claims, so a billing service can
// scrub the files its clients send with the same edits as its own claims.
import { cents } from '../deps';
import type { Claim, ClaimLine } from '../deps';
import {
  claimsOfTransaction, codeSystemOf, consentsOf, coverageOf, dateRange, fillAdjudicationDates, fillLineEnd, findAmt, findDtp, findRef, partiesOf,
  personOf, providerOf, sequenceOf,
} from '../837-common/index';
import type { ClaimContext, ClaimProblem } from '../837-common/index';
import type { Loop2300P, Loop2400P, Transaction837P } from './types';

const DX = new Set(['ABK', 'ABF', 'BK', 'BF']);

function lineOf(l: Loop2400P, index: number): ClaimLine {
  const sv1 = l.professionalService;
  const p = sv1?.compositeMedicalProcedureIdentifier;
  const ptr = sv1?.compositeDiagnosisCodePointer;
  const code = p?.procedureCode ?? '';
  const service = dateRange(findDtp(l.dates, '472'));
  const line: ClaimLine = {
    lineNumber: l.serviceLineNumber?.assignedNumber ?? index + 1,
    lineItemControlNumber: findRef(l.references, '6R') ?? '',
    codeSystem: codeSystemOf(code),
    procedureCode: code,
    modifiers: [p?.procedureModifier1, p?.procedureModifier2, p?.procedureModifier3, p?.procedureModifier4].filter((m): m is string => !!m),
    charge: sv1?.lineItemChargeAmount ?? cents(0),
    unitMeasure: sv1?.unitOrBasisForMeasurementCode === 'MJ' ? 'MJ' : 'UN',
    units: sv1?.serviceUnitCount ?? 0,
    diagnosisPointers: [ptr?.diagnosisCodePointer1, ptr?.diagnosisCodePointer2, ptr?.diagnosisCodePointer3, ptr?.diagnosisCodePointer4]
      .filter((x): x is string => !!x).map(Number),
    serviceDate: service.from ?? ('' as ClaimLine['serviceDate']),
  };
  if (p?.description) line.description = p.description;
  if (sv1?.placeOfServiceCode) line.placeOfService = sv1.placeOfServiceCode;
  if (service.to && service.to !== service.from) line.serviceDateEnd = service.to;
  if (sv1?.emergencyIndicator === 'Y') line.emergency = true;
  fillLineEnd(line, l.loop2420A, l);
  return line;
}

function claimOf(ctx: ClaimContext<Loop2300P>, id: string, problems: ClaimProblem[]): Claim {
  const { a, b, c, claim: l } = ctx;
  const clm = l.claimInformation ?? {};
  const pcn = clm.patientControlNumber ?? '';
  const problem = (field: string, code: string, message: string): void => void problems.push({ claimId: id, patientControlNumber: pcn, field, code, message: `Claim ${pcn}: ${message}` });
  const loc = clm.healthCareServiceLocationInformation ?? {};
  const lines = l.loop2400.map(lineOf);
  const dates = lines.flatMap((x) => [x.serviceDate, x.serviceDateEnd ?? x.serviceDate]).filter((d) => d).sort();
  const sbr = b.subscriberInformation;
  const freq = loc.claimFrequencyTypeCode;
  if (freq !== '1' && freq !== '7' && freq !== '8') problem('frequencyCode', '837.read.frequency', `claim frequency code "${freq ?? ''}" is not 1, 7 or 8; read as 1.`);
  const billing = providerOf(a.loop2010AA, a.specialty?.providerTaxonomyCode);
  if (!billing) problem('billingProvider', '837.read.billing_provider', 'the file has no billing provider (2010AA).');
  const claim: Claim = {
    id, kind: 'professional', patientControlNumber: pcn,
    frequencyCode: freq === '7' || freq === '8' ? freq : '1',
    totalCharge: clm.totalClaimChargeAmount ?? cents(0),
    placeOfService: loc.facilityCode ?? '',
    statementFrom: dates[0] ?? ('' as Claim['statementFrom']),
    statementTo: dates[dates.length - 1] ?? ('' as Claim['statementTo']),
    payerSequence: sequenceOf(sbr?.payerResponsibilitySequenceNumberCode),
    billingProvider: billing ?? { entityType: 'organization', npi: '', lastNameOrOrganization: '' },
    ...partiesOf(b, c),
    providerSignatureOnFile: clm.providerOrSupplierSignatureIndicator === 'Y',
    ...consentsOf(clm),
    diagnoses: l.healthCareInformationCodes.flatMap((h) => h.healthCareCodes)
      .filter((x) => DX.has(x.codeListQualifierCode ?? '')).map((x) => ({ code: x.industryCode ?? '' })),
    lines,
    otherCoverages: l.loop2320.map(coverageOf),
  };
  optionalClaimFields(claim, ctx);
  fillAdjudicationDates(claim);
  return claim;
}

function optionalClaimFields(claim: Claim, { a, c, claim: l }: ClaimContext<Loop2300P>): void {
  const clm = l.claimInformation ?? {};
  if (c) claim.patient = { ...personOf(c.loop2010CA), relationship: claim.relationship };
  const payTo = a.loop2010AB;
  if (payTo?.address) claim.payToAddress = { line1: payTo.address.addressInformation1 ?? '', ...(payTo.address.addressInformation2 ? { line2: payTo.address.addressInformation2 } : {}), city: payTo.cityStateZip?.cityName ?? '', state: payTo.cityStateZip?.stateOrProvinceCode ?? '', postalCode: payTo.cityStateZip?.postalCode ?? '' };
  const f8 = findRef(l.references, 'F8');
  if (f8) claim.payerClaimControlNumber = f8;
  const g1 = findRef(l.references, 'G1');
  if (g1) claim.priorAuthorization = g1;
  const r9f = findRef(l.references, '9F');
  if (r9f) claim.referralNumber = r9f;
  const rendering = providerOf(l.loop2310B);
  if (rendering) claim.renderingProvider = rendering;
  const referring = providerOf(l.loop2310A[0]);
  if (referring) claim.referringProvider = referring;
  const supervising = providerOf(l.loop2310D);
  if (supervising) claim.supervisingProvider = supervising;
  const facility = l.loop2310C;
  if (facility) {
    const f = providerOf(facility)!;
    claim.serviceFacility = { name: f.lastNameOrOrganization, ...(f.npi ? { npi: f.npi } : {}), address: f.address ?? { line1: '', city: '', state: '', postalCode: '' } };
  }
  const rc = clm.relatedCausesInformation;
  const accident = dateRange(findDtp(l.dates, '439')).from;
  if (rc?.relatedCausesCode1) {
    const codes = [rc.relatedCausesCode1, rc.relatedCausesCode2].filter((x): x is 'AA' | 'EM' | 'OA' => x === 'AA' || x === 'EM' || x === 'OA');
    claim.relatedCauses = { codes, ...(rc.stateCode ? { state: rc.stateCode } : {}), ...(accident ? { accidentDate: accident } : {}) };
  }
  const onset = dateRange(findDtp(l.dates, '431')).from;
  if (onset) claim.onsetDate = onset;
  const paid = findAmt(l.amounts, 'F5');
  if (paid !== undefined) claim.patientAmountPaid = paid;
  const note = l.notes[0]?.description;
  if (note) claim.note = note;
}

/**
 * The claims of one parsed 837P as OpenRCM claims, with problems for what OpenRCM cannot hold.
 * Claim ids are `${ST02}-${n}` (n counts claims in file order) unless `idFor` says otherwise.
 */
export function transaction837PToClaims(tx: Transaction837P, idFor?: (n: number, pcn: string) => string): { claims: Claim[]; problems: ClaimProblem[] } {
  return claimsOfTransaction(tx, idFor, claimOf);
}
