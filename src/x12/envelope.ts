// Envelope reading: ISA/GS/ST opened and closed by SE/GE/IEA, with counts and control numbers checked.
// EnvelopeTracker takes segments one at a time so the streaming reader uses the same checks.
import type { Delimiters, Segment, SegmentRef, X12Finding } from './segment';
import type { EnvelopeResult, GroupHeader, InterchangeHeader, ReceivedTransaction } from './envelope-types';
import { FUNCTIONAL_IDS } from './envelope-types';
import { checkIsa, checkGs, finding } from './envelope-checks';
import type { TokenizeResult } from './tokenizer';

export interface EnvelopeHandler {
  /** Called at ST; `t.segments` is filled only when the tracker keeps segments. */
  startTransaction?(t: ReceivedTransaction): void;
  /** Every segment of a transaction set, ST and SE included. */
  segment?(s: Segment, t: ReceivedTransaction): void;
  endTransaction?(t: ReceivedTransaction): void;
  ta1?(s: Segment, interchange: InterchangeHeader): void;
}

const NO_INTERCHANGE: InterchangeHeader = {
  senderQualifier: '', senderId: '', receiverQualifier: '', receiverId: '', date: '', time: '',
  version: '', controlNumber: '', acknowledgmentRequested: '', usage: '', segmentPosition: 0,
};
const NO_GROUP: GroupHeader = {
  functionalId: '', senderCode: '', receiverCode: '', date: '', time: '', controlNumber: '', version: '', segmentPosition: 0,
};

export class EnvelopeTracker {
  readonly findings: X12Finding[] = [];
  readonly interchanges: InterchangeHeader[] = [];
  private isa: InterchangeHeader | undefined;
  private gs: GroupHeader | undefined;
  private st: ReceivedTransaction | undefined;
  private groupCount = 0;
  private setCount = 0;
  private segmentCount = 0;
  private setControlNumbers = new Set<string>();
  private last: SegmentRef | undefined;

  constructor(
    private readonly handler: EnvelopeHandler = {},
    private readonly keepSegments = true,
  ) {}

  push(s: Segment, d: Delimiters): void {
    this.last = s;
    if (this.st) {
      if (s.id === 'SE') return this.closeSet(s);
      if (s.id !== 'ST' && s.id !== 'GE' && s.id !== 'IEA' && s.id !== 'ISA' && s.id !== 'GS') return this.inSet(s);
      this.closeSet(undefined, s);
    }
    switch (s.id) {
      case 'ISA': return this.openInterchange(s);
      case 'IEA': return this.closeInterchange(s);
      case 'GS': return this.openGroup(s);
      case 'GE': return this.closeGroup(s);
      case 'ST': return this.openSet(s, d);
      case 'TA1':
        if (this.isa && !this.gs) return this.handler.ta1?.(s, this.isa);
        break;
    }
    this.findings.push(finding(s, 'x12.envelope.outside_set', `${s.id} is outside any ST..SE transaction set.`, { ik304: '2' }));
  }

  /**
   * Counts `count` segments of the open transaction set that a specialised reader (the fast 835 path)
   * took instead of push: none of them ST, SE, GS, GE, ISA or IEA. `last` is the last of them.
   */
  skipSegments(count: number, last: SegmentRef): void {
    if (!this.st || this.keepSegments) throw new Error('skipSegments needs an open set and a tracker that does not keep segments');
    this.segmentCount += count;
    this.last = last;
  }

  /** Whether a transaction set is open (ST read, SE not yet). */
  get setOpen(): boolean {
    return this.st !== undefined;
  }

  /** Reports whatever is still open at the end of the input. */
  finish(): void {
    const pos = (this.last?.position ?? 0) + 1;
    const end: Segment = { id: '', elements: [''], position: pos };
    if (this.st) this.closeSet(undefined, end);
    if (this.gs) this.findings.push(finding(end, 'x12.envelope.missing_ge', `The functional group ${this.gs.controlNumber} has no GE trailer: the file may be truncated.`, { ak905: '3' }));
    if (this.isa) this.findings.push(finding(end, 'x12.envelope.missing_iea', `The interchange ${this.isa.controlNumber} has no IEA trailer: the file may be truncated.`, { ta105: '023' }));
    this.gs = undefined;
    this.isa = undefined;
  }

