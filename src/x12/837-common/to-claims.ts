// Shared pieces of reading OpenRCM claims back out of a parsed 837 (so a billing service can scrub
// the claims in a file its clients send): names, addresses, providers, the hierarchy walk and COB.
import { fromX12Date } from '../deps';
import type {
  AdministrativeSex, CalendarDate, Claim, ClaimAdjustment, ClaimFilingIndicatorCode, ClaimPayer, ClaimPerson, ClaimProvider,
  ClaimSubscriber, IndividualRelationshipCode, LineAdjudication, OtherSubscriberCoverage, PayerResponsibilitySequence, PostalAddress,
} from '../deps';
import type { NameLoop } from './name-loop';
import type { AMTSegment, CASSegment, DTPSegment, REFSegment } from './segments';
import type { Loop2320, Loop2430, Transaction837, Loop2000A, Loop2000B, Loop2000C } from './loop-types';

/** Where one claim sits in the hierarchy. */
export interface ClaimContext<C> {
  a: Loop2000A<C>;
  b: Loop2000B<C>;
  c?: Loop2000C<C>;
  claim: C;
}

export function claimContexts<C>(tx: Transaction837<C>): ClaimContext<C>[] {
  const out: ClaimContext<C>[] = [];
  for (const a of tx.loop2000A) {
    for (const b of a.loop2000B) {
      for (const claim of b.loop2300) out.push({ a, b, claim });
      for (const c of b.loop2000C) for (const claim of c.loop2300) out.push({ a, b, c, claim });
    }
  }
  return out;
}

export function x12Date(text: string | undefined): CalendarDate | undefined {
  return text ? fromX12Date(text) : undefined;
}

/** D8 or RD8 DTP03 as a date range. */
export function dateRange(d: DTPSegment | undefined): { from?: CalendarDate; to?: CalendarDate } {
  const text = d?.dateTimePeriod ?? '';
  if (d?.dateTimePeriodFormatQualifier === 'RD8') {
    const [from, to] = text.split('-');
    return { from: x12Date(from), to: x12Date(to) };
  }
  if (d?.dateTimePeriodFormatQualifier === 'DT') return { from: x12Date(text.slice(0, 8)) };
  return { from: x12Date(text) };
}

export function findDtp(dates: readonly DTPSegment[] | undefined, qualifier: string): DTPSegment | undefined {
  return dates?.find((d) => d.dateTimeQualifier === qualifier);
}

export function findRef(refs: readonly REFSegment[] | undefined, qualifier: string): string | undefined {
  return refs?.find((r) => r.referenceIdentificationQualifier === qualifier)?.referenceIdentification;
}

export function findAmt(amounts: readonly AMTSegment[] | undefined, qualifier: string): AMTSegment['monetaryAmount'] {
  return amounts?.find((a) => a.amountQualifierCode === qualifier)?.monetaryAmount;
}

export function addressOf(loop: NameLoop | undefined): PostalAddress | undefined {
  if (!loop?.address && !loop?.cityStateZip) return undefined;
  const a: PostalAddress = {
    line1: loop.address?.addressInformation1 ?? '', city: loop.cityStateZip?.cityName ?? '',
    state: loop.cityStateZip?.stateOrProvinceCode ?? '', postalCode: loop.cityStateZip?.postalCode ?? '',
  };
  if (loop.address?.addressInformation2) a.line2 = loop.address.addressInformation2;
  return a;
}

export function providerOf(loop: NameLoop | undefined, taxonomy?: string): ClaimProvider | undefined {
  if (!loop) return undefined;
  const n = loop.name;
  const p: ClaimProvider = { entityType: n.entityTypeQualifier === '1' ? 'person' : 'organization', npi: n.identificationCode ?? '', lastNameOrOrganization: n.lastNameOrOrganizationName ?? '' };
  if (n.firstName) p.firstName = n.firstName;
  if (n.middleName) p.middleName = n.middleName;
  const tax = taxonomy ?? loop.specialty?.providerTaxonomyCode;
  if (tax) p.taxonomyCode = tax;
  const ein = findRef(loop.references, 'EI');
  const ssn = findRef(loop.references, 'SY');
  if (ein) p.taxId = { qualifier: 'EI', value: ein };
  else if (ssn) p.taxId = { qualifier: 'SY', value: ssn };
  const address = addressOf(loop);
  if (address) p.address = address;
  const per = loop.contacts?.[0];
  if (per) {
    const numbers = [[per.communicationNumberQualifier1, per.communicationNumber1], [per.communicationNumberQualifier2, per.communicationNumber2], [per.communicationNumberQualifier3, per.communicationNumber3]];
    const phone = numbers.find(([q]) => q === 'TE')?.[1];
    const email = numbers.find(([q]) => q === 'EM')?.[1];
    p.contact = { name: per.name ?? '', ...(phone ? { phone } : {}), ...(email ? { email } : {}) };
  }
  return p;
}

const SEXES = new Set(['M', 'F', 'U']);

