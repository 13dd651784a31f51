// 999 generation: write999 turns an Ack999 into segments; generate999 builds the 999s (one per functional
// group) that answer received transaction sets, from the validator's findings, so the payer simulator
// can answer a bad 837 with a real 999.
import type { Delimiters, X12Finding } from '../index-types';
import { DEFAULT_DELIMITERS } from '../segment';
import type { GroupHeader, ReceivedTransaction } from '../envelope-types';
import { composite, seg, type OutSegment } from '../writer';
import type { Ack999, Loop2000, Loop2100, Loop2110 } from './types';

const str = (n: number | undefined) => (n === undefined ? undefined : String(n));

/** An Ack999 as segments ST..SE. IK404 copies that contain one of our delimiters are left out (5010 cannot escape them). */
export function write999(ack: Ack999, d: Delimiters = DEFAULT_DELIMITERS): OutSegment[] {
  const out: OutSegment[] = [seg('ST', '999', ack.transactionSetControlNumber, ack.implementationConventionReference)];
  out.push(seg('AK1', ack.functionalIdentifierCode, ack.groupControlNumber, ack.versionIdentifierCode));
  for (const t of ack.transactionSetResponses) {
    out.push(seg('AK2', t.transactionSetIdentifierCode, t.transactionSetControlNumber, t.implementationConventionReference));
    for (const e of t.errors) {
      out.push(seg('IK3', e.segmentIdCode, String(e.segmentPositionInTransactionSet), e.loopIdentifierCode, e.segmentSyntaxErrorCode));
      for (const c of e.contexts) out.push(seg('CTX', ...c));
      for (const n of e.elementNotes) {
        const copy = writable(n.copyOfBadDataElement, d);
        out.push(seg('IK4', composite(d, 'IK401', str(n.elementPosition), str(n.componentPosition), str(n.repeatingElementPosition)), n.dataElementReferenceNumber, n.elementSyntaxErrorCode, copy));
        for (const c of n.contexts) out.push(seg('CTX', ...c));
      }
    }
    out.push(seg('IK5', t.acknowledgmentCode, ...t.syntaxErrorCodes));
  }
  out.push(seg('AK9', ack.acknowledgmentCode, String(ack.numberOfTransactionSetsIncluded), String(ack.numberOfReceivedTransactionSets), String(ack.numberOfAcceptedTransactionSets), ...ack.syntaxErrorCodes));
  out.push(seg('SE', String(out.length + 1), ack.transactionSetControlNumber));
  return out;
}

function writable(value: string | undefined, d: Delimiters): string | undefined {
  if (!value) return undefined;
  if ([d.element, d.component, d.repetition, d.segment].some((x) => x && value.includes(x))) return undefined;
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) < 32) return undefined;
  return value;
}

/** 'CLM05-3' -> element 5, component 3. */
function elementPosition(ref: string | undefined): { element: number; component?: number } {
  const m = /(\d{2})(?:-(\d+))?$/.exec(ref ?? '');
  if (!m) return { element: 0 };
  return m[2] ? { element: Number(m[1]), component: Number(m[2]) } : { element: Number(m[1]) };
}

function segmentErrors(tx: ReceivedTransaction, findings: readonly X12Finding[]): Loop2100[] {
  const stPos = tx.segments[0]?.position ?? 0;
  const bySegment = new Map<string, Loop2100>();
  for (const f of findings) {
    if (f.severity !== 'error' || !f.ik304) continue;
    const key = `${f.segmentPosition}/${f.segmentId}/${f.ik403 ? '8' : f.ik304}`;
    let e = bySegment.get(key);
    if (!e) {
      e = { segmentIdCode: f.segmentId || 'ST', segmentPositionInTransactionSet: Math.max(1, f.segmentPosition - stPos + 1), segmentSyntaxErrorCode: f.ik403 ? '8' : f.ik304, contexts: [], elementNotes: [] };
      // IK303 (element 447) is AN 1-4: guide loop ids such as 2010BA are sent as their 4-digit number.
      if (f.loop) e.loopIdentifierCode = f.loop.slice(0, 4);
      bySegment.set(key, e);
    }
    if (f.ik403 && e.elementNotes.length < 99) {
      const p = elementPosition(f.element);
      const note: Loop2110 = { elementPosition: p.element, elementSyntaxErrorCode: f.ik403, contexts: [] };
      if (p.component !== undefined) note.componentPosition = p.component;
      if (f.elementReference) note.dataElementReferenceNumber = f.elementReference;
      if (f.value && f.ik403 !== '1') note.copyOfBadDataElement = f.value.slice(0, 99);
      e.elementNotes.push(note);
    }
  }
  return [...bySegment.values()].sort((a, b) => a.segmentPositionInTransactionSet - b.segmentPositionInTransactionSet);
}

