// What the envelopes of a received file say: who sent it, to whom, which guide, which control numbers.
import type { Delimiters, Segment, X12Finding } from './segment';

export interface InterchangeHeader {
  /** ISA05 / ISA06 (padding trimmed). */
  senderQualifier: string;
  senderId: string;
  /** ISA07 / ISA08 (padding trimmed). */
  receiverQualifier: string;
  receiverId: string;
  /** ISA09 YYMMDD and ISA10 HHMM. */
  date: string;
  time: string;
  /** ISA12, '00501'. */
  version: string;
  /** ISA13, 9 digits. */
  controlNumber: string;
  /** ISA14: '1' when the sender asks for a TA1. */
  acknowledgmentRequested: string;
  /** ISA15: P production, T test. */
  usage: string;
  segmentPosition: number;
}

export interface GroupHeader {
  /** GS01 functional identifier code: HC, HP, FA, HN, HS, HB, HR. */
  functionalId: string;
  /** GS02 application sender's code, GS03 application receiver's code. */
  senderCode: string;
  receiverCode: string;
  /** GS04 CCYYMMDD, GS05 HHMM[SS[dd]]. */
  date: string;
  time: string;
  /** GS06 group control number. */
  controlNumber: string;
  /** GS08 version / guide id, e.g. '005010X221A1'. */
  version: string;
  segmentPosition: number;
}

/** One ST..SE as received, with its envelope context. */
export interface ReceivedTransaction {
  /** ST01, e.g. '835'. */
  transactionSetId: string;
  /** ST02. */
  controlNumber: string;
  /** ST03 (empty when absent, as in most 835s). */
  implementationReference: string;
  /** The guide this set claims to follow: ST03, else GS08. */
  guide: string;
  /** ST..SE inclusive (ST without SE when the file is truncated). */
  segments: Segment[];
  delimiters: Delimiters;
  interchange: InterchangeHeader;
  group: GroupHeader;
  /** Envelope findings of this set (SE count and control number). */
  findings: X12Finding[];
}

export interface EnvelopeResult {
  transactions: ReceivedTransaction[];
  interchanges: InterchangeHeader[];
  /** TA1 segments found between ISA and GS (an interchange acknowledgment file). */
  ta1: { segment: Segment; interchange: InterchangeHeader }[];
  /** Interchange- and group-level findings, and set-level ones too (also in each transaction). */
  findings: X12Finding[];
}

/** GS01 expected for each ST01. */
export const FUNCTIONAL_IDS: Readonly<Record<string, string>> = {
  '837': 'HC',
  '835': 'HP',
  '999': 'FA',
  '997': 'FA',
  '277': 'HN',
  '270': 'HS',
  '271': 'HB',
  '276': 'HR',
};