export function personOf(loop: NameLoop | undefined): ClaimPerson {
  const n = loop?.name;
  const p: ClaimPerson = {
    lastName: n?.lastNameOrOrganizationName ?? '', firstName: n?.firstName ?? '',
    birthDate: x12Date(loop?.demographics?.dateOfBirth) ?? ('' as CalendarDate),
    sex: (SEXES.has(loop?.demographics?.genderCode ?? '') ? loop?.demographics?.genderCode : 'U') as AdministrativeSex,
    address: addressOf(loop) ?? { line1: '', city: '', state: '', postalCode: '' },
  };
  if (n?.middleName) p.middleName = n.middleName;
  if (n?.nameSuffix) p.suffix = n.nameSuffix;
  return p;
}

export function subscriberOf(loop: NameLoop | undefined, groupNumber?: string, groupName?: string): ClaimSubscriber {
  const s: ClaimSubscriber = { ...personOf(loop), memberId: loop?.name.identificationCode ?? '' };
  if (groupNumber) s.groupNumber = groupNumber;
  if (groupName) s.groupName = groupName;
  return s;
}

export function payerOf(loop: NameLoop | undefined, filing: string | undefined): ClaimPayer {
  const p: ClaimPayer = { name: loop?.name.lastNameOrOrganizationName ?? '', payerId: loop?.name.identificationCode ?? '', claimFilingIndicator: (filing ?? 'ZZ') as ClaimFilingIndicatorCode };
  const address = addressOf(loop);
  if (address) p.address = address;
  return p;
}

export function adjustmentsOf(cas: readonly CASSegment[]): ClaimAdjustment[] {
  return cas.flatMap((c) => c.adjustments.map((a) => {
    const adj: ClaimAdjustment = { groupCode: (c.claimAdjustmentGroupCode ?? 'OA') as ClaimAdjustment['groupCode'], reasonCode: a.claimAdjustmentReasonCode ?? '', amount: a.monetaryAmount ?? (0 as ClaimAdjustment['amount']) };
    if (a.quantity !== undefined) adj.quantity = a.quantity;
    return adj;
  }));
}

const SEQUENCES = new Set(['P', 'S', 'T']);

export function sequenceOf(code: string | undefined): PayerResponsibilitySequence {
  return (SEQUENCES.has(code ?? '') ? code : 'P') as PayerResponsibilitySequence;
}

export function coverageOf(l: Loop2320): OtherSubscriberCoverage {
  const sbr = l.otherSubscriberInformation;
  const c: OtherSubscriberCoverage = {
    sequence: sequenceOf(sbr?.payerResponsibilitySequenceNumberCode),
    relationship: (sbr?.individualRelationshipCode ?? '18') as IndividualRelationshipCode,
    subscriber: subscriberOf(l.loop2330A, sbr?.groupOrPolicyNumber, sbr?.groupName),
    payer: payerOf(l.loop2330B, sbr?.claimFilingIndicatorCode),
    claimAdjustments: adjustmentsOf(l.claimLevelAdjustments),
  };
  if (sbr?.groupOrPolicyNumber) c.groupNumber = sbr.groupOrPolicyNumber;
  const paid = findAmt(l.amounts, 'D');
  if (paid !== undefined) c.paidAmount = paid;
  const remaining = findAmt(l.amounts, 'EAF');
  if (remaining !== undefined) c.remainingPatientLiability = remaining;
  const date = dateRange(findDtp(l.loop2330B?.dates, '573')).from;
  if (date) c.adjudicationDate = date;
  const f8 = findRef(l.loop2330B?.references, 'F8');
  if (f8) c.payerClaimControlNumber = f8;
  return c;
}

export function lineAdjudicationOf(l: Loop2430): LineAdjudication {
  const svd = l.lineAdjudicationInformation;
  const p = svd?.compositeMedicalProcedureIdentifier;
  return {
    payerId: svd?.otherPayerPrimaryIdentifier ?? '',
    paidAmount: svd?.serviceLinePaidAmount ?? (0 as LineAdjudication['paidAmount']),
    procedureCode: p?.procedureCode ?? '',
    modifiers: [p?.procedureModifier1, p?.procedureModifier2, p?.procedureModifier3, p?.procedureModifier4].filter((m): m is string => !!m),
    paidUnits: svd?.paidServiceUnitCount ?? 0,
    adjustments: adjustmentsOf(l.lineAdjustments),
    adjudicationDate: dateRange(findDtp(l.dates, '573')).from ?? ('' as CalendarDate),
  };
}

/** CPT codes are five digits (or four digits and F/T for category II/III); HCPCS Level II start with a letter. */
export function codeSystemOf(code: string): 'CPT' | 'HCPCS' {
  return /^\d{4}[0-9FTU]$/.test(code) ? 'CPT' : 'HCPCS';
}

/** When only the lines carry the other payer's adjudication date (2430 DTP*573), the coverage takes it from them. */
export function fillAdjudicationDates(claim: Claim): void {
  for (const c of claim.otherCoverages) {
    if (c.adjudicationDate) continue;
    const date = claim.lines.flatMap((l) => l.priorAdjudications ?? []).find((a) => a.payerId === c.payer.payerId && a.adjudicationDate)?.adjudicationDate;
    if (date) c.adjudicationDate = date;
  }
}
