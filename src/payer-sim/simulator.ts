// The simulated payer/clearinghouse, transport-free: receives an 837 interchange and queues its
// 999, 277CA and (after the configured delay) 835; answers 270 and 276 in real time. The HTTP
// server and the drop box are thin adapters over this class. The clock is injected.
import type { Claim } from '../claims/index';
import type { CalendarDate } from '../dates/index';
import {
  envelope, generate271, generate277, generate277CA, generate835, MemoryControlNumbers, parse270, parse276, readEnvelopes,
  respondToClaimStatus276, respondToEligibility270, tokenize, transaction837ToClaims, write999, generate999,
  type ReceivedTransaction, type X12Finding,
} from '../x12/index';
import { adjudicateClaim, type AdjudicationContext } from './adjudicate';
import type { FeeSchedule } from './fee-schedule';
import { findMember, frontEndEdits } from './front-end';
import { build277CA, build835, type Acknowledged } from './responses';
import type { PayerRules, Roster } from './rules';
import { newAdjudicationState, type AdjudicationState } from './state';
import { claimStatusAnswer, coverageAnswer, type ClaimRecordAtPayer } from './inquiry';

export type ResponseKind = '999' | '277CA' | '835';

export interface OutboundFile {
  name: string;
  kind: ResponseKind;
  submissionId: string;
  text: string;
  /** Epoch milliseconds from which the file may be fetched. */
  availableAt: number;
}

export interface Receipt {
  submissionId: string;
  duplicate: boolean;
  /** Accepted (A/E) or rejected (R) at the 999. */
  acknowledgment: 'A' | 'E' | 'P' | 'R';
  claimsAccepted: number;
  claimsRejected: number;
}

export class PayerSimulator {
  readonly state: AdjudicationState = newAdjudicationState();
  readonly outbox: OutboundFile[] = [];
  /** Interchanges already taken in, by sender and ISA13: a resend is answered with the first receipt. */
  private readonly interchanges = new Map<string, Receipt>();
  readonly claims = new Map<string, ClaimRecordAtPayer>();
  private readonly numbers = new MemoryControlNumbers();
  private sequence = 0;
  /** Claims seen per patient control number and frequency (the de-duplication the tests check). */
  readonly received: { patientControlNumber: string; frequencyCode: string; interchange: string }[] = [];

