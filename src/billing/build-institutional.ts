// A hospital encounter becomes an institutional claim (837I / UB-04): type of bill, revenue-code lines,
// admission data, condition/occurrence/value codes, ICD-10-PCS procedures and present-on-admission flags.
import type { Claim, ClaimLine, InstitutionalData } from '../claims/index';
import { cents, sum, type Cents } from '../money/index';
import { daysBetween, type CalendarDate } from '../dates/index';
import { packLines, pendingLines } from './lines';
import { claimPayer, claimProvider, claimSubscriber, claimPatient, otherSubscriberCoverage } from './parties';
import { revenueCodeFor } from './revenue-codes';
import type { ClaimIds, BuiltClaims } from './build-professional';
import type { ClaimBuildInput } from './types';

export interface InstitutionalExtras {
  admissionTypeCode?: string;
  admissionSourceCode?: string;
  /** FL 17, e.g. 01 discharged home. */
  patientStatusCode: string;
  conditionCodes?: string[];
  occurrenceCodes?: { code: string; date: CalendarDate }[];
  valueCodes?: { code: string; amount: Cents }[];
  attendingProviderId?: string;
  operatingProviderId?: string;
  /** Semi-private room and board (0120) per day, for inpatient stays. */
  roomAndBoardDaily?: Cents;
  revenueCodeOverrides?: Readonly<Record<string, string>>;
}

/** FL 4: 0 + facility type (11 hospital inpatient, 13 hospital outpatient) + frequency. */
function facilityTypeCode(setting: 'inpatient' | 'outpatient', frequency: string): string {
  return `${setting === 'inpatient' ? '11' : '13'}${frequency}`;
}

export function buildInstitutionalClaim(input: ClaimBuildInput, extras: InstitutionalExtras, ids: ClaimIds): BuiltClaims {
  const problems: BuiltClaims['problems'] = [];
  const first = input.encounters[0];
  if (!first) return { claims: [], problems: [{ code: 'billing.no_encounter', path: 'encounters', message: 'nothing to bill: no encounter', suggestedFix: 'choose a coded encounter' }] };
  const enc = first.encounter;
  const diagnoses = [...first.diagnoses].filter((d) => d.origin !== 'rejected').sort((a, b) => a.sequence - b.sequence);
  const billable = { ...first, procedures: first.procedures.filter((p) => p.codeSystem !== 'ICD10PCS') };
  const pending = pendingLines([billable], input.feeSchedule, problems);
  const [group] = packLines(pending, diagnoses.map((d) => d.code), 'institutional');
  const lines: ClaimLine[] = (group?.lines ?? []).map((l, i) => {
    const { revenueCode, defaulted } = revenueCodeFor(l.procedure.code, extras.revenueCodeOverrides);
    if (defaulted) problems.push({ code: 'billing.revenue_code_defaulted', path: `lines[${i}].revenueCode`, message: `no revenue code for ${l.procedure.code}; used ${revenueCode} (other therapeutic services)`, suggestedFix: 'map the code in the charge master' });
    return {
      lineNumber: i + 1, lineItemControlNumber: ids.lineItemControlNumber(0, i + 1), codeSystem: l.procedure.codeSystem,
      procedureCode: l.procedure.code, modifiers: [...l.procedure.modifiers], revenueCode, charge: l.charge, unitMeasure: 'UN',
      units: l.procedure.units, diagnosisPointers: [], serviceDate: l.procedure.serviceDate ?? enc.dateOfService,
    };
  });
  const through = enc.dischargeDate ?? enc.dateOfService;
  if (enc.setting === 'inpatient' && extras.roomAndBoardDaily !== undefined) {
    const days = Math.max(1, daysBetween(enc.dateOfService, through));
    lines.unshift({
      lineNumber: 0, lineItemControlNumber: ids.lineItemControlNumber(0, 0), codeSystem: 'HCPCS', procedureCode: '', modifiers: [],
      revenueCode: '0120', charge: cents(extras.roomAndBoardDaily * days), unitMeasure: 'DA', units: days, diagnosisPointers: [],
      serviceDate: enc.dateOfService, serviceDateEnd: through,
    });
    lines.forEach((l, i) => { l.lineNumber = i + 1; l.lineItemControlNumber = ids.lineItemControlNumber(0, i + 1); });
  }
  const pcs = first.procedures.filter((p) => p.codeSystem === 'ICD10PCS').sort((a, b) => a.sequence - b.sequence);
  const frequency = input.frequency?.code ?? '1';
  const billing = input.providers.get(enc.billingProviderId);
  const attending = extras.attendingProviderId ? input.providers.get(extras.attendingProviderId) : undefined;
  const operating = extras.operatingProviderId ? input.providers.get(extras.operatingProviderId) : undefined;
  const institutional: InstitutionalData = {
    facilityTypeCode: facilityTypeCode(enc.setting, frequency),
    ...(enc.setting === 'inpatient' ? { admissionDate: enc.dateOfService } : {}),
    ...(extras.admissionTypeCode ? { admissionTypeCode: extras.admissionTypeCode } : {}),
    ...(extras.admissionSourceCode ? { admissionSourceCode: extras.admissionSourceCode } : {}),
    patientStatusCode: extras.patientStatusCode,
    ...(attending ? { attendingProvider: claimProvider(attending) } : {}),
    ...(operating ? { operatingProvider: claimProvider(operating) } : {}),
    occurrenceCodes: extras.occurrenceCodes ?? [],
    occurrenceSpanCodes: [],
    valueCodes: extras.valueCodes ?? [],
    conditionCodes: extras.conditionCodes ?? [],
    ...(pcs[0] ? { principalProcedure: { code: pcs[0].code, date: pcs[0].serviceDate ?? enc.dateOfService } } : {}),
    otherProcedures: pcs.slice(1).map((p) => ({ code: p.code, date: p.serviceDate ?? enc.dateOfService })),
    reasonForVisitDiagnoses: [],
  };
  if (!attending) problems.push({ code: 'billing.no_attending', path: 'institutional.attendingProvider', message: 'an institutional claim needs the attending provider', suggestedFix: 'record the attending physician on the encounter' });
  const { coverage } = input.billed;
  const claim: Claim = {
    id: ids.claimId(0), kind: 'institutional', patientControlNumber: ids.patientControlNumber(0), frequencyCode: frequency,
    ...(input.frequency ? { payerClaimControlNumber: input.frequency.payerClaimControlNumber } : {}),
    totalCharge: sum(lines.map((l) => l.charge)), placeOfService: enc.placeOfService, statementFrom: enc.dateOfService, statementTo: through,
    payerSequence: input.payerSequence,
    billingProvider: billing ? claimProvider(billing) : { entityType: 'organization', npi: '', lastNameOrOrganization: '' },
    subscriber: claimSubscriber(coverage),
    ...(coverage.relationship !== '18' ? { patient: { ...claimPatient(input.patient), relationship: coverage.relationship } } : {}),
    relationship: coverage.relationship, payer: claimPayer(input.billed.payer),
    ...(enc.priorAuthorization ? { priorAuthorization: enc.priorAuthorization } : {}),
    providerSignatureOnFile: true, assignmentCode: 'A', benefitsAssigned: true, releaseOfInformation: 'Y',
    diagnoses: diagnoses.map((d) => ({
      code: d.code.replace('.', '').toUpperCase(),
      ...(enc.setting === 'inpatient' ? { presentOnAdmission: d.presentOnAdmission ?? 'U' } : {}),
    })),
    lines, otherCoverages: input.otherCoverages.map(otherSubscriberCoverage), institutional,
  };
  return { claims: [claim], problems };
}
