// A coded encounter (or several, when the payer allows) becomes one or more professional claims
// (837P / CMS-1500). Problems never stop the build: the claim is built and the problems hold it.
import type { Claim, ClaimLine, ClaimProvider } from '../claims/index';
import { sum } from '../money/index';
import type { Provider, ServiceFacility } from '../practice/index';
import { packLines, pendingLines, type LineGroup } from './lines';
import { claimPatient, claimPayer, claimProvider, claimSubscriber, otherSubscriberCoverage } from './parties';
import type { BuildProblem, ClaimBuildInput } from './types';

export interface ClaimIds {
  claimId(index: number): string;
  patientControlNumber(index: number): string;
  lineItemControlNumber(claimIndex: number, lineNumber: number): string;
}

export interface BuiltClaims {
  claims: Claim[];
  problems: BuildProblem[];
}

/** ICD-10-CM travels on claims without its dot (HI segment, CMS-1500 item 21). */
function undotted(code: string): string {
  return code.replace('.', '').toUpperCase();
}

function orderedDiagnoses(input: ClaimBuildInput): string[] {
  const seen: string[] = [];
  for (const e of input.encounters) {
    for (const d of [...e.diagnoses].filter((x) => x.origin !== 'rejected').sort((a, b) => a.sequence - b.sequence)) {
      if (!seen.includes(d.code)) seen.push(d.code);
    }
  }
  return seen;
}

function provider(input: ClaimBuildInput, id: string | undefined, role: string, problems: BuildProblem[]): Provider | undefined {
  if (!id) return undefined;
  const p = input.providers.get(id);
  if (!p) problems.push({ code: 'billing.unknown_provider', path: `${role}Provider`, message: `the ${role} provider ${id} is not on file`, suggestedFix: `add the ${role} provider to the practice` });
  return p;
}

export function buildProfessionalClaims(input: ClaimBuildInput, ids: ClaimIds): BuiltClaims {
  const problems: BuildProblem[] = [];
  const first = input.encounters[0];
  if (!first) return { claims: [], problems: [{ code: 'billing.no_encounter', path: 'encounters', message: 'nothing to bill: no encounter', suggestedFix: 'choose a coded encounter' }] };
  if (input.billed.payer.category === 'self_pay') {
    problems.push({ code: 'billing.self_pay', path: 'payer', message: 'the patient is self-pay: bill the patient with a statement, not a claim', suggestedFix: 'add the patient\'s insurance if they have any' });
  }
  const diagnoses = orderedDiagnoses(input);
  if (diagnoses.length === 0) problems.push({ code: 'billing.no_diagnosis', path: 'diagnoses', message: 'the encounter has no diagnosis', suggestedFix: 'code the encounter before billing it' });
  const lines = pendingLines(input.encounters, input.feeSchedule, problems);
  if (lines.length === 0) problems.push({ code: 'billing.no_procedure', path: 'lines', message: 'the encounter has no billable procedure', suggestedFix: 'code the services performed' });
  const groups = packLines(lines, diagnoses, 'professional');
  const carried = new Set(groups.flatMap((g) => g.diagnoses));
  const dropped = diagnoses.filter((d) => !carried.has(d));
  if (groups.length > 1 && dropped.length) {
    problems.push({ code: 'billing.diagnosis_unpointed', path: 'diagnoses', message: `the encounter was split across ${groups.length} claims and ${dropped.join(', ')} supports no line, so no claim carries it`, suggestedFix: 'point a line at each diagnosis that supports it' });
  }
  const billing = provider(input, first.encounter.billingProviderId, 'billing', problems);
  const rendering = provider(input, first.encounter.renderingProviderId, 'rendering', problems);
  const referring = provider(input, first.encounter.referringProviderId, 'referring', problems);
  const supervising = provider(input, first.encounter.supervisingProviderId, 'supervising', problems);
  const facility = first.encounter.serviceFacilityId ? input.facilities.get(first.encounter.serviceFacilityId) : undefined;
  const claims = groups.map((group, index) =>
    assemble(input, group, index, ids, { billing, rendering, referring, supervising, facility }),
  );
  return { claims, problems };
}