  private inSet(s: Segment): void {
    this.segmentCount++;
    if (this.keepSegments) this.st!.segments.push(s);
    this.handler.segment?.(s, this.st!);
  }

  private openInterchange(s: Segment): void {
    if (this.isa) this.findings.push(finding(s, 'x12.envelope.missing_iea', `The interchange ${this.isa.controlNumber} has no IEA before the next ISA.`, { ta105: '023' }));
    if (this.gs) this.findings.push(finding(s, 'x12.envelope.missing_ge', `The functional group ${this.gs.controlNumber} has no GE trailer.`, { ak905: '3' }));
    this.gs = undefined;
    const e = s.elements;
    this.isa = {
      senderQualifier: e[5] ?? '', senderId: (e[6] ?? '').trim(), receiverQualifier: e[7] ?? '', receiverId: (e[8] ?? '').trim(),
      date: e[9] ?? '', time: e[10] ?? '', version: e[12] ?? '', controlNumber: e[13] ?? '',
      acknowledgmentRequested: e[14] ?? '', usage: e[15] ?? '', segmentPosition: s.position,
    };
    this.interchanges.push(this.isa);
    this.groupCount = 0;
    for (const f of checkIsa(s)) this.findings.push(f);
  }

  private closeInterchange(s: Segment): void {
    if (!this.isa) return void this.findings.push(finding(s, 'x12.envelope.unexpected_iea', 'IEA without a matching ISA.', { ta105: '024' }));
    if (this.gs) this.closeGroup(undefined, s);
    const count = s.elements[1] ?? '';
    if (Number(count) !== this.groupCount || !/^\d{1,5}$/.test(count)) {
      this.findings.push(finding(s, 'x12.envelope.iea_count', `IEA01 says ${count || '(empty)'} functional groups but the interchange has ${this.groupCount}.`, { element: 'IEA01', ta105: '021', value: count }));
    }
    if ((s.elements[2] ?? '') !== this.isa.controlNumber) {
      this.findings.push(finding(s, 'x12.envelope.iea_control_number', `IEA02 ${s.elements[2] ?? '(empty)'} does not match ISA13 ${this.isa.controlNumber}.`, { element: 'IEA02', ta105: '001', value: s.elements[2] ?? '' }));
    }
    this.isa = undefined;
  }

  private openGroup(s: Segment): void {
    if (!this.isa) this.findings.push(finding(s, 'x12.envelope.gs_outside_isa', 'GS outside an ISA..IEA interchange.', { ta105: '024' }));
    if (this.gs) this.closeGroup(undefined, s);
    const e = s.elements;
    this.gs = {
      functionalId: e[1] ?? '', senderCode: e[2] ?? '', receiverCode: e[3] ?? '', date: e[4] ?? '', time: e[5] ?? '',
      controlNumber: e[6] ?? '', version: e[8] ?? '', segmentPosition: s.position,
    };
    this.groupCount++;
    this.setCount = 0;
    this.setControlNumbers.clear();
    for (const f of checkGs(s)) this.findings.push(f);
  }

  private closeGroup(s: Segment | undefined, next?: Segment): void {
    if (!this.gs) return void this.findings.push(finding(s!, 'x12.envelope.unexpected_ge', 'GE without a matching GS.', { ak905: '3' }));
    if (!s) {
      this.findings.push(finding(next!, 'x12.envelope.missing_ge', `The functional group ${this.gs.controlNumber} has no GE trailer.`, { ak905: '3' }));
    } else {
      const count = s.elements[1] ?? '';
      if (Number(count) !== this.setCount || !/^\d{1,6}$/.test(count)) {
        this.findings.push(finding(s, 'x12.envelope.ge_count', `GE01 says ${count || '(empty)'} transaction sets but the group has ${this.setCount}.`, { element: 'GE01', ak905: '5', value: count }));
      }
      if ((s.elements[2] ?? '') !== this.gs.controlNumber) {
        this.findings.push(finding(s, 'x12.envelope.ge_control_number', `GE02 ${s.elements[2] ?? '(empty)'} does not match GS06 ${this.gs.controlNumber}.`, { element: 'GE02', ak905: '4', value: s.elements[2] ?? '' }));
      }
    }
    this.gs = undefined;
  }

