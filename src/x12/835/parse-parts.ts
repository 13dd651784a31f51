// Segment-to-object mapping for the 835, shared by the whole-file and the streaming parser. The parts of a
// claim map any segment a Fields reader reads (S: a Segment, or a ByteSegment on the byte path), so every
// path maps a claim with the same code.
import type { LoopNode, Segment } from '../index-types';
// Optional fields are left undefined rather than deleted here: this is the hot path of huge 835s, and
// deleting properties would turn every claim object into a slow dictionary (JSON drops undefined anyway).
import type { FieldReader, Fields } from '../field-reader';
import type {
  Address, ClaimAdjustment, Contact, DateReference, EntityName, Loop2100, Loop2110, ProcedureIdentifier, ProviderAdjustment,
} from './types';

/**
 * list with v added. An empty array gets a new one-element array instead of a push: a push into an empty
 * array reserves room for 17, and a claim holds a dozen arrays of one or two items, so pushing would
 * allocate several times the claim's own size.
 */
export function append<T>(list: T[], v: T): T[] {
  if (list.length === 0) return [v];
  list.push(v);
  return list;
}

/** What the claim mappers need of a segment besides its values. */
interface SegmentLike {
  readonly id: string;
}

export function entity<S extends SegmentLike>(r: Fields<S>, s: S): EntityName {
  return ({
    entityIdentifierCode: r.str(s, 1),
    entityTypeQualifier: r.str(s, 2),
    lastOrOrganizationName: r.opt(s, 3),
    firstName: r.opt(s, 4),
    middleName: r.opt(s, 5),
    suffix: r.opt(s, 7),
    identificationCodeQualifier: r.opt(s, 8),
    identificationCode: r.opt(s, 9),
  });
}

export function contact<S extends SegmentLike>(r: Fields<S>, s: S): Contact {
  const communications: Contact['communications'] = [];
  for (let n = 3; n <= 7; n += 2) {
    const q = r.opt(s, n);
    if (q !== undefined) communications.push({ qualifier: q, number: r.str(s, n + 1) });
  }
  return ({ functionCode: r.str(s, 1), name: r.opt(s, 2), communications });
}

export function address(r: FieldReader, n3: Segment | undefined, n4: Segment | undefined): Address | undefined {
  if (!n3 && !n4) return undefined;
  return ({
    line1: n3 ? r.str(n3, 1) : '',
    line2: n3 ? r.opt(n3, 2) : undefined,
    city: n4 ? r.str(n4, 1) : '',
    state: n4 ? r.opt(n4, 2) : undefined,
    postalCode: n4 ? r.opt(n4, 3) : undefined,
    countryCode: n4 ? r.opt(n4, 4) : undefined,
    countrySubdivisionCode: n4 ? r.opt(n4, 7) : undefined,
  });
}

export function adjustment<S extends SegmentLike>(r: Fields<S>, s: S, loop: string): ClaimAdjustment {
  let reasons: ClaimAdjustment['reasons'] = [];
  for (let n = 2; n <= 17; n += 3) {
    const code = r.opt(s, n);
    if (code === undefined) continue;
    reasons = append(reasons, { carcCode: code, amount: r.money(s, n + 1, loop), quantity: r.opt(s, n + 2) });
  }
  return { groupCode: r.str(s, 1), reasons };
}

export function procedure<S extends SegmentLike>(r: Fields<S>, s: S, n: number): ProcedureIdentifier | undefined {
  if (!r.opt(s, n)) return undefined;
  const c = r.components(s, n);
  const modifiers = c.slice(2, 6);
  while (modifiers.length > 0 && !modifiers[modifiers.length - 1]) modifiers.pop();
  return ({ qualifier: c[0] ?? '', code: c[1] ?? '', modifiers, description: c[6] || undefined });
}

/** out with the DTM's date added (unless it has none). */
function dateRef<S extends SegmentLike>(r: Fields<S>, s: S, loop: string, out: DateReference[]): DateReference[] {
  const date = r.date(s, 2, loop);
  return date ? append(out, { qualifier: r.str(s, 1), date }) : out;
}

export function service(r: FieldReader, node: LoopNode): Loop2110 {
  const out = serviceHeader(r, node.segments[0]!);
  for (let i = 1; i < node.segments.length; i++) addServiceSegment(r, out, node.segments[i]!);
  return out;
}

