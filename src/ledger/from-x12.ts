// Maps the X12 835 parser's model (src/x12/835, loops and elements as the guide names them) onto the
// RemittancePayment that posting works from. Lossy on purpose: only what posting needs. Anything that
// cannot be mapped faithfully is reported, never guessed silently.
import type { CalendarDate } from '../dates/index';
import { cents } from '../money/index';
import type { x835 } from '../x12/index';
import type {
  CasAdjustment, ClaimAdjustmentGroupCode, ClaimStatusCode, ProviderLevelAdjustmentItem, RemittanceClaimPayment, RemittancePayment, ServicePayment,
} from './remittance';

export interface MappingFinding {
  code: 'unknown_claim_status' | 'unknown_adjustment_group' | 'no_payment_date' | 'debit_payment';
  message: string;
  patientControlNumber?: string;
}

export interface RemittanceContext {
  tenantId: string;
  /** Our payer (payers.id), resolved by the caller from N1*PR / TRN03. */
  payerId: string;
  remittanceId?: string;
  /** Used when BPR16 is absent or invalid: the production date (DTM*405), else this date (e.g. the day the file was received). */
  receivedOn: CalendarDate;
}

const STATUSES: ReadonlySet<string> = new Set(['1', '2', '3', '4', '19', '20', '21', '22', '23', '25']);
const GROUPS: ReadonlySet<string> = new Set(['CO', 'PR', 'OA', 'PI', 'CR']);

function adjustmentsOf(cas: readonly x835.ClaimAdjustment[], findings: MappingFinding[], pcn: string): CasAdjustment[] {
  return cas.flatMap((g) => {
    let group = g.groupCode as ClaimAdjustmentGroupCode;
    if (!GROUPS.has(g.groupCode)) {
      findings.push({ code: 'unknown_adjustment_group', patientControlNumber: pcn, message: `CAS01 ${g.groupCode} is not a claim adjustment group code; treated as OA` });
      group = 'OA';
    }
    return g.reasons.map((r) => {
      const quantity = r.quantity === undefined ? undefined : Number(r.quantity);
      return { group, reason: r.carcCode, amount: r.amount, ...(quantity !== undefined && Number.isFinite(quantity) ? { quantity } : {}) };
    });
  });
}

