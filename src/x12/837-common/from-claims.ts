// Shared pieces of building an 837 from OpenRCM claims: names and addresses, the envelope-level
// loops (1000A/B, 2010AA...), the COB loops 2320/2330/2430, and the grouping of claims into the
// billing provider (2000A) / subscriber (2000B) / patient (2000C) hierarchy.
import { toX12Date } from '../deps';
import type {
  CalendarDate, Claim, ClaimAdjustment, ClaimPerson, ClaimProvider, ClaimSubscriber, LineAdjudication,
  OtherSubscriberCoverage, PostalAddress,
} from '../deps';
import type { NameLoop } from './name-loop';
import type { CASSegment, DTPSegment, NM1Segment, ProcedureComposite, REFSegment } from './segments';
import type { Loop2000A, Loop2000B, Loop2000C, Loop2320, Loop2430, Transaction837 } from './loop-types';

/** The sender of the file (1000A): the practice or the billing service, with its EDI contact. */
export interface Submitter {
  name: string;
  /** NM109 with qualifier 46: the submitter id the receiver assigned. */
  id: string;
  entityType?: 'person' | 'organization';
  contact: { name: string; phone?: string; email?: string };
}

/** The receiver of the file (1000B): the clearinghouse or payer. */
export interface Receiver {
  name: string;
  /** NM109 with qualifier 46. */
  id: string;
}

export interface Build837Options {
  /** ST02 / SE02: 4-9 characters, unique within the functional group. */
  transactionSetControlNumber: string;
  /** BHT03: the originator's reference for this batch. */
  referenceIdentification: string;
  /** BHT04/BHT05: when the batch was created (passed in: the domain never reads the clock). */
  createdDate: CalendarDate;
  /** HHMM or HHMMSS. */
  createdTime: string;
  /** BHT06: CH claims (default) or RP encounters/reporting. */
  claimOrEncounter?: 'CH' | 'RP';
}


/**
 * The empty list every loop without a given segment shares. A batch's loops all live until it is written,
 * and one empty array each (eleven per service line) was a large part of what the garbage collector copied;
 * frozen, so a change to it fails loudly instead of reaching every loop.
 */
export const NONE: never[] = Object.freeze([]) as unknown as never[];

export function dtpSeg(qualifier: string, from: CalendarDate, to?: CalendarDate): DTPSegment {
  return to && to !== from
    ? { dateTimeQualifier: qualifier, dateTimePeriodFormatQualifier: 'RD8', dateTimePeriod: `${toX12Date(from)}-${toX12Date(to)}` }
    : { dateTimeQualifier: qualifier, dateTimePeriodFormatQualifier: 'D8', dateTimePeriod: toX12Date(from) };
}

export function refSeg(qualifier: string, value: string | undefined): REFSegment[] {
  return value ? [{ referenceIdentificationQualifier: qualifier, referenceIdentification: value }] : NONE;
}

function address(a: PostalAddress | undefined): Pick<NameLoop, 'address' | 'cityStateZip'> {
  if (!a) return {};
  return {
    address: a.line2 ? { addressInformation1: a.line1, addressInformation2: a.line2 } : { addressInformation1: a.line1 },
    cityStateZip: { cityName: a.city, stateOrProvinceCode: a.state, postalCode: a.postalCode },
  };
}

export function personName(code: string, p: { lastName: string; firstName: string; middleName?: string; suffix?: string }, id?: [string, string]): NM1Segment {
  const nm1: NM1Segment = { entityIdentifierCode: code, entityTypeQualifier: '1', lastNameOrOrganizationName: p.lastName, firstName: p.firstName };
  if (p.middleName) nm1.middleName = p.middleName;
  if (p.suffix) nm1.nameSuffix = p.suffix;
  if (id) [nm1.identificationCodeQualifier, nm1.identificationCode] = id;
  return nm1;
}

