// Envelope generation: wraps generated transaction sets in GS/GE groups (one per GS01 + guide) inside
// one ISA/IEA, numbering ST02/SE02, GS06/GE02 and ISA13/IEA02 from the injected source and counting
// SE01, GE01 and IEA01.
import type { Delimiters } from './segment';
import { DEFAULT_DELIMITERS } from './segment';
import { FUNCTIONAL_IDS } from './envelope-types';
import type { ControlNumberSource } from './control-numbers';
import { seg, writeSegments, type OutSegment, type WriteOptions } from './writer';

export interface Party {
  /** ISA05 / ISA07 interchange id qualifier, e.g. 'ZZ' mutually defined, '30' federal tax id. */
  qualifier: string;
  /** ISA06 / ISA08 (at most 15 characters). */
  id: string;
  /** GS02 / GS03 application code (defaults to the id). */
  applicationCode?: string;
}

export interface EnvelopeOptions {
  sender: Party;
  receiver: Party;
  controlNumbers: ControlNumberSource;
  /** The moment of creation (ISA09/10, GS04/05), passed in: the core never reads the clock. */
  date: Date;
  /** ISA15: P production, T test. */
  usage: 'P' | 'T';
  delimiters?: Delimiters;
  /** ISA14: ask the receiver for a TA1. */
  acknowledgmentRequested?: boolean;
  lineEnding?: WriteOptions['lineEnding'];
  /** TA1 segments to send after the ISA (an interchange acknowledgment; transactions may then be empty). */
  interchangeAcknowledgments?: readonly OutSegment[];
}

export interface TransactionToSend {
  /** ST..SE as generated (ST02/SE02 and SE01 are replaced). */
  segments: readonly OutSegment[];
  /** GS08, e.g. '005010X222A1'. */
  guide: string;
}

export interface Enveloped {
  text: string;
  segments: OutSegment[];
  interchangeControlNumber: string;
  groupControlNumbers: string[];
  /** ST02 of each transaction, in the order given. */
  transactionControlNumbers: string[];
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export async function envelope(transactions: readonly TransactionToSend[], options: EnvelopeOptions): Promise<Enveloped> {
  const d = options.delimiters ?? DEFAULT_DELIMITERS;
  const senderKey = options.sender.id;
  const isa13 = await options.controlNumbers.next('ISA', senderKey);
  if (isa13 > 999_999_999) throw new RangeError(`ISA13 control number ${isa13} exceeds 9 digits`);
  const { date } = options;
  const ymd = `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1, 2)}${pad(date.getUTCDate(), 2)}`;
  const hm = `${pad(date.getUTCHours(), 2)}${pad(date.getUTCMinutes(), 2)}`;
  const out: OutSegment[] = [
    seg('ISA', '00', ' '.repeat(10), '00', ' '.repeat(10), options.sender.qualifier, options.sender.id.padEnd(15).slice(0, 15),
      options.receiver.qualifier, options.receiver.id.padEnd(15).slice(0, 15), ymd.slice(2), hm, d.repetition, '00501', pad(isa13, 9),
      options.acknowledgmentRequested ? '1' : '0', options.usage, d.component),
  ];
  for (const ta1 of options.interchangeAcknowledgments ?? []) out.push(ta1);
  const groups = new Map<string, TransactionToSend[]>();
  for (const t of transactions) {
    const st01 = t.segments[0]?.elements[1] ?? '';
    const key = `${FUNCTIONAL_IDS[st01] ?? ''}|${t.guide}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  const groupControlNumbers: string[] = [];
  const stNumbers = new Map<TransactionToSend, string>();
  for (const [key, members] of groups) {
    const [functionalId] = key.split('|');
    const gs06 = String(await options.controlNumbers.next('GS', senderKey));
    groupControlNumbers.push(gs06);
    out.push(seg('GS', functionalId, options.sender.applicationCode ?? options.sender.id, options.receiver.applicationCode ?? options.receiver.id, ymd, hm, gs06, 'X', members[0]!.guide));
    for (const t of members) {
      const st02 = pad(await options.controlNumbers.next('ST', senderKey), 4);
      stNumbers.set(t, st02);
      out.push(...renumber(t.segments, st02));
    }
    out.push(seg('GE', String(members.length), gs06));
  }
  out.push(seg('IEA', String(groups.size), pad(isa13, 9)));
  return {
    text: writeSegments(out, d, { lineEnding: options.lineEnding ?? '' }),
    segments: out,
    interchangeControlNumber: pad(isa13, 9),
    groupControlNumbers,
    transactionControlNumbers: transactions.map((t) => stNumbers.get(t)!),
  };
}

/** ST..SE with ST02/SE02 set and SE01 counted; refuses a set that does not start with ST. */
function renumber(segments: readonly OutSegment[], st02: string): OutSegment[] {
  if (segments[0]?.id !== 'ST') throw new Error('a transaction to envelope must start with ST');
  const body = segments.filter((s, i) => i > 0 && s.id !== 'SE');
  const st = segments[0];
  const stElements = [...st.elements];
  stElements[2] = st02;
  return [{ id: 'ST', elements: stElements }, ...body, seg('SE', String(body.length + 2), st02)];
}
