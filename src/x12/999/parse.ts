// 999 parser: AK1 / AK2 / IK3 / CTX / IK4 / IK5 / AK9 to an Ack999.
import type { LoopNode, Segment, X12Finding } from '../index-types';
import type { ReceivedTransaction } from '../envelope-types';
import { walkLoops } from '../walker';
import { FieldReader, compact } from '../field-reader';
import { spec999 } from './spec';
import type { Ack999, Loop2000, Loop2100, Loop2110 } from './types';

export interface Parse999Result {
  ack: Ack999;
  findings: X12Finding[];
}

const num = (v: string | undefined): number | undefined => (v === undefined || v === '' || !/^\d+$/.test(v) ? undefined : Number(v));

export function parse999(tx: Pick<ReceivedTransaction, 'segments' | 'delimiters'>): Parse999Result {
  const walk = walkLoops(spec999, tx.segments, { validate: { delimiters: tx.delimiters } });
  const r = new FieldReader(tx.delimiters, walk.findings);
  const none: Segment = { id: '', elements: [], position: 0 };
  const st = walk.header.find((s) => s.id === 'ST') ?? none;
  const ak1 = walk.header.find((s) => s.id === 'AK1') ?? none;
  const ak9 = walk.trailer.find((s) => s.id === 'AK9') ?? none;
  const ack: Ack999 = {
    transactionSetControlNumber: r.str(st, 2),
    implementationConventionReference: r.str(st, 3),
    functionalIdentifierCode: r.str(ak1, 1),
    groupControlNumber: r.str(ak1, 2),
    versionIdentifierCode: r.str(ak1, 3),
    transactionSetResponses: walk.loops.filter((l) => l.id === '2000').map((l) => loop2000(r, l)),
    acknowledgmentCode: r.str(ak9, 1),
    numberOfTransactionSetsIncluded: num(r.opt(ak9, 2)) ?? 0,
    numberOfReceivedTransactionSets: num(r.opt(ak9, 3)) ?? 0,
    numberOfAcceptedTransactionSets: num(r.opt(ak9, 4)) ?? 0,
    syntaxErrorCodes: r.rest(ak9, 5),
  };
  return { ack, findings: walk.findings };
}

function loop2000(r: FieldReader, node: LoopNode): Loop2000 {
  const ak2 = node.segments[0]!;
  const ik5 = node.segments.find((s) => s.id === 'IK5');
  return compact({
    transactionSetIdentifierCode: r.str(ak2, 1),
    transactionSetControlNumber: r.str(ak2, 2),
    implementationConventionReference: r.opt(ak2, 3),
    errors: node.loops.map((l) => loop2100(r, l)),
    acknowledgmentCode: ik5 ? r.str(ik5, 1) : '',
    syntaxErrorCodes: ik5 ? r.rest(ik5, 2) : [],
  });
}

function loop2100(r: FieldReader, node: LoopNode): Loop2100 {
  const ik3 = node.segments[0]!;
  return compact({
    segmentIdCode: r.str(ik3, 1),
    segmentPositionInTransactionSet: num(r.opt(ik3, 2)) ?? 0,
    loopIdentifierCode: r.opt(ik3, 3),
    segmentSyntaxErrorCode: r.str(ik3, 4),
    contexts: node.segments.filter((s) => s.id === 'CTX').map((s) => r.rest(s, 1)),
    elementNotes: node.loops.map((l) => loop2110(r, l)),
  });
}

function loop2110(r: FieldReader, node: LoopNode): Loop2110 {
  const ik4 = node.segments[0]!;
  const [el, comp, rep] = r.components(ik4, 1);
  return compact({
    elementPosition: num(el) ?? 0,
    componentPosition: num(comp),
    repeatingElementPosition: num(rep),
    dataElementReferenceNumber: r.opt(ik4, 2),
    elementSyntaxErrorCode: r.str(ik4, 3),
    copyOfBadDataElement: r.opt(ik4, 4),
    contexts: node.segments.filter((s) => s.id === 'CTX').map((s) => r.rest(s, 1)),
  });
}