export function providerName(code: string, p: ClaimProvider, withId = true): NM1Segment {
  const person = p.entityType === 'person';
  const nm1: NM1Segment = { entityIdentifierCode: code, entityTypeQualifier: person ? '1' : '2', lastNameOrOrganizationName: p.lastNameOrOrganization };
  if (person && p.firstName) nm1.firstName = p.firstName;
  if (person && p.middleName) nm1.middleName = p.middleName;
  if (withId) [nm1.identificationCodeQualifier, nm1.identificationCode] = ['XX', p.npi];
  return nm1;
}

/** A provider loop (2310x/2420x): NM1 with NPI, and the taxonomy when the loop carries a PRV. */
export function providerLoop(code: string, p: ClaimProvider, withSpecialty: false | string = false): NameLoop {
  const loop: NameLoop = { name: providerName(code, p) };
  if (withSpecialty && p.taxonomyCode) loop.specialty = { providerCode: withSpecialty, referenceIdentificationQualifier: 'PXC', providerTaxonomyCode: p.taxonomyCode };
  return loop;
}

export function billingProviderLoop(p: ClaimProvider): NameLoop {
  const loop: NameLoop = { name: providerName('85', p), ...address(p.address) };
  loop.references = p.taxId ? refSeg(p.taxId.qualifier, p.taxId.value) : [];
  if (p.contact) loop.contacts = [contact(p.contact)];
  return loop;
}

function contact(c: { name: string; phone?: string; email?: string }): NonNullable<NameLoop['contacts']>[number] {
  const per: NonNullable<NameLoop['contacts']>[number] = { contactFunctionCode: 'IC', name: c.name };
  const numbers: [string, string][] = [];
  if (c.phone) numbers.push(['TE', c.phone]);
  if (c.email) numbers.push(['EM', c.email]);
  if (numbers[0]) [per.communicationNumberQualifier1, per.communicationNumber1] = numbers[0];
  if (numbers[1]) [per.communicationNumberQualifier2, per.communicationNumber2] = numbers[1];
  return per;
}

export function submitterLoops(s: Submitter, r: Receiver): { loop1000A: NameLoop; loop1000B: NameLoop } {
  const sub: NM1Segment = { entityIdentifierCode: '41', entityTypeQualifier: s.entityType === 'person' ? '1' : '2', lastNameOrOrganizationName: s.name, identificationCodeQualifier: '46', identificationCode: s.id };
  return {
    loop1000A: { name: sub, contacts: [contact(s.contact)] },
    loop1000B: { name: { entityIdentifierCode: '40', entityTypeQualifier: '2', lastNameOrOrganizationName: r.name, identificationCodeQualifier: '46', identificationCode: r.id } },
  };
}

export function subscriberLoop(s: ClaimSubscriber, withDemographics: boolean): NameLoop {
  const loop: NameLoop = { name: personName('IL', s, ['MI', s.memberId]), ...address(s.address) };
  if (withDemographics) loop.demographics = demographics(s);
  return loop;
}

export function patientLoop(p: ClaimPerson): NameLoop {
  return { name: personName('QC', p), ...address(p.address), demographics: demographics(p) };
}

function demographics(p: ClaimPerson): NonNullable<NameLoop['demographics']> {
  return { dateTimePeriodFormatQualifier: 'D8', dateOfBirth: toX12Date(p.birthDate), genderCode: p.sex };
}

export function payerLoop(name: string, payerId: string, a?: PostalAddress): NameLoop {
  return { name: { entityIdentifierCode: 'PR', entityTypeQualifier: '2', lastNameOrOrganizationName: name, identificationCodeQualifier: 'PI', identificationCode: payerId }, ...address(a) };
}

