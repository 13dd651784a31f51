// Adjudication of one accepted claim into its 835 claim payment loop(s): eligibility on the date of
// service, fee schedule, NCCI, non-covered pairs, prior authorization, duplicates, timely filing,
// random training denials, deductible/copay/coinsurance against the member's accumulators, COB for
// secondaries, and reversal of the original for frequency 7/8. Every CLP balances: CLP03 - CLP04 = ΣCAS.
import type { Claim, ClaimLine } from '../claims/index';
import { addDays, daysBetween, type CalendarDate } from '../dates/index';
import { applyBasisPoints, type Cents } from '../money/index';
import type { x835 } from '../x12/index';
import { feeFor, type FeeSchedule } from './fee-schedule';
import { findMember } from './front-end';
import type { Member, PayerRules, Plan, Roster } from './rules';
import type { AdjudicationState, PaidClaim } from './state';
import { claimPayment, negate, type LineOutcome } from './clp';

export interface AdjudicationContext {
  rules: PayerRules;
  roster: Roster;
  feeSchedule: FeeSchedule;
  /** The day the payer received the claim (timely filing). */
  receivedOn: CalendarDate;
}

const c = (n: number) => n as Cents;

/** Deterministic pseudo-random in [0,1) from the seed and the claim (FNV-1a), so reruns deny the same claims. */
function draw(seed: number, key: string): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return ((h >>> 0) % 1_000_000) / 1_000_000;
}

function claimSignature(claim: Claim): string {
  return [claim.payer.payerId, claim.subscriber.memberId, claim.patient?.firstName ?? '', claim.statementFrom,
    ...claim.lines.map((l) => `${l.procedureCode}:${l.modifiers.join('')}:${l.units}:${l.charge}`)].join('|');
}

function planOf(rules: PayerRules, member: Member): Plan {
  return { ...rules.defaultPlan, ...member.plan };
}

function accumulatorKey(member: Member, plan: Plan, dos: CalendarDate): string {
  const [y, m] = dos.split('-').map(Number) as [number, number];
  const planYear = m >= plan.planYearStartMonth ? y : y - 1;
  return `${member.payerId}|${member.memberId}|${planYear}`;
}

/** A reason to deny the whole claim, as a CARC, or undefined. */
function claimDenial(claim: Claim, member: Member | undefined, ctx: AdjudicationContext, state: AdjudicationState): string | undefined {
  if (!member) return '31';
  if (claim.statementFrom < member.coverageBegin) return '26';
  if (member.coverageEnd && claim.statementFrom > member.coverageEnd) return '27';
  if (daysBetween(claim.statementFrom, ctx.receivedOn) > ctx.rules.timelyFilingDays) return '29';
  if (claim.frequencyCode === '1' && state.signatures.has(claimSignature(claim))) return '18';
  const { rate, seed, carcCodes } = ctx.rules.randomDenial;
  if (rate > 0) {
    const x = draw(seed, claim.patientControlNumber);
    if (x < rate) return carcCodes[Math.floor((x / rate) * carcCodes.length)] ?? carcCodes[0];
  }
  return undefined;
}

/** A reason to deny one line, as a CARC, or undefined. */
function lineDenial(claim: Claim, line: ClaimLine, rules: PayerRules): string | undefined {
  const codes = new Set(claim.lines.map((l) => l.procedureCode));
  const bypass = line.modifiers.some((m) => m === '59' || m === 'XE' || m === 'XS' || m === 'XP' || m === 'XU');
  if (rules.ncciPairs.some((p) => p.column2 === line.procedureCode && codes.has(p.column1) && !(p.modifierAllowed && bypass))) return '97';
  const dx = line.diagnosisPointers.map((p) => claim.diagnoses[p - 1]?.code ?? '');
  if (rules.nonCoveredPairs.some((p) => p.procedureCode === line.procedureCode && dx.some((d) => d.startsWith(p.diagnosisPrefix)))) return '11';
  if (rules.priorAuthorizationRequired.includes(line.procedureCode) && !claim.priorAuthorization) return '197';
  return undefined;
}

function allowedFor(claim: Claim, line: ClaimLine, ctx: AdjudicationContext): Cents {
  const pos = line.placeOfService ?? claim.placeOfService;
  const fee = feeFor(ctx.feeSchedule, line.procedureCode, line.modifiers, pos, ctx.rules.conversionFactor);
  let allowed = fee === undefined ? applyBasisPoints(line.charge, ctx.rules.unlistedAllowedBasisPoints) : c(Math.min(line.charge, fee * line.units));
  const npis = ctx.rules.inNetworkNpis;
  if (npis.length > 0 && !npis.includes(claim.billingProvider.npi)) allowed = c(allowed - applyBasisPoints(allowed, ctx.rules.outOfNetworkReductionBasisPoints));
  return allowed;
}

/** Patient share of one line's allowed amount, in the order copay, deductible, coinsurance, capped by the out-of-pocket left. */
function patientShare(allowed: Cents, copayDue: boolean, plan: Plan, acc: { deductibleMet: number; outOfPocketMet: number }) {
  let oopLeft = Math.max(0, plan.outOfPocketMax - acc.outOfPocketMet);
  const copay = Math.min(copayDue ? plan.copay : 0, allowed, oopLeft);
  oopLeft -= copay;
  const deductible = Math.min(allowed - copay, Math.max(0, plan.deductible - acc.deductibleMet), oopLeft);
  oopLeft -= deductible;
  const coinsurance = Math.min(applyBasisPoints(c(allowed - copay - deductible), plan.coinsuranceBasisPoints), oopLeft);
  acc.deductibleMet += deductible;
  acc.outOfPocketMet += copay + deductible + coinsurance;
  return { copay: c(copay), deductible: c(deductible), coinsurance: c(coinsurance) };
}

