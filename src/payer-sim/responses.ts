// Builds the simulator's answers as typed X12 objects: the 277CA for the claims of one interchange,
// and the 835 per billing provider. Pure: dates and numbers are passed in.
import type { Claim } from '../claims/index';
import { toX12Date, type CalendarDate } from '../dates/index';
import type { Cents } from '../money/index';
import type { x277ca, x835 } from '../x12/index';
import type { FrontEndRejection } from './front-end';
import type { PayerRules } from './rules';

export interface Acknowledged {
  claim: Claim;
  rejections: FrontEndRejection[];
  /** The payer claim control number when accepted. */
  payerClaimControlNumber?: string;
}

const person = (claim: Claim): x277ca.EntityName => {
  const p = claim.patient ?? claim.subscriber;
  return { entityIdentifierCode: 'QC', entityTypeQualifier: '1', lastOrOrganizationName: p.lastName, firstName: p.firstName, identificationCodeQualifier: 'MI', identificationCode: claim.subscriber.memberId };
};

function claimAck(a: Acknowledged, today: string): x277ca.Loop2200D {
  const statuses: x277ca.StatusInformation[] = a.rejections.length === 0
    ? [{ status: { categoryCode: 'A2', statusCode: '20' }, statusInformationEffectiveDate: today, actionCode: 'WQ', totalSubmittedCharges: a.claim.totalCharge, additionalStatuses: [] }]
    : a.rejections.map((r) => ({
      status: { categoryCode: r.categoryCode, statusCode: r.statusCode, entityIdentifierCode: r.entityIdentifierCode },
      statusInformationEffectiveDate: today, actionCode: 'U', totalSubmittedCharges: a.claim.totalCharge, additionalStatuses: [], freeFormMessageText: r.message.toUpperCase().replace(/[*~:^]/g, ' ').slice(0, 264),
    }));
  return {
    claimStatusTrackingNumber: a.claim.patientControlNumber,
    statuses,
    references: a.payerClaimControlNumber ? [{ qualifier: '1K', value: a.payerClaimControlNumber }] : [],
    serviceDate: { format: 'RD8', value: `${toX12Date(a.claim.statementFrom)}-${toX12Date(a.claim.statementTo)}` },
    serviceLines: [],
  };
}

function byBillingNpi<T extends { claim: Claim }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const i of items) out.set(i.claim.billingProvider.npi, [...(out.get(i.claim.billingProvider.npi) ?? []), i]);
  return out;
}

export function build277CA(acks: readonly Acknowledged[], rules: PayerRules, receiver: { name: string; id: string }, today: CalendarDate, time: string, reference: string): x277ca.ClaimAcknowledgment277CA {
  const d = toX12Date(today);
  const total = (xs: readonly Acknowledged[]) => xs.reduce((s, a) => s + a.claim.totalCharge, 0) as Cents;
  const accepted = acks.filter((a) => a.rejections.length === 0);
  const rejected = acks.filter((a) => a.rejections.length > 0);
  const providers = [...byBillingNpi(acks)].map(([npi, items]): x277ca.Loop2000C => ({
    billingProvider: { entityIdentifierCode: '85', entityTypeQualifier: '2', lastOrOrganizationName: items[0]!.claim.billingProvider.lastNameOrOrganization, identificationCodeQualifier: 'XX', identificationCode: npi },
    statuses: [], references: [], quantities: [], amounts: [],
    patients: items.map((a) => ({ patient: person(a.claim), claims: [claimAck(a, d)] })),
  }));
  return {
    transactionSetControlNumber: '0001',
    originatorApplicationTransactionIdentifier: reference,
    creationDate: d,
    creationTime: time,
    informationSources: [{
      payer: { entityIdentifierCode: 'PR', entityTypeQualifier: '2', lastOrOrganizationName: rules.payerName, identificationCodeQualifier: 'PI', identificationCode: rules.senderId },
      trace: { traceTypeCode: '1', referenceIdentification: reference },
      receiptDate: d, processDate: d,
      receivers: [{
        informationReceiver: { entityIdentifierCode: '41', entityTypeQualifier: '2', lastOrOrganizationName: receiver.name, identificationCodeQualifier: '46', identificationCode: receiver.id },
        trace: { traceTypeCode: '2', referenceIdentification: reference },
        statuses: [{ status: { categoryCode: 'A1', statusCode: '19', entityIdentifierCode: 'PR' }, statusInformationEffectiveDate: d, additionalStatuses: [] }],
        quantities: [...(accepted.length ? [{ qualifier: '90', quantity: String(accepted.length) }] : []), ...(rejected.length ? [{ qualifier: 'AA', quantity: String(rejected.length) }] : [])],
        amounts: [...(accepted.length ? [{ qualifier: 'YU', amount: total(accepted) }] : []), ...(rejected.length ? [{ qualifier: 'YY', amount: total(rejected) }] : [])],
        providers,
      }],
    }],
  };
}

/** One 835 for one billing provider: BPR02 = ΣCLP04 − ΣPLB; a net recoupment is carried forward in a PLB FB. */
export function build835(claims: readonly x835.Loop2100[], payee: { name: string; npi: string }, payer: { name: string; payerId: string }, rules: PayerRules, today: CalendarDate, trace: string): x835.Remittance835 {
  const net = claims.reduce((s, c) => s + c.claimPaymentAmount, 0);
  const plb: x835.ProviderAdjustment[] = net < 0
    ? [{ providerIdentifier: payee.npi, fiscalPeriodDate: `${today.slice(0, 4)}-12-31` as CalendarDate, adjustments: [{ reasonCode: 'FB', referenceIdentifier: trace, amount: net as Cents }] }]
    : [];
  const payment = (net < 0 ? 0 : net) as Cents;
  return {
    transactionSetControlNumber: '0001',
    financialInformation: {
      transactionHandlingCode: payment > 0 ? 'C' : 'H', totalActualProviderPaymentAmount: payment, creditDebitFlagCode: 'C',
      paymentMethodCode: payment > 0 ? 'ACH' : 'NON', banking: [], checkIssueOrEftEffectiveDate: today,
    },
    reassociationTrace: { traceTypeCode: '1', checkOrEftTraceNumber: trace, payerIdentifier: '1999999999' },
    productionDate: today,
    loop1000A: {
      name: payer.name.toUpperCase().slice(0, 60), references: [{ qualifier: '2U', value: payer.payerId }],
      address: { line1: rules.payerAddress.line1, city: rules.payerAddress.city, state: rules.payerAddress.state, postalCode: rules.payerAddress.postalCode },
      contacts: [{ functionCode: 'BL', name: 'EDI SUPPORT', communications: [{ qualifier: 'TE', number: '8005550100' }] }],
    },
    loop1000B: { name: payee.name, identificationCodeQualifier: 'XX', identificationCode: payee.npi, references: [] },
    loop2000: [{ assignedNumber: '1', claims: [...claims] }],
    providerAdjustments: plb,
  };
}
