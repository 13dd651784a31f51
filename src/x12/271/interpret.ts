// What a 271 means for the front desk and the patient estimate: is the patient covered, under
// which plan and dates, what copay, coinsurance, deductible and out-of-pocket apply, and if the
// payer refused, why (AAA) in words.
import type { CalendarDate, Cents } from '../deps';
import type { DatePeriod, Reference } from '../inquiry-common/index';
import { accumulate } from './accumulate';
import { ELIGIBILITY_OR_BENEFIT_CODES, FOLLOW_UP_ACTION_CODES, REJECT_REASON_CODES, TIME_PERIOD_QUALIFIERS } from './codes';
import type { EligibilityBenefit, Loop2100Member271, Loop2110Benefit, RequestValidation, Transaction271 } from './model';

export type CoverageStatus = 'active' | 'inactive' | 'cannot_process' | 'rejected' | 'unknown';
export type Network = 'in' | 'out' | 'any';

/** One monetary benefit (copay, deductible, out of pocket) as the payer stated it. */
export interface BenefitAmount {
  amount: Cents;
  serviceTypeCodes: string[];
  network: Network;
  /** EB02: IND, FAM... */
  coverageLevel?: string;
  /** EB06 and its meaning (23 calendar year, 29 remaining...). */
  timePeriod?: { code: string; meaning: string };
  insuranceTypeCode?: string;
  planCoverageDescription?: string;
  messages: string[];
}

export interface BenefitPercent extends Omit<BenefitAmount, 'amount'> {
  /** EB08 as basis points: '.2' = 2000 (20%). */
  basisPoints: number;
}

/** A deductible or out-of-pocket accumulator for one coverage level and network. */
export interface Accumulator {
  /** The amount for the period (EB06 21/22/23/25/32...). */
  total?: Cents;
  /** What is left to meet (EB06 29 remaining / 33 lifetime remaining, or total - year to date). */
  remaining?: Cents;
  /** Met so far (EB06 24 year to date). */
  metToDate?: Cents;
}

export interface Rejection {
  /** Loop where the AAA stood: 2000A, 2100A, 2100B, 2100C, 2100D, 2110C, 2110D. */
  loop: string;
  code: string;
  meaning: string;
  followUpAction: string;
  followUpMeaning: string;
  /** AAA01: Y the request was valid but could not be answered, N the request itself was invalid. */
  validRequest: boolean;
}

export interface EligibilityResult {
  status: CoverageStatus;
  /** EB01 of the coverage-status benefit and its meaning. */
  statusCode?: { code: string; meaning: string };
  payer?: { name?: string; id?: string };
  member?: { lastName?: string; firstName?: string; memberId?: string; birthDate?: CalendarDate; isDependent: boolean };
  /** TRN*2 trace numbers echoed from our 270. */
  traceNumbers: string[];
  plan: {
    name?: string;
    insuranceTypeCode?: string;
    groupNumber?: string;
    groupName?: string;
    planNumber?: string;
    /** DTP*346 / 291 begin. */
    begin?: CalendarDate;
    /** DTP*347 / 291 end. */
    end?: CalendarDate;
    /** DTP*356 / 307 begin. */
    eligibilityBegin?: CalendarDate;
    /** DTP*357 / 307 end. */
    eligibilityEnd?: CalendarDate;
  };
  copays: BenefitAmount[];
  coinsurance: BenefitPercent[];
  deductibles: BenefitAmount[];
  outOfPocket: BenefitAmount[];
  /** Health benefit plan coverage (EB03 30 or none), in network unless told otherwise, by EB02 level. */
  deductible: { individual: Accumulator; family: Accumulator };
  outOfPocketMaximum: { individual: Accumulator; family: Accumulator };
  /** Copay and coinsurance for the service type asked about (default 30), in network. */
  copay?: Cents;
  coinsuranceBasisPoints?: number;
  rejections: Rejection[];
  /** MSG text from the payer. */
  messages: string[];
  /** Things a person should know about how the figures were read. */
  notes: string[];
}

export interface InterpretOptions {
  /** Service type for the copay/coinsurance summary (default '30'). */
  serviceTypeCode?: string;
  network?: 'in' | 'out';
}

function rejection(loop: string, v: RequestValidation): Rejection {
  return {
    loop,
    code: v.rejectReasonCode,
    meaning: REJECT_REASON_CODES[v.rejectReasonCode] ?? `Reject reason ${v.rejectReasonCode}`,
    followUpAction: v.followUpActionCode,
    followUpMeaning: FOLLOW_UP_ACTION_CODES[v.followUpActionCode] ?? `Follow-up action ${v.followUpActionCode}`,
    validRequest: v.validRequestIndicator === 'Y',
  };
}

function networkOf(b: EligibilityBenefit): Network {
  if (b.inPlanNetwork === 'Y') return 'in';
  if (b.inPlanNetwork === 'N') return 'out';
  return 'any';
}

