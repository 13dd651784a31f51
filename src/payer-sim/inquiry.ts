// Real-time answers: coverage for a 270 from the roster and accumulators, claim status for a 276
// from what the payer received.
import type { Claim } from '../claims/index';
import type { CalendarDate } from '../dates/index';
import type { Cents } from '../money/index';
import type { ClaimStatusAnswer, CoverageAnswer, x835 } from '../x12/index';
import type { Member, PayerRules } from './rules';
import type { AdjudicationState } from './state';

export interface ClaimRecordAtPayer {
  claim: Claim;
  status: 'rejected' | 'adjudicated';
  receivedOn: CalendarDate;
  clp?: x835.Loop2100;
  paidOn?: CalendarDate;
  trace?: string;
}

export function coverageAnswer(member: Member | undefined, dos: CalendarDate, rules: PayerRules, state: AdjudicationState): CoverageAnswer {
  if (!member) return { status: { rejectReasonCode: '75', followUpActionCode: 'C' } };
  const active = dos >= member.coverageBegin && (!member.coverageEnd || dos <= member.coverageEnd);
  const plan = { ...rules.defaultPlan, ...member.plan };
  const [y, m] = dos.split('-').map(Number) as [number, number];
  const planYear = m >= plan.planYearStartMonth ? y : y - 1;
  const acc = state.accumulators.get(`${member.payerId}|${member.memberId}|${planYear}`);
  const c = (n: number) => Math.max(0, n) as Cents;
  return {
    status: active ? 'active' : 'inactive',
    planName: member.planName,
    insuranceTypeCode: 'PR',
    planBegin: member.coverageBegin as CalendarDate,
    ...(member.coverageEnd ? { planEnd: member.coverageEnd as CalendarDate } : {}),
    ...(member.groupNumber ? { groupNumber: member.groupNumber } : {}),
    copays: [{ serviceTypeCodes: ['30'], amount: c(plan.copay), network: 'in' }],
    coinsurance: [{ basisPoints: plan.coinsuranceBasisPoints, network: 'in' }],
    deductible: { individual: { total: c(plan.deductible), remaining: c(plan.deductible - (acc?.deductibleMet ?? 0)) } },
    outOfPocket: { individual: { total: c(plan.outOfPocketMax), remaining: c(plan.outOfPocketMax - (acc?.outOfPocketMet ?? 0)) } },
  };
}

/** 277 STC for one claim: A4 not found, A7 rejected, F1/F2 finalized paid or denied, F0 for a reversal. */
export function claimStatusAnswer(record: ClaimRecordAtPayer | undefined, today: CalendarDate): ClaimStatusAnswer {
  if (!record) return { statuses: [{ statuses: [{ categoryCode: 'A4', statusCode: '35' }], effectiveDate: today }] };
  if (record.status === 'rejected' || !record.clp) {
    return { statuses: [{ statuses: [{ categoryCode: 'A7', statusCode: '21' }], effectiveDate: record.receivedOn, chargeAmount: record.claim.totalCharge }] };
  }
  const clp = record.clp;
  const denied = clp.claimStatusCode === '4';
  return {
    payerClaimControlNumber: clp.payerClaimControlNumber!,
    statuses: [{
      statuses: [{ categoryCode: denied ? 'F2' : 'F1', statusCode: denied ? '88' : '65' }],
      effectiveDate: record.paidOn ?? today, chargeAmount: clp.totalClaimChargeAmount, paymentAmount: clp.claimPaymentAmount,
      ...(record.paidOn ? { adjudicationDate: record.paidOn } : {}),
      paymentMethodCode: clp.claimPaymentAmount > 0 ? 'ACH' : 'NON', ...(record.trace ? { checkNumber: record.trace } : {}),
    }],
  };
}
