import type { LoopNode } from '../spec';
import { firstOf, loopsOf, readAmount, readDemographics, readTrace, ReadContext } from '../inquiry-common/index';
import type { ParseOptions } from '../inquiry-common/index';
import { nameOf, parseInquiry } from '../270/index';
import type { Parsed, TransactionInput } from '../270/index';
import { readClaimIdentifiers, readService, refValue, serviceDateOf } from './codec';
import type { Loop2000A276, Loop2000D276, Loop2000E276, Loop2200Request, Transaction276 } from './model';
import { x276Spec } from './spec';

function readClaim(ctx: ReadContext, node: LoopNode, lineLoop: string): Loop2200Request {
  const trn = firstOf(node, 'TRN');
  const amt = firstOf(node, 'AMT', ['T3']);
  return {
    trace: trn ? readTrace(trn) : { traceTypeCode: '', referenceIdentification: '' },
    ...readClaimIdentifiers(node),
    applicationOrLocationSystemIdentifier: refValue(node, 'LU'),
    groupNumber: refValue(node, '6P'),
    totalClaimChargeAmount: amt ? readAmount(ctx, amt, 2, node.id, 'AMT02') : undefined,
    serviceDate: serviceDateOf(ctx, node),
    loop2210: loopsOf(node, lineLoop).map((l) => {
      const svc = firstOf(l, 'SVC');
      return {
        service: svc ? readService(ctx, svc, l.id) : { qualifier: '', procedureCode: '', modifiers: [] },
        lineItemControlNumber: refValue(l, 'FJ'),
        serviceDate: serviceDateOf(ctx, l),
      };
    }),
  };
}

function demographicsOf(ctx: ReadContext, node: LoopNode) {
  const dmg = firstOf(node, 'DMG');
  return dmg ? readDemographics(ctx, dmg, node.id) : undefined;
}

function readDependent(ctx: ReadContext, node: LoopNode): Loop2000E276 {
  const e = loopsOf(node, '2100E')[0];
  return {
    demographics: demographicsOf(ctx, node),
    loop2100E: { name: e ? nameOf(e) : { entityIdentifierCode: '', entityTypeQualifier: '' } },
    loop2200E: loopsOf(node, '2200E').map((c) => readClaim(ctx, c, '2210E')),
  };
}

function readSubscriber(ctx: ReadContext, node: LoopNode): Loop2000D276 {
  const d = loopsOf(node, '2100D')[0];
  return {
    demographics: demographicsOf(ctx, node),
    loop2100D: { name: d ? nameOf(d) : { entityIdentifierCode: '', entityTypeQualifier: '' } },
    loop2200D: loopsOf(node, '2200D').map((c) => readClaim(ctx, c, '2210D')),
    loop2000E: loopsOf(node, '2000E').map((e) => readDependent(ctx, e)),
  };
}

function named(node: LoopNode, loopId: string) {
  const n = loopsOf(node, loopId)[0];
  return { name: n ? nameOf(n) : { entityIdentifierCode: '', entityTypeQualifier: '' } };
}

function readSource(ctx: ReadContext, node: LoopNode): Loop2000A276 {
  return {
    loop2100A: named(node, '2100A'),
    loop2000B: loopsOf(node, '2000B').map((b) => ({
      loop2100B: named(b, '2100B'),
      loop2000C: loopsOf(b, '2000C').map((c) => ({
        loop2100C: named(c, '2100C'),
        loop2000D: loopsOf(c, '2000D').map((d) => readSubscriber(ctx, d)),
      })),
    })),
  };
}

/** Reads a 276 (ST..SE) into its typed form; structural problems come back as findings. */
export function parse276(transaction: TransactionInput, options: ParseOptions = {}): Parsed<Transaction276> {
  return parseInquiry(x276Spec, transaction, options, readSource);
}