/** EB08 '.2' -> 2000 basis points; values over 1 are read as a percent (some payers send '20'). */
export function percentToBasisPoints(text: string, notes: string[]): number | undefined {
  const m = /^(\d*)(?:\.(\d*))?$/.exec(text);
  if (!m || (m[1] === '' && (m[2] ?? '') === '')) return undefined;
  const whole = Number(m[1] || '0');
  const frac = (m[2] ?? '').padEnd(6, '0').slice(0, 6);
  const millionths = whole * 1_000_000 + Number(frac);
  if (whole > 1) {
    notes.push(`Coinsurance "${text}" is above 1; read as ${text}% (the guide asks for a decimal such as .20).`);
    return Math.round(millionths / 10_000);
  }
  return Math.round(millionths / 100);
}

function describe(b: EligibilityBenefit, l: Loop2110Benefit) {
  return {
    serviceTypeCodes: b.serviceTypeCodes,
    network: networkOf(b),
    coverageLevel: b.coverageLevelCode,
    timePeriod: b.timePeriodQualifier ? { code: b.timePeriodQualifier, meaning: TIME_PERIOD_QUALIFIERS[b.timePeriodQualifier] ?? b.timePeriodQualifier } : undefined,
    insuranceTypeCode: b.insuranceTypeCode,
    planCoverageDescription: b.planCoverageDescription,
    messages: l.messages,
  };
}

const ACTIVE = ['1', '2', '3', '4', '5'];
const INACTIVE = ['6', '7', '8'];

function isPlanLevel(codes: readonly string[]): boolean {
  return codes.length === 0 || codes.includes('30');
}

function coverageStatus(member: Loop2100Member271 | undefined, rejections: readonly Rejection[]): EligibilityResult['status'] {
  const codes = member?.benefits.map((l) => l.benefit.code) ?? [];
  if (codes.some((c) => ACTIVE.includes(c))) return 'active';
  if (codes.some((c) => INACTIVE.includes(c))) return 'inactive';
  if (codes.includes('V')) return 'cannot_process';
  return rejections.length > 0 ? 'rejected' : 'unknown';
}

type Source = Transaction271['loop2000A'][number];
type Receiver = Source['loop2000B'][number];
type SubscriberLevel = Receiver['loop2000C'][number];

/** One person a 271 answers about: a dependent (2000D) when there is one, else the subscriber. */
interface Patient271 {
  source: Source;
  receiver: Receiver;
  subscriber: SubscriberLevel;
  dependent?: SubscriberLevel['loop2000D'][number];
}

function patientsOf(model: Transaction271): Patient271[] {
  const out: Patient271[] = [];
  for (const source of model.loop2000A) {
    for (const receiver of source.loop2000B) {
      for (const subscriber of receiver.loop2000C) {
        if (subscriber.loop2000D.length === 0) out.push({ source, receiver, subscriber });
        for (const dependent of subscriber.loop2000D) out.push({ source, receiver, subscriber, dependent });
      }
    }
  }
  return out;
}

/** AAA rejections that bear on one patient: the source, receiver, subscriber and (if any) dependent levels. */
function collectRejections(source: Source | undefined, receiver?: Receiver, subscriber?: SubscriberLevel, dependent?: Patient271['dependent']): Rejection[] {
  const out: Rejection[] = [];
  const add = (loop: string, vs: readonly RequestValidation[]) => vs.forEach((v) => out.push(rejection(loop, v)));
  if (source) {
    add('2000A', source.requestValidations);
    add('2100A', source.loop2100A.requestValidations);
  }
  if (receiver) add('2100B', receiver.loop2100B.requestValidations);
  if (subscriber) {
    add('2100C', subscriber.loop2100C.requestValidations);
    subscriber.loop2100C.benefits.forEach((l) => add('2110C', l.requestValidations));
  }
  if (dependent) {
    add('2100D', dependent.loop2100D.requestValidations);
    dependent.loop2100D.benefits.forEach((l) => add('2110D', l.requestValidations));
  }
  return out;
}

function datesByQualifier(dates: readonly DatePeriod[], plan: EligibilityResult['plan']): void {
  for (const d of dates) {
    if (d.qualifier === '346') plan.begin ??= d.from;
    else if (d.qualifier === '347') plan.end ??= d.from;
    else if (d.qualifier === '356') plan.eligibilityBegin ??= d.from;
    else if (d.qualifier === '357') plan.eligibilityEnd ??= d.from;
    else if (d.qualifier === '291') {
      plan.begin ??= d.from;
      if (d.to) plan.end ??= d.to;
    } else if (d.qualifier === '307') {
      plan.eligibilityBegin ??= d.from;
      if (d.to) plan.eligibilityEnd ??= d.to;
    }
  }
}

function planReferences(refs: readonly Reference[], plan: EligibilityResult['plan']): void {
  for (const r of refs) {
    if (r.qualifier === '6P' || r.qualifier === '1L') {
      plan.groupNumber ??= r.value;
      plan.groupName ??= r.description;
    } else if (r.qualifier === '18') plan.planNumber ??= r.value;
  }
}