  private openSet(s: Segment, d: Delimiters): void {
    if (!this.gs) this.findings.push(finding(s, 'x12.envelope.st_outside_gs', 'ST outside a GS..GE functional group.', { ik502: '6' }));
    const group = this.gs ?? NO_GROUP;
    const id = s.elements[1] ?? '';
    const controlNumber = s.elements[2] ?? '';
    const st03 = s.elements[3] ?? '';
    const t: ReceivedTransaction = {
      transactionSetId: id, controlNumber, implementationReference: st03, guide: st03 || group.version,
      segments: [], delimiters: d, interchange: this.isa ?? NO_INTERCHANGE, group, findings: [],
    };
    this.st = t;
    this.setCount++;
    this.segmentCount = 1;
    if (this.keepSegments) t.segments.push(s);
    const expected = FUNCTIONAL_IDS[id];
    if (this.gs && expected && group.functionalId !== expected) {
      this.setFinding(finding(s, 'x12.envelope.functional_id_mismatch', `GS01 is ${group.functionalId} but a ${id} belongs in a group with GS01 ${expected}.`, { element: 'GS01', ak905: '2' }));
    }
    if (!/^[A-Za-z0-9]{4,9}$/.test(controlNumber)) {
      this.setFinding(finding(s, 'x12.envelope.st_control_number', `ST02 "${controlNumber}" must be 4 to 9 characters.`, { element: 'ST02', ik502: '7', value: controlNumber }));
    } else if (this.setControlNumbers.has(controlNumber)) {
      this.setFinding(finding(s, 'x12.envelope.duplicate_st_control_number', `ST02 ${controlNumber} is used twice in the same functional group.`, { element: 'ST02', ik502: '23', value: controlNumber }));
    }
    this.setControlNumbers.add(controlNumber);
    this.handler.startTransaction?.(t);
    this.handler.segment?.(s, t);
  }

  private closeSet(se: Segment | undefined, next?: Segment): void {
    const t = this.st!;
    this.st = undefined;
    if (!se) {
      this.setFinding(finding(next!, 'x12.envelope.missing_se', `Transaction set ${t.transactionSetId} ${t.controlNumber} has no SE trailer.`, { ik502: '2' }), t);
    } else {
      this.segmentCount++;
      if (this.keepSegments) t.segments.push(se);
      this.handler.segment?.(se, t);
      const count = se.elements[1] ?? '';
      if (Number(count) !== this.segmentCount || !/^\d{1,10}$/.test(count)) {
        this.setFinding(finding(se, 'x12.envelope.se_count', `SE01 says ${count || '(empty)'} segments but the set has ${this.segmentCount} (ST to SE inclusive).`, { element: 'SE01', ik502: '4', value: count }), t);
      }
      if ((se.elements[2] ?? '') !== t.controlNumber) {
        this.setFinding(finding(se, 'x12.envelope.se_control_number', `SE02 ${se.elements[2] ?? '(empty)'} does not match ST02 ${t.controlNumber}.`, { element: 'SE02', ik502: '3', value: se.elements[2] ?? '' }), t);
      }
    }
    this.handler.endTransaction?.(t);
  }

  private setFinding(f: X12Finding, t = this.st): void {
    t?.findings.push(f);
    this.findings.push(f);
  }
}

/** Reads the envelopes of a tokenized file: every ST..SE with its interchange and group, and the findings. */
export function readEnvelopes(tokens: Pick<TokenizeResult, 'segments' | 'interchanges'>): EnvelopeResult {
  const transactions: ReceivedTransaction[] = [];
  const ta1: EnvelopeResult['ta1'] = [];
  const tracker = new EnvelopeTracker({
    endTransaction: (t) => transactions.push(t),
    ta1: (segment, interchange) => ta1.push({ segment, interchange }),
  });
  let next = 0;
  let d = tokens.interchanges[0]?.delimiters;
  tokens.segments.forEach((s, i) => {
    const change = tokens.interchanges[next];
    if (change && change.segmentIndex === i) {
      d = change.delimiters;
      next++;
    }
    tracker.push(s, d!);
  });
  tracker.finish();
  return { transactions, interchanges: tracker.interchanges, ta1, findings: tracker.findings };
}

/** Every ST..SE of a tokenized file with its envelope context (sender, receiver, GS08, ST01-03). */
export function splitTransactions(tokens: Pick<TokenizeResult, 'segments' | 'interchanges'>): ReceivedTransaction[] {
  return readEnvelopes(tokens).transactions;
}
