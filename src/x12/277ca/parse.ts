// 277CA parser: walks HL 20 > 21 > 19 > PT and maps each level, with a per-claim accepted/rejected verdict.
import type { LoopNode, Segment, X12Finding } from '../index-types';
import type { ReceivedTransaction } from '../envelope-types';
import { walkLoops } from '../walker';
import { FieldReader, compact } from '../field-reader';
import { spec277CA } from './spec';
import type { ClaimAcknowledgment277CA, ClaimDisposition, ClaimStatus, EntityName, Loop2000A, Loop2000B, Loop2000C, Loop2000D, Loop2200D, Loop2220D, StatusInformation, Trace } from './types';

export interface Parse277CAResult {
  acknowledgment: ClaimAcknowledgment277CA;
  findings: X12Finding[];
}

const REJECTED = new Set(['A3', 'A4', 'A6', 'A7', 'A8', 'E0', 'E1', 'E2', 'E3', 'E4']);
const ACCEPTED = new Set(['A1', 'A2', 'A5']);

/** The verdict on one claim from its claim-level STCs. */
export function claimDisposition(claim: Pick<Loop2200D, 'statuses'>): ClaimDisposition {
  const categories = claim.statuses.flatMap((s) => [s.status, ...s.additionalStatuses].map((x) => x.categoryCode));
  if (categories.some((c) => REJECTED.has(c))) return 'rejected';
  return categories.some((c) => ACCEPTED.has(c)) ? 'accepted' : 'unknown';
}

export function parse277CA(tx: Pick<ReceivedTransaction, 'segments' | 'delimiters'>): Parse277CAResult {
  const walk = walkLoops(spec277CA, tx.segments, { validate: { delimiters: tx.delimiters } });
  const r = new FieldReader(tx.delimiters, walk.findings);
  const st = walk.header.find((s) => s.id === 'ST');
  const bht = walk.header.find((s) => s.id === 'BHT');
  const acknowledgment: ClaimAcknowledgment277CA = {
    transactionSetControlNumber: st ? r.str(st, 2) : '',
    originatorApplicationTransactionIdentifier: bht ? r.str(bht, 3) : '',
    creationDate: bht ? r.str(bht, 4) : '',
    creationTime: bht ? r.str(bht, 5) : '',
    informationSources: walk.loops.filter((l) => l.id === '2000A').map((l) => loop2000A(r, l)),
  };
  return { acknowledgment, findings: walk.findings };
}

const child = (node: LoopNode, id: string) => node.loops.find((l) => l.id === id);
const children = (node: LoopNode, id: string) => node.loops.filter((l) => l.id === id);
const segs = (node: LoopNode | undefined, id: string, q?: string) => (node?.segments ?? []).filter((s) => s.id === id && (q === undefined || s.elements[1] === q));

function entity(r: FieldReader, node: LoopNode | undefined): EntityName {
  const s = node?.segments[0];
  if (!s) return { entityIdentifierCode: '', entityTypeQualifier: '' };
  return compact({ entityIdentifierCode: r.str(s, 1), entityTypeQualifier: r.str(s, 2), lastOrOrganizationName: r.opt(s, 3), firstName: r.opt(s, 4), middleName: r.opt(s, 5), suffix: r.opt(s, 7), identificationCodeQualifier: r.opt(s, 8), identificationCode: r.opt(s, 9) });
}

function trace(r: FieldReader, node: LoopNode | undefined): Trace | undefined {
  const s = segs(node, 'TRN')[0];
  return s ? { traceTypeCode: r.str(s, 1), referenceIdentification: r.str(s, 2) } : undefined;
}

function status(r: FieldReader, s: Segment, n: number): ClaimStatus | undefined {
  if (!r.opt(s, n)) return undefined;
  const [categoryCode, statusCode, entityIdentifierCode, codeListQualifierCode] = r.components(s, n);
  return compact({ categoryCode: categoryCode ?? '', statusCode: statusCode ?? '', entityIdentifierCode: entityIdentifierCode || undefined, codeListQualifierCode: codeListQualifierCode || undefined });
}