/** Sorts the member's EB loops into copays, coinsurance, deductibles and out of pocket, then the plan-level summary. */
function summarizeBenefits(member: Loop2100Member271, result: EligibilityResult, options: InterpretOptions): void {
  const notes = result.notes;
  for (const l of member.benefits) {
    const b = l.benefit;
    result.messages.push(...l.messages);
    result.plan.name ??= ACTIVE.includes(b.code) ? b.planCoverageDescription : undefined;
    if (b.code === 'A' && b.percent !== undefined) {
      const basisPoints = percentToBasisPoints(b.percent, notes);
      if (basisPoints !== undefined) result.coinsurance.push({ basisPoints, ...describe(b, l) });
    }
    if (b.amount === undefined) continue;
    if (b.code === 'B') result.copays.push({ amount: b.amount, ...describe(b, l) });
    else if (b.code === 'C') result.deductibles.push({ amount: b.amount, ...describe(b, l) });
    else if (b.code === 'G') result.outOfPocket.push({ amount: b.amount, ...describe(b, l) });
  }
  const network = options.network ?? 'in';
  result.deductible = { individual: accumulate(result.deductibles, 'IND', network), family: accumulate(result.deductibles, 'FAM', network) };
  result.outOfPocketMaximum = { individual: accumulate(result.outOfPocket, 'IND', network), family: accumulate(result.outOfPocket, 'FAM', network) };
  const service = options.serviceTypeCode ?? '30';
  const fits = (x: { serviceTypeCodes: string[]; network: Network }) =>
    (x.network === 'any' || x.network === network) && (x.serviceTypeCodes.includes(service) || (service === '30' && x.serviceTypeCodes.length === 0));
  result.copay = result.copays.find(fits)?.amount;
  result.coinsuranceBasisPoints = result.coinsurance.find(fits)?.basisPoints;
  if (result.deductibles.length > 0 && result.deductible.individual.remaining === undefined && result.deductible.family.remaining === undefined) {
    notes.push('The payer sent deductibles but no remaining amount for the plan; the estimate cannot count the deductible.');
  }
}

/** Reads a parsed 271 into what the billing side needs, for its first (usually only) patient; it never throws on what a payer sends. */
export function interpretEligibility271(model: Transaction271, options: InterpretOptions = {}): EligibilityResult {
  const all = interpretEligibilityResponses271(model, options);
  if (all[0]) return all[0];
  // Rejected before any subscriber level: only the source and receiver levels speak.
  const source = model.loop2000A[0];
  return interpretPatient(model, undefined, collectRejections(source, source?.loop2000B[0]), options);
}

/** One result per person the 271 answers about (a batch 271 answers several). */
export function interpretEligibilityResponses271(model: Transaction271, options: InterpretOptions = {}): EligibilityResult[] {
  return patientsOf(model).map((p) => interpretPatient(model, p, collectRejections(p.source, p.receiver, p.subscriber, p.dependent), options));
}

function interpretPatient(model: Transaction271, found: Patient271 | undefined, rejections: Rejection[], options: InterpretOptions): EligibilityResult {
  const member = found ? (found.dependent?.loop2100D ?? found.subscriber.loop2100C) : undefined;
  const notes: string[] = [];
  const payer = (found?.source ?? model.loop2000A[0])?.loop2100A.name;
  const result: EligibilityResult = {
    status: coverageStatus(member, rejections),
    payer: payer ? { name: payer.lastOrOrganizationName, id: payer.identificationCode } : undefined,
    member: member && found && {
      lastName: member.name.lastOrOrganizationName,
      firstName: member.name.firstName,
      memberId: found.subscriber.loop2100C.name.identificationCode,
      birthDate: member.demographics?.birthDate,
      isDependent: found.dependent !== undefined,
    },
    traceNumbers: [...(found?.subscriber.traces ?? []), ...(found?.dependent?.traces ?? [])].map((t) => t.referenceIdentification),
    plan: {},
    copays: [],
    coinsurance: [],
    deductibles: [],
    outOfPocket: [],
    deductible: { individual: {}, family: {} },
    outOfPocketMaximum: { individual: {}, family: {} },
    rejections,
    messages: [],
    notes,
  };
  if (!member) return result;
  const statusCodes = [...ACTIVE, ...INACTIVE, 'V'];
  const statusBenefit =
    member.benefits.find((l) => statusCodes.includes(l.benefit.code) && isPlanLevel(l.benefit.serviceTypeCodes)) ??
    member.benefits.find((l) => statusCodes.includes(l.benefit.code));
  if (statusBenefit) {
    const code = statusBenefit.benefit.code;
    result.statusCode = { code, meaning: ELIGIBILITY_OR_BENEFIT_CODES[code] ?? code };
    result.plan.name = statusBenefit.benefit.planCoverageDescription;
    result.plan.insuranceTypeCode = statusBenefit.benefit.insuranceTypeCode;
    datesByQualifier(statusBenefit.dates, result.plan);
    planReferences(statusBenefit.references, result.plan);
  }
  datesByQualifier(member.dates, result.plan);
  planReferences(member.references, result.plan);
  summarizeBenefits(member, result, options);
  return result;
}