/** CAS segments: one per group code, at most six reason/amount/quantity triplets each. */
export function casSegments(adjustments: readonly ClaimAdjustment[]): CASSegment[] {
  const out: CASSegment[] = [];
  for (const group of [...new Set(adjustments.map((a) => a.groupCode))]) {
    const items = adjustments.filter((a) => a.groupCode === group);
    for (let i = 0; i < items.length; i += 6) {
      out.push({
        claimAdjustmentGroupCode: group,
        adjustments: items.slice(i, i + 6).map((a) => (a.quantity === undefined
          ? { claimAdjustmentReasonCode: a.reasonCode, monetaryAmount: a.amount }
          : { claimAdjustmentReasonCode: a.reasonCode, monetaryAmount: a.amount, quantity: a.quantity })),
      });
    }
  }
  return out;
}

/** 2320 + 2330A/B for one other coverage. Line-level adjudication goes to 2430 (see loop2430For). */
export function loop2320For(c: OtherSubscriberCoverage, claim: Claim, hasLineAdjudication: boolean): Loop2320 {
  const amounts: Loop2320['amounts'] = [];
  if (c.paidAmount !== undefined) amounts.push({ amountQualifierCode: 'D', monetaryAmount: c.paidAmount });
  if (c.remainingPatientLiability !== undefined) amounts.push({ amountQualifierCode: 'EAF', monetaryAmount: c.remainingPatientLiability });
  const sbr: NonNullable<Loop2320['otherSubscriberInformation']> = { payerResponsibilitySequenceNumberCode: c.sequence, individualRelationshipCode: c.relationship, claimFilingIndicatorCode: c.payer.claimFilingIndicator };
  const group = c.groupNumber ?? c.subscriber.groupNumber;
  if (group) sbr.groupOrPolicyNumber = group;
  else if (c.subscriber.groupName) sbr.groupName = c.subscriber.groupName;
  const payer = payerLoop(c.payer.name, c.payer.payerId, c.payer.address);
  if (c.adjudicationDate && !hasLineAdjudication) payer.dates = [dtpSeg('573', c.adjudicationDate)];
  payer.references = refSeg('F8', c.payerClaimControlNumber);
  return {
    otherSubscriberInformation: sbr,
    claimLevelAdjustments: casSegments(c.claimAdjustments),
    amounts,
    otherInsuranceCoverageInformation: { benefitsAssignmentCertificationIndicator: claim.benefitsAssigned ? 'Y' : 'N', releaseOfInformationCode: claim.releaseOfInformation },
    loop2330A: { name: personName('IL', c.subscriber, ['MI', c.subscriber.memberId]), ...address(c.subscriber.address) },
    loop2330B: payer,
  };
}

/** C003 composite: qualifier, code, up to four modifiers, description. */
export function procedure(qualifier: string, code: string, modifiers: readonly string[], description?: string): ProcedureComposite {
  const p: ProcedureComposite = { productServiceIdQualifier: qualifier, procedureCode: code };
  if (modifiers[0]) p.procedureModifier1 = modifiers[0];
  if (modifiers[1]) p.procedureModifier2 = modifiers[1];
  if (modifiers[2]) p.procedureModifier3 = modifiers[2];
  if (modifiers[3]) p.procedureModifier4 = modifiers[3];
  if (description) p.description = description;
  return p;
}

export function loop2430For(a: LineAdjudication, qualifier: string): Loop2430 {
  return {
    lineAdjudicationInformation: {
      otherPayerPrimaryIdentifier: a.payerId,
      serviceLinePaidAmount: a.paidAmount,
      compositeMedicalProcedureIdentifier: procedure(qualifier, a.procedureCode, a.modifiers),
      paidServiceUnitCount: a.paidUnits,
    },
    lineAdjustments: casSegments(a.adjustments),
    dates: [dtpSeg('573', a.adjudicationDate)],
    amounts: [],
  };
}

function addressKey(a: PostalAddress | undefined): string {
  return a ? `${a.line1}\u0001${a.line2 ?? ''}\u0001${a.city}\u0001${a.state}\u0001${a.postalCode}` : '';
}

/** The guide's repeat limit for 2300 under one 2000B or 2000C: a subscriber with more claims gets another level. */
const CLAIMS_PER_LEVEL = 100;

