// One 837 interchange for one payer batch: the professional claims in one 837P and the institutional
// ones in one 837I, inside one ISA/IEA with fresh control numbers from the injected source.
import type { Claim } from '../claims/index';
import type { CalendarDate } from '../dates/index';
import {
  claimsTo837I, claimsTo837P, envelope, generate837I, generate837P, type ControlNumberSource, type Receiver, type Submitter, type TransactionToSend,
} from '../x12/index';

export interface TradingPartner {
  submitter: Submitter;
  receiver: Receiver;
  /** ISA06 / ISA08 with qualifier ZZ. */
  senderId: string;
  receiverId: string;
  usage: 'P' | 'T';
}

export interface Built837 {
  text: string;
  interchangeControlNumber: number;
  /** GS06 of each group: a 999 names the group it answers by it (AK102). */
  groupControlNumbers: string[];
}

export async function build837File(claims: readonly Claim[], partner: TradingPartner, numbers: ControlNumberSource, now: Date, reference: string): Promise<Built837> {
  const iso = now.toISOString();
  const options = { transactionSetControlNumber: '0001', referenceIdentification: reference.slice(0, 30), createdDate: iso.slice(0, 10) as CalendarDate, createdTime: iso.slice(11, 16).replace(':', '') };
  const sets: TransactionToSend[] = [];
  const professional = claims.filter((c) => c.kind === 'professional');
  const institutional = claims.filter((c) => c.kind === 'institutional');
  if (professional.length) sets.push({ segments: generate837P(claimsTo837P(professional, partner.submitter, partner.receiver, options)), guide: '005010X222A1' });
  if (institutional.length) sets.push({ segments: generate837I(claimsTo837I(institutional, partner.submitter, partner.receiver, options)), guide: '005010X223A2' });
  const out = await envelope(sets, {
    sender: { qualifier: 'ZZ', id: partner.senderId }, receiver: { qualifier: 'ZZ', id: partner.receiverId },
    controlNumbers: numbers, date: now, usage: partner.usage, acknowledgmentRequested: false,
  });
  return { text: out.text, interchangeControlNumber: Number(out.interchangeControlNumber), groupControlNumbers: out.groupControlNumbers };
}