  constructor(
    readonly rules: PayerRules,
    readonly roster: Roster,
    private readonly feeSchedule: FeeSchedule,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private today(): { date: CalendarDate; time: string } {
    const iso = this.now().toISOString();
    return { date: iso.slice(0, 10) as CalendarDate, time: iso.slice(11, 16).replace(':', '') };
  }

  private async wrap(segments: Parameters<typeof envelope>[0][number]['segments'], guide: string, receiverId: string): Promise<string> {
    const out = await envelope([{ segments, guide }], {
      sender: { qualifier: 'ZZ', id: this.rules.senderId }, receiver: { qualifier: 'ZZ', id: receiverId || 'SUBMITTER' },
      controlNumbers: this.numbers, date: this.now(), usage: 'P',
    });
    return out.text;
  }

  /** Takes in one 837 interchange. Undefined when the text is not an X12 interchange at all. */
  async receive837(text: string): Promise<Receipt | undefined> {
    const env = readEnvelopes(tokenize(text));
    const first = env.transactions[0];
    if (!first) return undefined;
    const key = `${first.interchange.senderId}|${first.interchange.controlNumber}`;
    const seen = this.interchanges.get(key);
    if (seen) return { ...seen, duplicate: true };
    const submissionId = `SUB${String(++this.sequence).padStart(8, '0')}`;
    const findings: X12Finding[] = [...env.findings];
    const reads = env.transactions.map((t) => ({ t, read: transaction837ToClaims(t, (_n, pcn) => pcn) }));
    for (const { read } of reads) if (read) findings.push(...read.findings);
    const acks = generate999(env.transactions, findings);
    const sender = first.interchange.senderId;
    const nowMs = this.now().getTime();
    const name = (kind: string) => `${submissionId}.${kind}.x12`;
    const ack999 = await this.wrap(acks.flatMap((a) => write999(a)), '005010X231A1', sender);
    this.outbox.push({ name: name('999'), kind: '999', submissionId, text: ack999, availableAt: nowMs });
    const acceptedSets = new Set(acks.flatMap((a) => a.transactionSetResponses).filter((r) => r.acknowledgmentCode !== 'R').map((r) => r.transactionSetControlNumber));
    const claims = reads.filter(({ t, read }) => read && acceptedSets.has(t.controlNumber)).flatMap(({ read }) => read!.claims);
    const receipt = await this.acknowledgeAndAdjudicate(claims, submissionId, first, nowMs, key);
    const ackCode = acks.every((a) => a.acknowledgmentCode === 'A') ? 'A' : acks.every((a) => a.acknowledgmentCode === 'R') ? 'R' : 'P';
    const result: Receipt = { submissionId, duplicate: false, acknowledgment: ackCode, ...receipt };
    this.interchanges.set(key, result);
    return result;
  }

  private async acknowledgeAndAdjudicate(claims: Claim[], submissionId: string, first: ReceivedTransaction, nowMs: number, key: string) {
    if (claims.length === 0) return { claimsAccepted: 0, claimsRejected: 0 };
    const { date, time } = this.today();
    const known = new Set(this.roster.members.map((m) => m.payerId));
    const ctx: AdjudicationContext = { rules: this.rules, roster: this.roster, feeSchedule: this.feeSchedule, receivedOn: date };
    const acknowledged: Acknowledged[] = [];
    const paidByProvider = new Map<string, { name: string; payer: Claim['payer']; clps: ReturnType<typeof adjudicateClaim> }>();
    for (const claim of claims) {
      this.received.push({ patientControlNumber: claim.patientControlNumber, frequencyCode: claim.frequencyCode, interchange: key });
      const rejections = frontEndEdits(claim, this.roster, known);
      if (rejections.length > 0) {
        acknowledged.push({ claim, rejections });
        this.claims.set(claim.patientControlNumber, { claim, status: 'rejected', receivedOn: date });
        continue;
      }
      const clps = adjudicateClaim(claim, ctx, this.state);
      const own = clps[clps.length - 1];
      acknowledged.push({ claim, rejections: [], ...(own && own.claimStatusCode !== '22' ? { payerClaimControlNumber: own.payerClaimControlNumber } : {}) });
      this.claims.set(claim.patientControlNumber, { claim, status: 'adjudicated', receivedOn: date, clp: own, paidOn: date, trace: `EFT${submissionId}` });
      // One 835 per paying payer and payee, as a payer's remittance run would make them.
      const groupKey = `${claim.payer.payerId}|${claim.billingProvider.npi}`;
      const group = paidByProvider.get(groupKey) ?? { name: claim.billingProvider.lastNameOrOrganization, payer: claim.payer, clps: [] };
      group.clps.push(...clps);
      paidByProvider.set(groupKey, group);
    }
    const sender = first.interchange.senderId;
    const ca = build277CA(acknowledged, this.rules, { name: sender, id: sender }, date, time, submissionId);
    this.outbox.push({ name: `${submissionId}.277CA.x12`, kind: '277CA', submissionId, text: await this.wrap(generate277CA(ca), '005010X214', sender), availableAt: nowMs });
    let n = 0;
    for (const [groupKey, group] of paidByProvider) {
      const trace = `EFT${submissionId.slice(3)}${String(++n).padStart(3, '0')}`;
      const remit = build835(group.clps, { name: group.name, npi: groupKey.split('|')[1]! }, { name: group.payer.name, payerId: group.payer.payerId }, this.rules, date, trace);
      this.outbox.push({ name: `${submissionId}.${n}.835.x12`, kind: '835', submissionId, text: await this.wrap(generate835(remit), '005010X221A1', sender), availableAt: nowMs + this.rules.remitDelayMs });
    }
    const rejected = acknowledged.filter((a) => a.rejections.length > 0).length;
    return { claimsAccepted: acknowledged.length - rejected, claimsRejected: rejected };
  }

  /** Files ready to fetch now, oldest first. */
  available(): OutboundFile[] {
    const now = this.now().getTime();
    return this.outbox.filter((f) => f.availableAt <= now);
  }

  /** Removes fetched files once the client confirms it has them. */
  acknowledge(names: readonly string[]): number {
    let removed = 0;
    for (const name of names) {
      const i = this.outbox.findIndex((f) => f.name === name);
      if (i >= 0) { this.outbox.splice(i, 1); removed++; }
    }
    return removed;
  }

  /** A 270 interchange in, a 271 interchange out. Undefined when no 270 is found. */
  async answer270(text: string): Promise<string | undefined> {
    const env = readEnvelopes(tokenize(text));
    const t = env.transactions.find((x) => x.transactionSetId === '270');
    if (!t) return undefined;
    const request = parse270(t).value;
    const payerId = request.loop2000A[0]?.loop2100A.name.identificationCode ?? '';
    const subscriber = request.loop2000A[0]?.loop2000B[0]?.loop2000C[0]?.loop2100C;
    const member = findMember(this.roster, payerId, subscriber?.name.identificationCode ?? '');
    const dos = subscriber?.dates.find((d) => d.qualifier === '291')?.from ?? this.today().date;
    const answer = coverageAnswer(member, dos, this.rules, this.state);
    const { date, time } = this.today();
    const response = respondToEligibility270(request, answer, { transactionSetControlNumber: '0001', createdAt: { date, time } });
    return this.wrap(generate271(response), '005010X279A1', t.interchange.senderId);
  }

  /** A 276 interchange in, a 277 interchange out. */
  async answer276(text: string): Promise<string | undefined> {
    const env = readEnvelopes(tokenize(text));
    const t = env.transactions.find((x) => x.transactionSetId === '276');
    if (!t) return undefined;
    const request = parse276(t).value;
    const { date, time } = this.today();
    const response = respondToClaimStatus276(request, (asked) => claimStatusAnswer(asked.patientControlNumber ? this.claims.get(asked.patientControlNumber) : undefined, date), {
      transactionSetControlNumber: '0001', createdAt: { date, time },
    });
    return this.wrap(generate277(response), '005010X212', t.interchange.senderId);
  }
}
