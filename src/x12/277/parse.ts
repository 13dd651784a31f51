import type { Segment } from '../segment';
import type { LoopNode } from '../spec';
import { firstOf, loopsOf, opt, readAmount, readContact, readDate, readDemographics, readTrace, ReadContext, segmentsOf, splitComponents } from '../inquiry-common/index';
import type { ParseOptions, Trace } from '../inquiry-common/index';
import { nameOf, parseInquiry } from '../270/index';
import type { Parsed, TransactionInput } from '../270/index';
import { readClaimIdentifiers, readService, refValue, serviceDateOf } from '../276/index';
import type { ClaimStatusCode, LevelStatus, Loop2000A277, Loop2000D277, Loop2200Status, StatusInformation, Transaction277 } from './model';
import { x277Spec } from './spec';

function readStatusCode(value: string | undefined, ctx: ReadContext): ClaimStatusCode | undefined {
  if (!value) return undefined;
  const [categoryCode = '', statusCode = '', entity, list] = splitComponents(value, ctx.delimiters);
  return { categoryCode, statusCode, entityIdentifierCode: entity || undefined, codeListQualifier: list || undefined };
}

function date(ctx: ReadContext, s: Segment, n: number, loop: string) {
  const text = opt(s, n);
  return text ? readDate(ctx, s, loop, 'D8', text, `STC${String(n).padStart(2, '0')}`)?.from : undefined;
}

export function readStatus(ctx: ReadContext, s: Segment, loop: string): StatusInformation {
  return {
    statuses: [1, 10, 11].flatMap((n) => readStatusCode(opt(s, n), ctx) ?? []),
    effectiveDate: date(ctx, s, 2, loop),
    chargeAmount: readAmount(ctx, s, 4, loop, 'STC04'),
    paymentAmount: readAmount(ctx, s, 5, loop, 'STC05'),
    adjudicationDate: date(ctx, s, 6, loop),
    paymentMethodCode: opt(s, 7),
    checkIssueDate: date(ctx, s, 8, loop),
    checkNumber: opt(s, 9),
  };
}

const NO_TRACE: Trace = { traceTypeCode: '', referenceIdentification: '' };

function statusesOf(ctx: ReadContext, node: LoopNode): StatusInformation[] {
  return segmentsOf(node, 'STC').map((s) => readStatus(ctx, s, node.id));
}

function readClaim(ctx: ReadContext, node: LoopNode, lineLoop: string): Loop2200Status {
  const trn = firstOf(node, 'TRN');
  return {
    trace: trn ? readTrace(trn) : NO_TRACE,
    statuses: statusesOf(ctx, node),
    ...readClaimIdentifiers(node),
    voucherIdentifier: refValue(node, 'VV'),
    serviceDate: serviceDateOf(ctx, node),
    loop2220: loopsOf(node, lineLoop).map((l) => {
      const svc = firstOf(l, 'SVC');
      return {
        service: svc ? readService(ctx, svc, l.id) : { qualifier: '', procedureCode: '', modifiers: [] },
        statuses: statusesOf(ctx, l),
        lineItemControlNumber: refValue(l, 'FJ'),
        serviceDate: serviceDateOf(ctx, l),
      };
    }),
  };
}

function levelStatus(ctx: ReadContext, node: LoopNode | undefined): LevelStatus | undefined {
  if (!node) return undefined;
  const trn = firstOf(node, 'TRN');
  return { trace: trn ? readTrace(trn) : NO_TRACE, statuses: statusesOf(ctx, node) };
}

function named(node: LoopNode, loopId: string) {
  const n = loopsOf(node, loopId)[0];
  return { name: n ? nameOf(n) : { entityIdentifierCode: '', entityTypeQualifier: '' } };
}

function readSubscriber(ctx: ReadContext, node: LoopNode): Loop2000D277 {
  const dmg = firstOf(node, 'DMG');
  return {
    demographics: dmg ? readDemographics(ctx, dmg, node.id) : undefined,
    loop2100D: named(node, '2100D'),
    loop2200D: loopsOf(node, '2200D').map((c) => readClaim(ctx, c, '2220D')),
    loop2000E: loopsOf(node, '2000E').map((e) => ({
      loop2100E: named(e, '2100E'),
      loop2200E: loopsOf(e, '2200E').map((c) => readClaim(ctx, c, '2220E')),
    })),
  };
}

function readSource(ctx: ReadContext, node: LoopNode): Loop2000A277 {
  const a = loopsOf(node, '2100A')[0];
  const per = a ? firstOf(a, 'PER') : undefined;
  return {
    loop2100A: { ...named(node, '2100A'), contact: per ? readContact(per) : undefined },
    loop2000B: loopsOf(node, '2000B').map((b) => ({
      loop2100B: named(b, '2100B'),
      loop2200B: levelStatus(ctx, loopsOf(b, '2200B')[0]),
      loop2000C: loopsOf(b, '2000C').map((c) => ({
        loop2100C: named(c, '2100C'),
        loop2200C: levelStatus(ctx, loopsOf(c, '2200C')[0]),
        loop2000D: loopsOf(c, '2000D').map((d) => readSubscriber(ctx, d)),
      })),
    })),
  };
}

/** Reads a 277 claim status response (ST..SE) into its typed form; structural problems come back as findings. */
export function parse277(transaction: TransactionInput, options: ParseOptions = {}): Parsed<Transaction277> {
  return parseInquiry(x277Spec, transaction, options, readSource);
}