function setResponse(tx: ReceivedTransaction, findings: readonly X12Finding[]): Loop2000 {
  const errors = segmentErrors(tx, findings);
  const setCodes = [...new Set(findings.filter((f) => f.severity === 'error' && f.ik502).map((f) => f.ik502!))];
  if (errors.length > 0) setCodes.push('5');
  const rejected = setCodes.length > 0;
  const response: Loop2000 = {
    transactionSetIdentifierCode: tx.transactionSetId,
    transactionSetControlNumber: tx.controlNumber,
    errors,
    acknowledgmentCode: rejected ? 'R' : 'A',
    syntaxErrorCodes: setCodes.slice(0, 5),
  };
  if (tx.implementationReference) response.implementationConventionReference = tx.implementationReference;
  return response;
}

export interface Generate999Options {
  /** ST02 of each 999, by group (default '0001', '0002', ...). */
  controlNumber?: (index: number) => string;
}

/**
 * The 999s answering `received` (one per functional group), from the findings of reading and validating
 * them (file positions, as the tokenizer numbers segments). Errors become IK3/IK4 and reject their set
 * (IK5 R); warnings are not syntax errors and are not reported.
 */
export function generate999(received: readonly ReceivedTransaction[], findings: readonly X12Finding[], options: Generate999Options = {}): Ack999[] {
  const groups = new Map<GroupHeader, ReceivedTransaction[]>();
  for (const t of received) groups.set(t.group, [...(groups.get(t.group) ?? []), t]);
  const groupStarts = [...groups.keys()].map((g) => g.segmentPosition).sort((a, b) => a - b);
  let index = 0;
  return [...groups].map(([group, txs]) => {
    const responses = txs.map((tx) => setResponse(tx, findingsOf(tx, findings)));
    const next = groupStarts.find((p) => p > group.segmentPosition) ?? Infinity;
    const groupFindings = findings.filter((f) => f.severity === 'error' && f.ak905 && f.segmentPosition > group.segmentPosition && f.segmentPosition < next);
    const groupCodes = [...new Set(groupFindings.map((f) => f.ak905!))];
    const accepted = responses.filter((r) => r.acknowledgmentCode !== 'R').length;
    const geCount = groupFindings.find((f) => f.ak905 === '5')?.value;
    const ackCode = groupCodes.length > 0 || accepted === 0 ? 'R' : accepted < responses.length ? 'P' : 'A';
    return {
      transactionSetControlNumber: options.controlNumber?.(index) ?? String(++index).padStart(4, '0'),
      implementationConventionReference: '005010X231A1',
      functionalIdentifierCode: group.functionalId,
      groupControlNumber: group.controlNumber,
      versionIdentifierCode: group.version,
      transactionSetResponses: responses,
      acknowledgmentCode: ackCode,
      numberOfTransactionSetsIncluded: geCount && /^\d+$/.test(geCount) ? Number(geCount) : txs.length,
      numberOfReceivedTransactionSets: txs.length,
      numberOfAcceptedTransactionSets: groupCodes.length > 0 ? 0 : accepted,
      syntaxErrorCodes: groupCodes.slice(0, 5),
    };
  });
}

/** Findings located inside this set's segment range (ST..SE), plus its own envelope findings. */
function findingsOf(tx: ReceivedTransaction, findings: readonly X12Finding[]): X12Finding[] {
  const first = tx.segments[0]?.position ?? 0;
  const last = tx.segments[tx.segments.length - 1]?.position ?? first;
  const inside = findings.filter((f) => f.segmentPosition >= first && f.segmentPosition <= last && !f.ak905 && !f.ta105);
  for (const f of tx.findings) if (!inside.includes(f)) inside.push(f);
  return inside;
}
