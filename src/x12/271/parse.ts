import type { Segment } from '../segment';
import type { LoopNode } from '../spec';
import {
  firstOf,
  loopsOf,
  opt,
  readAddress,
  readAmount,
  readContact,
  readOpaque,
  readProvider,
  readReference,
  ReadContext,
  req,
  segmentsOf,
  splitComponents,
  splitRepetitions,
} from '../inquiry-common/index';
import { datesOf, nameOf, parseInquiry, readMember270, readMemberLevels, readProcedure, readReceiverName } from '../270/index';
import type { ParseOptions } from '../inquiry-common/index';
import type { Parsed, TransactionInput } from '../270/index';
import type { EligibilityBenefit, Loop2000A271, Loop2000B271, Loop2000C271, Loop2100Member271, Loop2110Benefit, Loop2120, RequestValidation, Transaction271 } from './model';
import { x271Spec } from './spec';

export function readRequestValidation(s: Segment): RequestValidation {
  return { validRequestIndicator: req(s, 1), rejectReasonCode: req(s, 3), followUpActionCode: req(s, 4) };
}

function validationsOf(node: LoopNode | undefined): RequestValidation[] {
  return node ? segmentsOf(node, 'AAA').map(readRequestValidation) : [];
}

/** EB01 codes whose amount (EB07) the guide requires, and the one whose percent (EB08) it requires. */
const NEEDS_AMOUNT = ['B', 'C', 'G', 'J', 'Y'];

/** Situational rules of the guide between EB elements; real payers break them, so they are warnings. */
function checkBenefitSituations(ctx: ReadContext, s: Segment, loop: string): void {
  const code = req(s, 1);
  const warn = (element: string, rule: string, message: string) =>
    ctx.findings.push({ severity: 'warning', code: `271.eb.${rule}`, segmentPosition: s.position, segmentId: 'EB', loop, element, message, ik403: '1' });
  if (NEEDS_AMOUNT.includes(code) && !opt(s, 7)) warn('EB07', 'amount_missing', `EB01 ${code} states a copay, deductible, out-of-pocket or similar amount, but EB07 (the amount) is empty.`);
  if (code === 'A' && !opt(s, 8)) warn('EB08', 'percent_missing', 'EB01 A states coinsurance, but EB08 (the percentage) is empty.');
}

function readBenefit(ctx: ReadContext, s: Segment, loop: string): EligibilityBenefit {
  checkBenefitSituations(ctx, s, loop);
  const d = ctx.delimiters;
  return {
    code: req(s, 1),
    coverageLevelCode: opt(s, 2),
    serviceTypeCodes: splitRepetitions(opt(s, 3), d),
    insuranceTypeCode: opt(s, 4),
    planCoverageDescription: opt(s, 5),
    timePeriodQualifier: opt(s, 6),
    amount: readAmount(ctx, s, 7, loop, 'EB07'),
    percent: opt(s, 8),
    quantityQualifier: opt(s, 9),
    quantity: opt(s, 10),
    authorizationRequired: opt(s, 11),
    inPlanNetwork: opt(s, 12),
    procedure: readProcedure(opt(s, 13), d),
    diagnosisCodePointers: splitComponents(opt(s, 14), d).filter((p) => p !== ''),
  };
}

function readEntity(node: LoopNode): Loop2120 {
  const prv = firstOf(node, 'PRV');
  return {
    name: nameOf(node),
    address: readAddress(node),
    contacts: segmentsOf(node, 'PER').map(readContact),
    providerInformation: prv ? readProvider(prv) : undefined,
  };
}

function readBenefitLoop(ctx: ReadContext, node: LoopNode, suffix: string): Loop2110Benefit {
  const eb = firstOf(node, 'EB');
  const ls = node.loops.find((l) => l.segments[0]?.id === 'LS');
  return {
    benefit: eb ? readBenefit(ctx, eb, node.id) : { code: '', serviceTypeCodes: [], diagnosisCodePointers: [] },
    servicesDelivery: segmentsOf(node, 'HSD').map(readOpaque),
    references: segmentsOf(node, 'REF').map(readReference),
    dates: datesOf(ctx, node),
    requestValidations: validationsOf(node),
    messages: segmentsOf(node, 'MSG').map((s) => req(s, 1)),
    loop2115: loopsOf(node, `2115${suffix}`).flatMap((l) => l.segments.map(readOpaque)),
    loop2120: ls ? loopsOf(ls, `2120${suffix}`).map(readEntity) : undefined,
  };
}

function readMember(ctx: ReadContext, node: LoopNode | undefined, suffix: 'C' | 'D'): Loop2100Member271 {
  // The 270 reader covers the segments both guides share; it finds no 2110 inquiries here.
  const { inquiries: _none, ...shared } = readMember270(ctx, node, 'none');
  const mpi = node ? firstOf(node, 'MPI') : undefined;
  return {
    ...shared,
    requestValidations: validationsOf(node),
    militaryPersonnelInformation: mpi ? readOpaque(mpi) : undefined,
    benefits: node ? loopsOf(node, `2110${suffix}`).map((l) => readBenefitLoop(ctx, l, suffix)) : [],
  };
}

function readSubscriber(ctx: ReadContext, node: LoopNode): Loop2000C271 {
  return readMemberLevels(ctx, node, readMember);
}

function readReceiver(ctx: ReadContext, node: LoopNode): Loop2000B271 {
  return {
    loop2100B: readReceiverName(loopsOf(node, '2100B')[0], (b) => ({ requestValidations: validationsOf(b) })),
    loop2000C: loopsOf(node, '2000C').map((c) => readSubscriber(ctx, c)),
  };
}

function readSource(ctx: ReadContext, node: LoopNode): Loop2000A271 {
  const a = loopsOf(node, '2100A')[0];
  return {
    requestValidations: validationsOf(node),
    loop2100A: {
      name: a ? nameOf(a) : { entityIdentifierCode: '', entityTypeQualifier: '' },
      contacts: a ? segmentsOf(a, 'PER').map(readContact) : [],
      requestValidations: validationsOf(a),
    },
    loop2000B: loopsOf(node, '2000B').map((b) => readReceiver(ctx, b)),
  };
}

/** Reads a 271 (ST..SE) into its typed form; structural problems come back as findings. */
export function parse271(transaction: TransactionInput, options: ParseOptions = {}): Parsed<Transaction271> {
  return parseInquiry(x271Spec, transaction, options, readSource);
}
