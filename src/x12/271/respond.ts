// Answers a 270 the way a payer would, for the payer simulator and end-to-end tests: the request's
// parties and trace numbers are echoed (TRN*1 becomes TRN*2) and the coverage is stated in EB loops.
import type { CalendarDate, Cents } from '../deps';
import type { DatePeriod } from '../inquiry-common/index';
import type { Loop2100Member270, Transaction270 } from '../270/index';
import type { EligibilityBenefit, Loop2100Member271, Loop2110Benefit, Transaction271 } from './model';

interface Amounts {
  total?: Cents;
  remaining?: Cents;
}

export interface CoverageAnswer {
  /** active / inactive, or an AAA rejection at the member level (e.g. 75 subscriber not found). */
  status: 'active' | 'inactive' | { rejectReasonCode: string; followUpActionCode?: string };
  planName?: string;
  /** EB04, e.g. PR PPO, HM HMO, MB Medicare Part B. */
  insuranceTypeCode?: string;
  planBegin?: CalendarDate;
  planEnd?: CalendarDate;
  groupNumber?: string;
  copays?: { serviceTypeCodes: string[]; amount: Cents; network?: 'in' | 'out' }[];
  coinsurance?: { serviceTypeCodes?: string[]; basisPoints: number; network?: 'in' | 'out' }[];
  deductible?: { individual?: Amounts; family?: Amounts };
  outOfPocket?: { individual?: Amounts; family?: Amounts };
}

export interface ResponseIds {
  transactionSetControlNumber: string;
  createdAt: { date: CalendarDate; time: string };
}

/** Basis points as an EB08 decimal: 2000 -> '.2', 12500 -> '1.25'. */
export function basisPointsToPercent(basisPoints: number): string {
  const whole = Math.floor(basisPoints / 10_000);
  const frac = String(basisPoints % 10_000).padStart(4, '0').replace(/0+$/, '');
  return frac ? `${whole > 0 ? whole : ''}.${frac}` : String(whole);
}

function eb(partial: Partial<EligibilityBenefit> & { code: string }): Loop2110Benefit {
  return {
    benefit: { serviceTypeCodes: ['30'], diagnosisCodePointers: [], ...partial },
    servicesDelivery: [],
    references: [],
    dates: [],
    requestValidations: [],
    messages: [],
    loop2115: [],
  };
}

function network(n: 'in' | 'out' | undefined): string | undefined {
  return n === 'in' ? 'Y' : n === 'out' ? 'N' : undefined;
}

function accumulators(code: 'C' | 'G', a: CoverageAnswer['deductible']): Loop2110Benefit[] {
  const out: Loop2110Benefit[] = [];
  for (const [level, amounts] of [['IND', a?.individual], ['FAM', a?.family]] as const) {
    if (amounts?.total !== undefined) out.push(eb({ code, coverageLevelCode: level, timePeriodQualifier: '23', amount: amounts.total, inPlanNetwork: 'Y' }));
    if (amounts?.remaining !== undefined) out.push(eb({ code, coverageLevelCode: level, timePeriodQualifier: '29', amount: amounts.remaining, inPlanNetwork: 'Y' }));
  }
  return out;
}

function benefits(answer: CoverageAnswer): Loop2110Benefit[] {
  if (typeof answer.status === 'object') return [];
  const dates: DatePeriod[] = [
    ...(answer.planBegin ? [{ qualifier: '346', from: answer.planBegin }] : []),
    ...(answer.planEnd ? [{ qualifier: '347', from: answer.planEnd }] : []),
  ];
  const status = eb({ code: answer.status === 'active' ? '1' : '6', insuranceTypeCode: answer.insuranceTypeCode, planCoverageDescription: answer.planName });
  status.dates = dates;
  if (answer.groupNumber) status.references = [{ qualifier: '6P', value: answer.groupNumber }];
  if (answer.status === 'inactive') return [status];
  return [
    status,
    ...accumulators('C', answer.deductible),
    ...accumulators('G', answer.outOfPocket),
    ...(answer.coinsurance ?? []).map((c) => eb({ code: 'A', serviceTypeCodes: c.serviceTypeCodes ?? ['30'], percent: basisPointsToPercent(c.basisPoints), inPlanNetwork: network(c.network) })),
    ...(answer.copays ?? []).map((c) => eb({ code: 'B', serviceTypeCodes: c.serviceTypeCodes, timePeriodQualifier: '27', amount: c.amount, inPlanNetwork: network(c.network) })),
  ];
}

function answerMember(m: Loop2100Member270, answer: CoverageAnswer, answers: boolean): Loop2100Member271 {
  const { inquiries: _asked, ...shared } = m;
  const rejected = typeof answer.status === 'object' ? answer.status : undefined;
  return {
    ...shared,
    requestValidations: answers && rejected ? [{ validRequestIndicator: 'Y', rejectReasonCode: rejected.rejectReasonCode, followUpActionCode: rejected.followUpActionCode ?? 'C' }] : [],
    benefits: answers ? benefits(answer) : [],
  };
}

const echo = (traces: readonly { traceTypeCode: string; referenceIdentification: string; originatingCompanyIdentifier?: string }[]) =>
  traces.map((t) => ({ ...t, traceTypeCode: '2' }));

/** The 271 a payer would send for `request`, answering every person asked about with `answer`. */
export function respondToEligibility270(request: Transaction270, answer: CoverageAnswer, ids: ResponseIds): Transaction271 {
  return {
    transactionSetControlNumber: ids.transactionSetControlNumber,
    implementationConventionReference: '005010X279A1',
    header: { ...request.header, transactionSetPurposeCode: '11', date: ids.createdAt.date, time: ids.createdAt.time },
    loop2000A: request.loop2000A.map((a) => ({
      requestValidations: [],
      loop2100A: { name: a.loop2100A.name, contacts: [], requestValidations: [] },
      loop2000B: a.loop2000B.map((b) => ({
        loop2100B: { name: b.loop2100B.name, references: b.loop2100B.references, requestValidations: [] },
        loop2000C: b.loop2000C.map((c) => ({
          traces: echo(c.traces),
          // The answer goes where the question was asked: the subscriber, or the dependent.
          loop2100C: answerMember(c.loop2100C, answer, c.loop2000D.length === 0),
          loop2000D: c.loop2000D.map((d) => ({ traces: echo(d.traces), loop2100D: answerMember(d.loop2100D, answer, true) })),
        })),
      })),
    })),
  };
}