function count(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

function servicePayment(s: x835.Loop2110, findings: MappingFinding[], pcn: string): ServicePayment {
  const date = s.serviceDates.find((d) => d.qualifier === '472') ?? s.serviceDates.find((d) => d.qualifier === '150');
  const units = count(s.unitsOfServicePaidCount) ?? 1; // SVC05 is situational: absent means one unit
  const originalUnits = count(s.originalUnitsOfServiceCount);
  const ref = s.references.find((r) => r.qualifier === '6R');
  return {
    procedure: { qualifier: s.procedure.qualifier, code: s.procedure.code, modifiers: [...s.procedure.modifiers] },
    charge: s.lineItemChargeAmount,
    paid: s.lineItemProviderPaymentAmount,
    units,
    ...(s.revenueCode ? { revenueCode: s.revenueCode } : {}),
    ...(s.originalProcedure ? { originalProcedure: { qualifier: s.originalProcedure.qualifier, code: s.originalProcedure.code, modifiers: [...s.originalProcedure.modifiers] } } : {}),
    ...(originalUnits !== undefined ? { originalUnits } : {}),
    ...(ref ? { lineItemControlNumber: ref.value } : {}),
    ...(date ? { serviceDate: date.date } : {}),
    adjustments: adjustmentsOf(s.adjustments, findings, pcn),
    remarkCodes: s.remarks.filter((r) => r.qualifier === 'HE').map((r) => r.code),
  };
}

/** MOA03-07 and MIA05, MIA20-23 carry claim-level remark codes. */
function claimRemarks(c: x835.Loop2100): string[] {
  const moa = (c.outpatientAdjudication ?? []).slice(2, 7);
  const mia = c.inpatientAdjudication ? [c.inpatientAdjudication[4], ...c.inpatientAdjudication.slice(19, 23)] : [];
  return [...moa, ...mia].filter((x): x is string => !!x && x.trim() !== '');
}

function claimPayment(c: x835.Loop2100, findings: MappingFinding[]): RemittanceClaimPayment | undefined {
  const pcn = c.patientControlNumber;
  if (!STATUSES.has(c.claimStatusCode)) {
    findings.push({ code: 'unknown_claim_status', patientControlNumber: pcn, message: `CLP02 ${c.claimStatusCode} is not a claim status code; the claim payment was not posted` });
    return undefined;
  }
  const from = c.dates.find((d) => d.qualifier === '232');
  return {
    patientControlNumber: pcn,
    claimStatusCode: c.claimStatusCode as ClaimStatusCode,
    totalCharge: c.totalClaimChargeAmount,
    paidAmount: c.claimPaymentAmount,
    ...(c.patientResponsibilityAmount !== undefined ? { patientResponsibility: c.patientResponsibilityAmount } : {}),
    claimFilingIndicator: c.claimFilingIndicatorCode,
    ...(c.payerClaimControlNumber ? { payerClaimControlNumber: c.payerClaimControlNumber } : {}),
    adjustments: adjustmentsOf(c.adjustments, findings, pcn),
    serviceLines: c.services.map((s) => servicePayment(s, findings, pcn)),
    remarkCodes: claimRemarks(c),
    ...(from ? { statementFrom: from.date } : {}),
  };
}

export function remittanceFromX12(r: x835.Remittance835, ctx: RemittanceContext): { payment: RemittancePayment; findings: MappingFinding[] } {
  const findings: MappingFinding[] = [];
  const bpr = r.financialInformation;
  const date = bpr.checkIssueOrEftEffectiveDate ?? r.productionDate ?? ctx.receivedOn;
  if (!bpr.checkIssueOrEftEffectiveDate) findings.push({ code: 'no_payment_date', message: `BPR16 is missing or invalid; postings are dated ${date}` });
  // BPR03 D: the provider owes the payer (a net negative payment, e.g. recoupments exceeding payments).
  const debit = bpr.creditDebitFlagCode === 'D';
  if (debit) findings.push({ code: 'debit_payment', message: `BPR03 D: this 835 takes ${bpr.totalActualProviderPaymentAmount} cents from the provider` });
  const plb: ProviderLevelAdjustmentItem[] = r.providerAdjustments.flatMap((p) =>
    p.adjustments.map((a) => ({
      providerIdentifier: p.providerIdentifier,
      ...(p.fiscalPeriodDate ? { fiscalPeriodDate: p.fiscalPeriodDate } : {}),
      reasonCode: a.reasonCode,
      ...(a.referenceIdentifier ? { referenceIdentifier: a.referenceIdentifier } : {}),
      amount: a.amount,
    })),
  );
  const payment: RemittancePayment = {
    tenantId: ctx.tenantId,
    payerId: ctx.payerId,
    traceNumber: r.reassociationTrace.checkOrEftTraceNumber,
    payerIdentifier: r.reassociationTrace.payerIdentifier,
    totalPayment: debit ? cents(0 - bpr.totalActualProviderPaymentAmount) : bpr.totalActualProviderPaymentAmount,
    paymentDate: date,
    ...(ctx.remittanceId ? { remittanceId: ctx.remittanceId } : {}),
    claims: claimPaymentsFromX12(r.loop2000.flatMap((lx) => lx.claims), findings),
    providerAdjustments: plb,
  };
  return { payment, findings };
}

/** Claim payments (CLP loops) mapped one batch at a time, for an 835 read as a stream; a CLP that cannot be mapped is left out and reported. */
export function claimPaymentsFromX12(claims: readonly x835.Loop2100[], findings: MappingFinding[]): RemittanceClaimPayment[] {
  return claims.flatMap((c) => claimPayment(c, findings) ?? []);
}