function primaryLines(claim: Claim, member: Member, ctx: AdjudicationContext, acc: { deductibleMet: number; outOfPocketMet: number }): LineOutcome[] {
  const plan = planOf(ctx.rules, member);
  let copayTaken = false;
  return claim.lines.map((line) => {
    const denial = lineDenial(claim, line, ctx.rules);
    if (denial) return { line, allowed: c(0), paid: c(0), adjustments: [{ group: 'CO', carc: denial, amount: line.charge }] };
    const allowed = allowedFor(claim, line, ctx);
    const copayDue = !copayTaken && /^99[2-4]\d\d$/.test(line.procedureCode);
    if (copayDue) copayTaken = true;
    const share = patientShare(allowed, copayDue, plan, acc);
    const adjustments = [
      { group: 'CO', carc: '45', amount: c(line.charge - allowed) },
      { group: 'PR', carc: '1', amount: share.deductible },
      { group: 'PR', carc: '2', amount: share.coinsurance },
      { group: 'PR', carc: '3', amount: share.copay },
    ].filter((a) => a.amount > 0);
    return { line, allowed, paid: c(allowed - share.copay - share.deductible - share.coinsurance), adjustments };
  });
}

/** A secondary pays what the primary left to the patient, up to its own allowed amount less what the primary paid. */
function secondaryLines(claim: Claim, ctx: AdjudicationContext): LineOutcome[] {
  return claim.lines.map((line) => {
    const prior = line.priorAdjudications?.[0];
    const allowed = allowedFor(claim, line, ctx);
    const primaryPaid = prior?.paidAmount ?? 0;
    const patientLeft = (prior?.adjustments ?? []).filter((a) => a.groupCode === 'PR').reduce((s, a) => s + a.amount, 0);
    const paid = Math.max(0, Math.min(patientLeft, allowed - primaryPaid));
    const stillPatient = Math.max(0, Math.min(patientLeft - paid, line.charge - primaryPaid - paid));
    const adjustments = [
      { group: 'OA', carc: '23', amount: c(Math.min(primaryPaid, line.charge)) },
      { group: 'PR', carc: '2', amount: c(stillPatient) },
      { group: 'CO', carc: '45', amount: c(line.charge - Math.min(primaryPaid, line.charge) - paid - stillPatient) },
    ].filter((a) => a.amount > 0);
    return { line, allowed, paid: c(paid), adjustments };
  });
}

function reverse(state: AdjudicationState, claim: Claim): x835.Loop2100 | undefined {
  const number = claim.payerClaimControlNumber ?? state.byPatientControlNumber.get(claim.patientControlNumber);
  const original: PaidClaim | undefined = number ? state.paid.get(number) : undefined;
  if (!original) return undefined;
  state.paid.delete(original.payerClaimControlNumber);
  state.signatures.delete(original.signature);
  const acc = state.accumulators.get(original.accumulatorKey);
  if (acc) {
    acc.deductibleMet = c(acc.deductibleMet - original.deductible);
    acc.outOfPocketMet = c(acc.outOfPocketMet - original.outOfPocket);
  }
  return { ...negate(original.clp), claimStatusCode: '22' };
}

/** The CLP loops this claim produces: a reversal of the original for frequency 7/8, then the claim's own payment or denial. */
export function adjudicateClaim(claim: Claim, ctx: AdjudicationContext, state: AdjudicationState): x835.Loop2100[] {
  const out: x835.Loop2100[] = [];
  if (claim.frequencyCode !== '1') {
    const reversal = reverse(state, claim);
    if (reversal) out.push(reversal);
    if (claim.frequencyCode === '8') return out;
  }
  const member = findMember(ctx.roster, claim.payer.payerId, claim.subscriber.memberId);
  const payerClaimControlNumber = `SIM${String(state.nextClaimNumber++).padStart(9, '0')}`;
  const denial = claimDenial(claim, member, ctx, state);
  const secondary = claim.payerSequence !== 'P' && claim.lines.some((l) => (l.priorAdjudications?.length ?? 0) > 0);
  const acc = { deductibleMet: 0, outOfPocketMet: 0 };
  const key = member ? accumulatorKey(member, planOf(ctx.rules, member), claim.statementFrom) : '';
  const before = state.accumulators.get(key) ?? { deductibleMet: c(0), outOfPocketMet: c(0) };
  Object.assign(acc, before);
  const lines: LineOutcome[] = denial
    ? claim.lines.map((line) => ({ line, allowed: c(0), paid: c(0), adjustments: [{ group: 'CO', carc: denial, amount: line.charge }] }))
    : secondary ? secondaryLines(claim, ctx) : primaryLines(claim, member!, ctx, acc);
  const clp = claimPayment(claim, lines, payerClaimControlNumber, denial ? '4' : secondary ? '2' : '1');
  out.push(clp);
  if (!denial && member) {
    state.accumulators.set(key, { deductibleMet: c(acc.deductibleMet), outOfPocketMet: c(acc.outOfPocketMet) });
    const signature = claimSignature(claim);
    state.signatures.add(signature);
    state.paid.set(payerClaimControlNumber, {
      payerClaimControlNumber, clp, accumulatorKey: key, signature,
      deductible: c(acc.deductibleMet - before.deductibleMet), outOfPocket: c(acc.outOfPocketMet - before.outOfPocketMet),
    });
    state.byPatientControlNumber.set(claim.patientControlNumber, payerClaimControlNumber);
  }
  return out;
}

/** The latest date a claim for this date of service is timely. */
export function timelyFilingLimit(dateOfService: CalendarDate, rules: PayerRules): CalendarDate {
  return addDays(dateOfService, rules.timelyFilingDays);
}
