// 835 generator (for the payer simulator and tests): Remittance835 to segments ST..SE, SE01 counted.
import type { Delimiters } from '../index-types';
import { DEFAULT_DELIMITERS } from '../segment';
import { composite, seg, type OutSegment } from '../writer';
import { toDecimal, toX12Date, type Cents } from '../deps';
import type { Address, ClaimAdjustment, Contact, EntityName, Loop2100, Loop2110, ProcedureIdentifier, Remittance835 } from './types';

const money = (c: Cents | undefined): string | undefined => (c === undefined ? undefined : toDecimal(c));

export function generate835(r: Remittance835, delimiters: Delimiters = DEFAULT_DELIMITERS): OutSegment[] {
  const out: OutSegment[] = [seg('ST', '835', r.transactionSetControlNumber, r.implementationConventionReference)];
  const f = r.financialInformation;
  const banking = [...f.banking];
  while (banking.length < 11) banking.push('');
  out.push(seg('BPR', f.transactionHandlingCode, money(f.totalActualProviderPaymentAmount), f.creditDebitFlagCode, f.paymentMethodCode, ...banking, f.checkIssueOrEftEffectiveDate && toX12Date(f.checkIssueOrEftEffectiveDate)));
  const t = r.reassociationTrace;
  out.push(seg('TRN', t.traceTypeCode, t.checkOrEftTraceNumber, t.payerIdentifier, t.originatingCompanySupplementalCode));
  if (r.currency) out.push(seg('CUR', r.currency.entityIdentifierCode, r.currency.currencyCode));
  if (r.receiverIdentification !== undefined) out.push(seg('REF', 'EV', r.receiverIdentification));
  if (r.versionIdentification !== undefined) out.push(seg('REF', 'F2', r.versionIdentification));
  if (r.productionDate) out.push(seg('DTM', '405', toX12Date(r.productionDate)));
  const a = r.loop1000A;
  out.push(seg('N1', 'PR', a.name, a.identificationCodeQualifier, a.identificationCode));
  address(a.address, out);
  for (const x of a.references) out.push(seg('REF', x.qualifier, x.value));
  for (const c of a.contacts) out.push(contact(c));
  const b = r.loop1000B;
  out.push(seg('N1', 'PE', b.name, b.identificationCodeQualifier, b.identificationCode));
  address(b.address, out);
  for (const x of b.references) out.push(seg('REF', x.qualifier, x.value));
  if (b.remittanceDeliveryMethod) out.push(seg('RDM', ...b.remittanceDeliveryMethod));
  for (const lx of r.loop2000) {
    out.push(seg('LX', lx.assignedNumber));
    if (lx.providerSummary) out.push(seg('TS3', ...lx.providerSummary));
    if (lx.providerSupplementalSummary) out.push(seg('TS2', ...lx.providerSupplementalSummary));
    for (const c of lx.claims) claimSegments(c, delimiters, out);
  }
  for (const p of r.providerAdjustments) {
    const pairs = p.adjustments.flatMap((x, i) => [composite(delimiters, `PLB${String(3 + i * 2).padStart(2, '0')}`, x.reasonCode, x.referenceIdentifier), toDecimal(x.amount)]);
    out.push(seg('PLB', p.providerIdentifier, p.fiscalPeriodDate && toX12Date(p.fiscalPeriodDate), ...pairs));
  }
  out.push(seg('SE', String(out.length + 1), r.transactionSetControlNumber));
  return out;
}

/** The segments of one Loop 2100 (CLP..2110s), appended to `out`. */
export function claimSegments(c: Loop2100, d: Delimiters, out: OutSegment[]): void {
  out.push(seg('CLP', c.patientControlNumber, c.claimStatusCode, money(c.totalClaimChargeAmount), money(c.claimPaymentAmount), money(c.patientResponsibilityAmount), c.claimFilingIndicatorCode, c.payerClaimControlNumber, c.facilityTypeCode, c.claimFrequencyCode, undefined, c.drgCode, c.drgWeight, c.dischargeFraction));
  for (const x of c.adjustments) out.push(cas(x));
  out.push(nm1(c.patient));
  for (const n of c.otherNames) out.push(nm1(n));
  if (c.inpatientAdjudication) out.push(seg('MIA', ...c.inpatientAdjudication));
  if (c.outpatientAdjudication) out.push(seg('MOA', ...c.outpatientAdjudication));
  for (const x of c.references) out.push(seg('REF', x.qualifier, x.value));
  for (const x of c.dates) out.push(seg('DTM', x.qualifier, toX12Date(x.date)));
  for (const x of c.contacts) out.push(contact(x));
  for (const x of c.amounts) out.push(seg('AMT', x.qualifier, toDecimal(x.amount)));
  for (const x of c.quantities) out.push(seg('QTY', x.qualifier, x.quantity));
  for (const s of c.services) serviceSegments(s, d, out);
}

function serviceSegments(s: Loop2110, d: Delimiters, out: OutSegment[]): void {
  out.push(seg('SVC', procedure(s.procedure, d, 'SVC01'), money(s.lineItemChargeAmount), money(s.lineItemProviderPaymentAmount), s.revenueCode, s.unitsOfServicePaidCount, s.originalProcedure && procedure(s.originalProcedure, d, 'SVC06'), s.originalUnitsOfServiceCount));
  for (const x of s.serviceDates) out.push(seg('DTM', x.qualifier, toX12Date(x.date)));
  for (const x of s.adjustments) out.push(cas(x));
  for (const x of s.references) out.push(seg('REF', x.qualifier, x.value));
  for (const x of s.amounts) out.push(seg('AMT', x.qualifier, toDecimal(x.amount)));
  for (const x of s.quantities) out.push(seg('QTY', x.qualifier, x.quantity));
  for (const x of s.remarks) out.push(seg('LQ', x.qualifier, x.code));
}

function procedure(p: ProcedureIdentifier, d: Delimiters, ref: string): string {
  const mods = [...p.modifiers];
  while (mods.length < 4) mods.push('');
  return composite(d, ref, p.qualifier, p.code, ...mods, p.description);
}

function cas(x: ClaimAdjustment): OutSegment {
  return seg('CAS', x.groupCode, ...x.reasons.flatMap((r) => [r.carcCode, toDecimal(r.amount), r.quantity]));
}

function nm1(n: EntityName): OutSegment {
  return seg('NM1', n.entityIdentifierCode, n.entityTypeQualifier, n.lastOrOrganizationName, n.firstName, n.middleName, undefined, n.suffix, n.identificationCodeQualifier, n.identificationCode);
}

function contact(c: Contact): OutSegment {
  return seg('PER', c.functionCode, c.name, ...c.communications.flatMap((x) => [x.qualifier, x.number]));
}

function address(a: Address | undefined, out: OutSegment[]): void {
  if (!a) return;
  if (a.line1 || a.line2) out.push(seg('N3', a.line1, a.line2));
  out.push(seg('N4', a.city, a.state, a.postalCode, a.countryCode, undefined, undefined, a.countrySubdivisionCode));
}