interface Parties {
  billing: Provider | undefined;
  rendering: Provider | undefined;
  referring: Provider | undefined;
  supervising: Provider | undefined;
  facility: ServiceFacility | undefined;
}

function assemble(input: ClaimBuildInput, group: LineGroup, index: number, ids: ClaimIds, parties: Parties): Claim {
  const first = input.encounters[0]!.encounter;
  const claimLines: ClaimLine[] = group.lines.map((l, i) => ({
    lineNumber: i + 1,
    lineItemControlNumber: ids.lineItemControlNumber(index, i + 1),
    codeSystem: l.procedure.codeSystem,
    procedureCode: l.procedure.code,
    modifiers: [...l.procedure.modifiers],
    charge: l.charge,
    unitMeasure: l.procedure.unitMeasure,
    units: l.procedure.units,
    placeOfService: l.encounter.placeOfService,
    diagnosisPointers: l.diagnosisCodes.slice(0, 4).map((c) => group.diagnoses.indexOf(c) + 1),
    serviceDate: l.procedure.serviceDate ?? l.encounter.dateOfService,
  }));
  const dates = claimLines.map((l) => l.serviceDate).sort();
  const billing = parties.billing ? claimProvider(parties.billing) : placeholderProvider();
  const renderingDiffers = parties.rendering && parties.rendering.npi !== parties.billing?.npi;
  const facilityDiffers = parties.facility && parties.billing?.address?.line1 !== parties.facility.address.line1;
  const { coverage } = input.billed;
  return {
    id: ids.claimId(index),
    kind: 'professional',
    patientControlNumber: ids.patientControlNumber(index),
    frequencyCode: input.frequency?.code ?? '1',
    ...(input.frequency ? { payerClaimControlNumber: input.frequency.payerClaimControlNumber } : {}),
    totalCharge: sum(claimLines.map((l) => l.charge)),
    placeOfService: first.placeOfService,
    statementFrom: (dates[0] ?? first.dateOfService),
    statementTo: (dates.at(-1) ?? first.dateOfService),
    payerSequence: input.payerSequence,
    billingProvider: billing,
    subscriber: claimSubscriber(coverage),
    ...(coverage.relationship !== '18' ? { patient: { ...claimPatient(input.patient), relationship: coverage.relationship } } : {}),
    relationship: coverage.relationship,
    payer: claimPayer(input.billed.payer),
    ...(renderingDiffers && parties.rendering ? { renderingProvider: claimProvider(parties.rendering) } : {}),
    ...(parties.referring ? { referringProvider: claimProvider(parties.referring) } : {}),
    ...(parties.supervising ? { supervisingProvider: claimProvider(parties.supervising) } : {}),
    ...(facilityDiffers && parties.facility
      ? { serviceFacility: { name: parties.facility.name, ...(parties.facility.npi ? { npi: parties.facility.npi } : {}), address: parties.facility.address } }
      : {}),
    ...(first.priorAuthorization ? { priorAuthorization: first.priorAuthorization } : {}),
    ...(first.referralNumber ? { referralNumber: first.referralNumber } : {}),
    providerSignatureOnFile: true,
    assignmentCode: 'A',
    benefitsAssigned: true,
    releaseOfInformation: 'Y',
    diagnoses: group.diagnoses.map((code) => ({ code: undotted(code) })),
    lines: claimLines,
    otherCoverages: input.otherCoverages.map(otherSubscriberCoverage),
  };
}

/** A billing provider that is not on file still yields a claim (held by the edits), never a crash. */
function placeholderProvider(): ClaimProvider {
  return { entityType: 'organization', npi: '', lastNameOrOrganization: '' };
}