function statuses(r: FieldReader, node: LoopNode | undefined): StatusInformation[] {
  return segs(node, 'STC').map((s) =>
    compact({
      status: status(r, s, 1) ?? { categoryCode: '', statusCode: '' },
      statusInformationEffectiveDate: r.str(s, 2),
      actionCode: r.opt(s, 3),
      totalSubmittedCharges: r.optMoney(s, 4),
      additionalStatuses: [status(r, s, 10), status(r, s, 11)].filter((x): x is ClaimStatus => x !== undefined),
      freeFormMessageText: r.opt(s, 12),
    }),
  );
}

const refs = (r: FieldReader, node: LoopNode | undefined) => segs(node, 'REF').map((s) => ({ qualifier: r.str(s, 1), value: r.str(s, 2) }));
const qtys = (r: FieldReader, node: LoopNode | undefined) => segs(node, 'QTY').map((s) => ({ qualifier: r.str(s, 1), quantity: r.str(s, 2) }));
const amts = (r: FieldReader, node: LoopNode | undefined) => segs(node, 'AMT').map((s) => ({ qualifier: r.str(s, 1), amount: r.money(s, 2) }));
const period = (r: FieldReader, s: Segment | undefined) => (s ? { format: r.str(s, 2), value: r.str(s, 3) } : undefined);

function loop2000A(r: FieldReader, node: LoopNode): Loop2000A {
  const t = child(node, '2200A');
  return compact({
    payer: entity(r, child(node, '2100A')),
    trace: trace(r, t),
    receiptDate: segs(t, 'DTP', '050')[0]?.elements[3],
    processDate: segs(t, 'DTP', '009')[0]?.elements[3],
    receivers: children(node, '2000B').map((l) => loop2000B(r, l)),
  });
}

function loop2000B(r: FieldReader, node: LoopNode): Loop2000B {
  const t = child(node, '2200B');
  return compact({ informationReceiver: entity(r, child(node, '2100B')), trace: trace(r, t), statuses: statuses(r, t), quantities: qtys(r, t), amounts: amts(r, t), providers: children(node, '2000C').map((l) => loop2000C(r, l)) });
}

function loop2000C(r: FieldReader, node: LoopNode): Loop2000C {
  const t = child(node, '2200C');
  return compact({ billingProvider: entity(r, child(node, '2100C')), trace: trace(r, t), statuses: statuses(r, t), references: refs(r, t), quantities: qtys(r, t), amounts: amts(r, t), patients: children(node, '2000D').map((l) => loop2000D(r, l)) });
}

function loop2000D(r: FieldReader, node: LoopNode): Loop2000D {
  return { patient: entity(r, child(node, '2100D')), claims: children(node, '2200D').map((l) => loop2200D(r, l)) };
}

function loop2200D(r: FieldReader, node: LoopNode): Loop2200D {
  return compact({
    claimStatusTrackingNumber: segs(node, 'TRN')[0]?.elements[2] ?? '',
    statuses: statuses(r, node),
    references: refs(r, node),
    serviceDate: period(r, segs(node, 'DTP', '472')[0]),
    serviceLines: children(node, '2220D').map((l) => loop2220D(r, l)),
  });
}

function loop2220D(r: FieldReader, node: LoopNode): Loop2220D {
  const svc = node.segments[0]!;
  const c = r.components(svc, 1);
  const modifiers = c.slice(2, 6);
  while (modifiers.length > 0 && !modifiers[modifiers.length - 1]) modifiers.pop();
  return compact({
    procedure: { qualifier: c[0] ?? '', code: c[1] ?? '', modifiers },
    lineItemChargeAmount: r.money(svc, 2),
    revenueCode: r.opt(svc, 4),
    originalUnitsOfServiceCount: r.opt(svc, 7),
    statuses: statuses(r, node),
    lineItemControlNumber: segs(node, 'REF', 'FJ')[0]?.elements[2],
    serviceDate: period(r, segs(node, 'DTP', '472')[0]),
  });
}