/** A Loop 2110 from its SVC, its other segments still to add (the fast reader adds them as they come). */
export function serviceHeader<S extends SegmentLike>(r: Fields<S>, svc: S): Loop2110 {
  return ({
    procedure: procedure(r, svc, 1) ?? { qualifier: '', code: '', modifiers: [] },
    lineItemChargeAmount: r.money(svc, 2, '2110'),
    lineItemProviderPaymentAmount: r.money(svc, 3, '2110'),
    revenueCode: r.opt(svc, 4),
    unitsOfServicePaidCount: r.opt(svc, 5),
    originalProcedure: procedure(r, svc, 6),
    originalUnitsOfServiceCount: r.opt(svc, 7),
    serviceDates: [], adjustments: [], references: [], amounts: [], quantities: [], remarks: [],
  });
}

export function addServiceSegment<S extends SegmentLike>(r: Fields<S>, out: Loop2110, s: S): void {
  switch (s.id) {
    case 'DTM': out.serviceDates = dateRef(r, s, '2110', out.serviceDates); break;
    case 'CAS': out.adjustments = append(out.adjustments, adjustment(r, s, '2110')); break;
    case 'REF': out.references = append(out.references, { qualifier: r.str(s, 1), value: r.str(s, 2) }); break;
    case 'AMT': out.amounts = append(out.amounts, { qualifier: r.str(s, 1), amount: r.money(s, 2, '2110') }); break;
    case 'QTY': out.quantities = append(out.quantities, { qualifier: r.str(s, 1), quantity: r.str(s, 2) }); break;
    case 'LQ': out.remarks = append(out.remarks, { qualifier: r.str(s, 1), code: r.str(s, 2) }); break;
  }
}

export function claim(r: FieldReader, node: LoopNode): Loop2100 {
  const out = claimHeader(r, node.segments[0]!);
  for (let i = 1; i < node.segments.length; i++) addClaimSegment(r, out, node.segments[i]!);
  for (const child of node.loops) if (child.id === '2110') out.services = append(out.services, service(r, child));
  return out;
}

/** A Loop 2100 from its CLP, its other segments and services still to add. */
export function claimHeader<S extends SegmentLike>(r: Fields<S>, clp: S): Loop2100 {
  return ({
    patientControlNumber: r.str(clp, 1),
    claimStatusCode: r.str(clp, 2),
    totalClaimChargeAmount: r.money(clp, 3, '2100'),
    claimPaymentAmount: r.money(clp, 4, '2100'),
    patientResponsibilityAmount: r.optMoney(clp, 5, '2100'),
    claimFilingIndicatorCode: r.str(clp, 6),
    payerClaimControlNumber: r.opt(clp, 7),
    facilityTypeCode: r.opt(clp, 8),
    claimFrequencyCode: r.opt(clp, 9),
    drgCode: r.opt(clp, 11),
    drgWeight: r.opt(clp, 12),
    dischargeFraction: r.opt(clp, 13),
    adjustments: [],
    patient: { entityIdentifierCode: 'QC', entityTypeQualifier: '' },
    otherNames: [], references: [], dates: [], contacts: [], amounts: [], quantities: [], services: [],
  });
}

/** Adds one segment of the claim's own (not a 2110's) to the claim. */
export function addClaimSegment<S extends SegmentLike>(r: Fields<S>, out: Loop2100, s: S): void {
  switch (s.id) {
    case 'CAS': out.adjustments = append(out.adjustments, adjustment(r, s, '2100')); break;
    case 'NM1':
      if (r.str(s, 1) === 'QC') out.patient = entity(r, s);
      else out.otherNames = append(out.otherNames, entity(r, s));
      break;
    case 'MIA': out.inpatientAdjudication = r.rest(s, 1); break;
    case 'MOA': out.outpatientAdjudication = r.rest(s, 1); break;
    case 'REF': out.references = append(out.references, { qualifier: r.str(s, 1), value: r.str(s, 2) }); break;
    case 'DTM': out.dates = dateRef(r, s, '2100', out.dates); break;
    case 'PER': out.contacts = append(out.contacts, contact(r, s)); break;
    case 'AMT': out.amounts = append(out.amounts, { qualifier: r.str(s, 1), amount: r.money(s, 2, '2100') }); break;
    case 'QTY': out.quantities = append(out.quantities, { qualifier: r.str(s, 1), quantity: r.str(s, 2) }); break;
  }
}

export function providerAdjustment(r: FieldReader, s: Segment): ProviderAdjustment {
  const adjustments: ProviderAdjustment['adjustments'] = [];
  for (let n = 3; n <= 13; n += 2) {
    if (!r.opt(s, n)) continue;
    const c = r.components(s, n);
    adjustments.push(({ reasonCode: c[0] ?? '', referenceIdentifier: c[1] || undefined, amount: r.money(s, n + 1) }));
  }
  return ({ providerIdentifier: r.str(s, 1), fiscalPeriodDate: r.date(s, 2), adjustments });
}
