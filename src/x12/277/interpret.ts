// What a 277 says about each claim, in words a biller acts on: the category (acknowledged,
// pending, finalized, rejected...), the status code's meaning, the entity it concerns, amounts.
import { formatUsd } from '../deps';
import type { CalendarDate, Cents } from '../deps';
import type { DatePeriod, EntityName } from '../inquiry-common/index';
import { CLAIM_STATUS_CATEGORIES, CLAIM_STATUS_CODES, PAYMENT_METHOD_CODES, STATUS_ENTITY_CODES } from './codes';
import type { StatusOutcome } from './codes';
import type { ClaimStatusCode, Loop2200Status, StatusInformation, Transaction277 } from './model';

export interface ExplainedStatus {
  categoryCode: string;
  statusCode: string;
  entityCode?: string;
  outcome: StatusOutcome;
  /** One sentence: category, status meaning, entity. */
  explanation: string;
}

export interface ExplainedStatusInformation {
  statuses: ExplainedStatus[];
  effectiveDate?: CalendarDate;
  chargeAmount?: Cents;
  paymentAmount?: Cents;
  adjudicationDate?: CalendarDate;
  paymentMethod?: string;
  checkIssueDate?: CalendarDate;
  checkNumber?: string;
}

export interface ClaimStatusResult {
  /** TRN02: the trace number of our 276. */
  traceNumber: string;
  patientControlNumber?: string;
  payerClaimControlNumber?: string;
  payer?: string;
  provider?: { name?: string; id?: string };
  subscriber: { name: string; memberId?: string };
  /** The dependent patient, when the claim sits under 2000E. */
  patient?: { name: string };
  serviceDate?: DatePeriod;
  /** The outcome of the first (most current) status. */
  outcome: StatusOutcome;
  /** One line for a work queue: outcome, amounts, dates, payment reference. */
  summary: string;
  /** Claim-level STC segments, first one first. */
  statuses: ExplainedStatusInformation[];
  lines: { procedureCode: string; lineItemControlNumber?: string; chargeAmount?: Cents; paymentAmount?: Cents; statuses: ExplainedStatusInformation[] }[];
}

export interface ClaimStatusReport {
  claims: ClaimStatusResult[];
  /** 2200B/2200C statuses about the receiver or provider as a whole (e.g. E0 errors in the 276). */
  levelStatuses: { loop: '2200B' | '2200C'; entity?: string; statuses: ExplainedStatusInformation[] }[];
}

export function explainStatus(c: ClaimStatusCode): ExplainedStatus {
  const category = CLAIM_STATUS_CATEGORIES[c.categoryCode];
  const meaning = CLAIM_STATUS_CODES[c.statusCode];
  const entity = c.entityIdentifierCode ? STATUS_ENTITY_CODES[c.entityIdentifierCode] ?? `entity ${c.entityIdentifierCode}` : undefined;
  const parts = [
    category ? category.meaning : `Status category ${c.categoryCode}`,
    c.codeListQualifier === 'RX' ? `NCPDP reject/payment code ${c.statusCode}` : meaning ?? `status code ${c.statusCode}`,
  ];
  return {
    categoryCode: c.categoryCode,
    statusCode: c.statusCode,
    entityCode: c.entityIdentifierCode,
    outcome: category?.outcome ?? 'other',
    explanation: `${parts.join('. ')}${entity ? ` (concerns the ${entity})` : ''}.`,
  };
}

function explainInformation(s: StatusInformation): ExplainedStatusInformation {
  return {
    statuses: s.statuses.map(explainStatus),
    effectiveDate: s.effectiveDate,
    chargeAmount: s.chargeAmount,
    paymentAmount: s.paymentAmount,
    adjudicationDate: s.adjudicationDate,
    paymentMethod: s.paymentMethodCode ? PAYMENT_METHOD_CODES[s.paymentMethodCode] ?? s.paymentMethodCode : undefined,
    checkIssueDate: s.checkIssueDate,
    checkNumber: s.checkNumber,
  };
}

