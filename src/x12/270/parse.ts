import type { Delimiters, Segment, X12Finding } from '../segment';
import type { LoopNode, TransactionSpec } from '../spec';
import {
  firstOf,
  loopsOf,
  readAddress,
  readAmount,
  readDatePeriod,
  readDemographics,
  readName,
  readOpaque,
  readProvider,
  readReference,
  readTrace,
  ReadContext,
  segmentsOf,
  walkTransaction,
} from '../inquiry-common/index';
import type { DatePeriod, EntityName, ParseOptions } from '../inquiry-common/index';
import { readBht, readInquiry, readRelationship } from './codec';
import type { BeginningOfHierarchicalTransaction, Loop2000A270, Loop2000B270, Loop2000C270, Loop2100Member270, Loop2110Inquiry, Transaction270 } from './model';
import { x270Spec } from './spec';

/** One transaction set (ST..SE) as the tokenizer hands it over. */
export interface TransactionInput {
  segments: readonly Segment[];
  delimiters: Delimiters;
}

export interface Parsed<T> {
  value: T;
  findings: X12Finding[];
}

export function nameOf(node: LoopNode): EntityName {
  const nm1 = firstOf(node, 'NM1');
  return nm1 ? readName(nm1) : { entityIdentifierCode: '', entityTypeQualifier: '' };
}

export function datesOf(ctx: ReadContext, node: LoopNode, qualifiers?: readonly string[]): DatePeriod[] {
  return segmentsOf(node, 'DTP', qualifiers).flatMap((s) => readDatePeriod(ctx, s, node.id) ?? []);
}

function readInquiryLoop(ctx: ReadContext, node: LoopNode): Loop2110Inquiry {
  const eq = firstOf(node, 'EQ');
  const amtR = firstOf(node, 'AMT', ['R']);
  const amtPb = firstOf(node, 'AMT', ['PB']);
  const ref = firstOf(node, 'REF');
  return {
    inquiry: eq ? readInquiry(eq, ctx.delimiters) : { serviceTypeCodes: [], diagnosisCodePointers: [] },
    spendDownAmount: amtR ? readAmount(ctx, amtR, 2, node.id, 'AMT02') : undefined,
    spendDownTotalBilledAmount: amtPb ? readAmount(ctx, amtPb, 2, node.id, 'AMT02') : undefined,
    additionalInquiryInformation: segmentsOf(node, 'III').map(readOpaque),
    reference: ref ? readReference(ref) : undefined,
    date: datesOf(ctx, node)[0],
  };
}

export function readMember270(ctx: ReadContext, node: LoopNode | undefined, inquiryLoop: string): Loop2100Member270 {
  if (!node) return { name: { entityIdentifierCode: '', entityTypeQualifier: '' }, references: [], dates: [], inquiries: [] };
  const prv = firstOf(node, 'PRV');
  const dmg = firstOf(node, 'DMG');
  const ins = firstOf(node, 'INS');
  const hi = firstOf(node, 'HI');
  return {
    name: nameOf(node),
    references: segmentsOf(node, 'REF').map(readReference),
    address: readAddress(node),
    providerInformation: prv ? readProvider(prv) : undefined,
    demographics: dmg ? readDemographics(ctx, dmg, node.id) : undefined,
    relationship: ins ? readRelationship(ins) : undefined,
    healthCareDiagnosisCode: hi ? readOpaque(hi) : undefined,
    dates: datesOf(ctx, node),
    inquiries: loopsOf(node, inquiryLoop).map((l) => readInquiryLoop(ctx, l)),
  };
}

/** 2000C subscriber level and its 2000D dependents, each with its traces and its member name loop. */
export function readMemberLevels<M>(ctx: ReadContext, node: LoopNode, readMember: (ctx: ReadContext, node: LoopNode | undefined, suffix: 'C' | 'D') => M) {
  return {
    traces: segmentsOf(node, 'TRN').map(readTrace),
    loop2100C: readMember(ctx, loopsOf(node, '2100C')[0], 'C'),
    loop2000D: loopsOf(node, '2000D').map((d) => ({
      traces: segmentsOf(d, 'TRN').map(readTrace),
      loop2100D: readMember(ctx, loopsOf(d, '2100D')[0], 'D'),
    })),
  };
}

function readSubscriber(ctx: ReadContext, node: LoopNode): Loop2000C270 {
  return readMemberLevels(ctx, node, (c, member, suffix) => readMember270(c, member, `2110${suffix}`));
}

/** 2100B as the 270 and 271 read it; `more` reads what the 271 adds between N4 and PRV (its AAA). */
export function readReceiverName<X extends object>(b: LoopNode | undefined, more: (b: LoopNode | undefined) => X) {
  const prv = b ? firstOf(b, 'PRV') : undefined;
  return {
    name: b ? nameOf(b) : { entityIdentifierCode: '', entityTypeQualifier: '' },
    references: b ? segmentsOf(b, 'REF').map(readReference) : [],
    address: b ? readAddress(b) : undefined,
    ...more(b),
    providerInformation: prv ? readProvider(prv) : undefined,
  };
}

function readReceiver(ctx: ReadContext, node: LoopNode): Loop2000B270 {
  return {
    loop2100B: readReceiverName(loopsOf(node, '2100B')[0], () => ({})),
    loop2000C: loopsOf(node, '2000C').map((c) => readSubscriber(ctx, c)),
  };
}

function readSource(ctx: ReadContext, node: LoopNode): Loop2000A270 {
  const a = loopsOf(node, '2100A')[0];
  return {
    loop2100A: { name: a ? nameOf(a) : { entityIdentifierCode: '', entityTypeQualifier: '' } },
    loop2000B: loopsOf(node, '2000B').map((b) => readReceiver(ctx, b)),
  };
}

/**
 * What the four inquiry transactions read alike: ST02, ST03, the BHT, and each 2000A level (read by
 * `readSource`). Structural problems, and element problems unless options.validate is false, come back
 * as findings.
 */
export function parseInquiry<A>(
  spec: TransactionSpec,
  transaction: TransactionInput,
  options: ParseOptions,
  readSource: (ctx: ReadContext, node: LoopNode) => A,
): Parsed<{ transactionSetControlNumber: string; implementationConventionReference: string; header: BeginningOfHierarchicalTransaction; loop2000A: A[] }> {
  const walked = walkTransaction(spec, transaction.segments, transaction.delimiters, options);
  const ctx = new ReadContext(transaction.delimiters, options.validate !== false);
  const value = {
    transactionSetControlNumber: walked.st?.elements[2] ?? '',
    implementationConventionReference: walked.st?.elements[3] ?? '',
    header: readBht(ctx, walked.header.find((s) => s.id === 'BHT')),
    loop2000A: walked.root.filter((n) => n.id === '2000A').map((n) => readSource(ctx, n)),
  };
  return { value, findings: [...walked.findings, ...ctx.findings] };
}

/** Reads a 270 (ST..SE) into its typed form; structural problems come back as findings. */
export function parse270(transaction: TransactionInput, options: ParseOptions = {}): Parsed<Transaction270> {
  return parseInquiry(x270Spec, transaction, options, readSource);
}