/**
 * Groups claims into 2000A (billing provider) > 2000B (subscriber + payer) > 2000C (patient). A
 * subscriber's own claims and their dependents' claims go to separate 2000B levels, because SBR02
 * says "18" only when the patient is the subscriber.
 */
export function buildHierarchy<C>(
  claims: readonly Claim[], s: Submitter, r: Receiver, o: Build837Options, toClaim: (c: Claim) => C,
): Transaction837<C> {
  const providers = new Map<string, Loop2000A<C>>();
  const subscribers = new Map<string, Loop2000B<C>>();
  const patients = new Map<string, Loop2000C<C>>();
  for (const claim of claims) {
    const bp = claim.billingProvider;
    const aKey = `${bp.npi}\u0000${bp.taxId?.value ?? ''}\u0000${bp.lastNameOrOrganization}\u0000${addressKey(bp.address)}\u0000${addressKey(claim.payToAddress)}`;
    let a = providers.get(aKey);
    if (!a) {
      a = { loop2010AA: billingProviderLoop(bp), loop2000B: [] };
      if (bp.taxonomyCode) a.specialty = { providerCode: 'BI', referenceIdentificationQualifier: 'PXC', providerTaxonomyCode: bp.taxonomyCode };
      if (claim.payToAddress) a.loop2010AB = { name: { entityIdentifierCode: '87', entityTypeQualifier: '2' }, ...address(claim.payToAddress) };
      providers.set(aKey, a);
    }
    const self = !claim.patient || claim.relationship === '18';
    const sub = claim.subscriber;
    const bKey = `${aKey}\u0000${self ? 1 : 0}\u0000${claim.payerSequence}\u0000${claim.payer.payerId}\u0000${claim.payer.claimFilingIndicator}\u0000${sub.memberId}\u0000${sub.lastName}\u0000${sub.firstName}\u0000${sub.birthDate}\u0000${sub.groupNumber ?? ''}`;
    let b = subscribers.get(bKey);
    if (!b || (self && b.loop2300.length >= CLAIMS_PER_LEVEL)) {
      const sbr: NonNullable<Loop2000B<C>['subscriberInformation']> = { payerResponsibilitySequenceNumberCode: claim.payerSequence, claimFilingIndicatorCode: claim.payer.claimFilingIndicator };
      if (self) sbr.individualRelationshipCode = '18';
      if (sub.groupNumber) sbr.groupOrPolicyNumber = sub.groupNumber;
      else if (sub.groupName) sbr.groupName = sub.groupName;
      b = { subscriberInformation: sbr, loop2010BA: subscriberLoop(sub, self), loop2010BB: payerLoop(claim.payer.name, claim.payer.payerId, claim.payer.address), loop2300: [], loop2000C: [] };
      a.loop2000B.push(b);
      subscribers.set(bKey, b);
    }
    if (self) {
      b.loop2300.push(toClaim(claim));
      continue;
    }
    const p = claim.patient!;
    const cKey = `${bKey}\u0000${p.lastName}\u0000${p.firstName}\u0000${p.birthDate}\u0000${p.relationship}`;
    let c = patients.get(cKey);
    if (!c || c.loop2300.length >= CLAIMS_PER_LEVEL) {
      c = { patientInformation: { individualRelationshipCode: p.relationship }, loop2010CA: patientLoop(p), loop2300: [] };
      b.loop2000C.push(c);
      patients.set(cKey, c);
    }
    c.loop2300.push(toClaim(claim));
  }
  return {
    transactionSetControlNumber: o.transactionSetControlNumber,
    implementationConventionReference: '',
    beginningOfHierarchicalTransaction: {
      hierarchicalStructureCode: '0019', transactionSetPurposeCode: '00', originatorApplicationTransactionIdentifier: o.referenceIdentification,
      transactionSetCreationDate: toX12Date(o.createdDate), transactionSetCreationTime: o.createdTime, claimOrEncounterIdentifier: o.claimOrEncounter ?? 'CH',
    },
    ...submitterLoops(s, r),
    loop2000A: [...providers.values()],
  };
}