function personName(n: EntityName): string {
  return [n.firstName, n.middleName, n.lastOrOrganizationName].filter(Boolean).join(' ');
}

interface Context {
  payer?: string;
  provider?: { name?: string; id?: string };
  subscriber: EntityName;
  patient?: EntityName;
}

const OUTCOME_WORDS: Record<StatusOutcome, string> = {
  acknowledged: 'Acknowledged',
  rejected: 'Rejected',
  pending: 'Pending',
  information_requested: 'Information requested',
  finalized: 'Finalized',
  paid: 'Paid',
  denied: 'Denied',
  not_found: 'Not found',
  error: 'Status request error',
  other: 'Status',
};

/** "Paid $120.00 of $175.50, adjudicated 2026-11-24 (check/EFT EFT778899): Finalized and paid. ..." */
export function summarize(outcome: StatusOutcome, first: ExplainedStatusInformation | undefined): string {
  if (!first) return 'No status reported';
  const money = first.paymentAmount !== undefined && first.chargeAmount !== undefined ? ` ${formatUsd(first.paymentAmount)} of ${formatUsd(first.chargeAmount)}` : first.chargeAmount !== undefined ? ` (charge ${formatUsd(first.chargeAmount)})` : '';
  const when = first.adjudicationDate ? `, adjudicated ${first.adjudicationDate}` : first.effectiveDate ? `, as of ${first.effectiveDate}` : '';
  const ref = first.checkNumber ? ` (check/EFT ${first.checkNumber})` : '';
  return `${OUTCOME_WORDS[outcome]}${money}${when}${ref}: ${first.statuses.map((s) => s.explanation).join(' ')}`;
}

function claimResult(c: Loop2200Status, ctx: Context): ClaimStatusResult {
  const statuses = c.statuses.map(explainInformation);
  const outcome = statuses[0]?.statuses[0]?.outcome ?? 'other';
  return {
    traceNumber: c.trace.referenceIdentification,
    patientControlNumber: c.patientControlNumber,
    payerClaimControlNumber: c.payerClaimControlNumber,
    payer: ctx.payer,
    provider: ctx.provider,
    subscriber: { name: personName(ctx.subscriber), memberId: ctx.subscriber.identificationCode },
    patient: ctx.patient ? { name: personName(ctx.patient) } : undefined,
    serviceDate: c.serviceDate,
    outcome,
    summary: summarize(outcome, statuses[0]),
    statuses,
    lines: c.loop2220.map((l) => ({
      procedureCode: l.service.procedureCode,
      lineItemControlNumber: l.lineItemControlNumber,
      chargeAmount: l.service.lineItemChargeAmount,
      paymentAmount: l.service.lineItemPaymentAmount,
      statuses: l.statuses.map(explainInformation),
    })),
  };
}

/** Every claim of a 277 with its status explained, plus any receiver- or provider-level status. */
export function interpretClaimStatus277(model: Transaction277): ClaimStatusReport {
  const report: ClaimStatusReport = { claims: [], levelStatuses: [] };
  for (const a of model.loop2000A) {
    const payer = a.loop2100A.name.lastOrOrganizationName;
    for (const b of a.loop2000B) {
      if (b.loop2200B) report.levelStatuses.push({ loop: '2200B', entity: b.loop2100B.name.lastOrOrganizationName, statuses: b.loop2200B.statuses.map(explainInformation) });
      for (const c of b.loop2000C) {
        const name = c.loop2100C.name;
        const provider = { name: name.lastOrOrganizationName, id: name.identificationCode };
        if (c.loop2200C) report.levelStatuses.push({ loop: '2200C', entity: name.lastOrOrganizationName, statuses: c.loop2200C.statuses.map(explainInformation) });
        for (const d of c.loop2000D) {
          const base = { payer, provider, subscriber: d.loop2100D.name };
          report.claims.push(...d.loop2200D.map((claim) => claimResult(claim, base)));
          for (const e of d.loop2000E) report.claims.push(...e.loop2200E.map((claim) => claimResult(claim, { ...base, patient: e.loop2100E.name })));
        }
      }
    }
  }
  return report;
}
