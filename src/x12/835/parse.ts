// 835 parser: walks the transaction set into its loops, validates it against the guide, maps it to a
// Remittance835 and checks balancing.
import type { LoopNode, Segment, X12Finding } from '../index-types';
import type { ReceivedTransaction } from '../envelope-types';
import { walkLoops, type WalkResult } from '../walker';
import { FieldReader, compact } from '../field-reader';
import { spec835 } from './spec';
import { address, claim, contact, providerAdjustment } from './parse-parts';
import { checkClaimBalance, TransactionBalance } from './balance';
import type { Loop1000A, Loop1000B, Loop2000, Remittance835 } from './types';

export interface Parse835Result {
  remittance: Remittance835;
  /** Structure and element findings, balancing warnings. */
  findings: X12Finding[];
}

/** Parses one 835 transaction set (ST..SE) as split by splitTransactions. */
export function parse835(tx: Pick<ReceivedTransaction, 'segments' | 'delimiters'>, options: { validate?: boolean } = {}): Parse835Result {
  const walk = walkLoops(spec835, tx.segments, options.validate === false ? {} : { validate: { delimiters: tx.delimiters } });
  const findings = walk.findings;
  const readerFindings: X12Finding[] = [];
  const r = new FieldReader(tx.delimiters, readerFindings);
  const remittance = mapHeader(r, walk);
  const balance = new TransactionBalance();
  for (const node of walk.loops) {
    if (node.id !== '2000') continue;
    const lx = mapLoop2000(r, node);
    node.loops.forEach((c, i) => {
      const mapped = lx.claims[i]!;
      balance.addClaim(mapped);
      checkClaimBalance(mapped, positionsOf(c), findings);
    });
    remittance.loop2000.push(lx);
  }
  balance.addProviderAdjustments(remittance);
  const bpr = walk.header.find((s) => s.id === 'BPR');
  if (bpr) balance.check(remittance, bpr.position, findings);
  return { remittance, findings: byPosition(mergeFindings(findings, readerFindings)) };
}

export function byPosition(findings: X12Finding[]): X12Finding[] {
  return findings.sort((a, b) => a.segmentPosition - b.segmentPosition);
}

/** Adds the reader's findings (bad amounts, dates) unless the validator already reported that element. */
export function mergeFindings(findings: X12Finding[], extra: readonly X12Finding[]): X12Finding[] {
  const seen = new Set(findings.map((f) => `${f.segmentPosition}/${f.element ?? ''}`));
  for (const f of extra) if (!seen.has(`${f.segmentPosition}/${f.element ?? ''}`)) findings.push(f);
  return findings;
}

export function positionsOf(node: LoopNode): { clp: number; svc: number[] } {
  return { clp: node.segments[0]!.position, svc: node.loops.map((l) => l.segments[0]!.position) };
}

export function mapLoop2000(r: FieldReader, node: LoopNode): Loop2000 {
  const lx = node.segments[0]!;
  const out: Loop2000 = { assignedNumber: r.str(lx, 1), claims: [] };
  for (const s of node.segments) {
    if (s.id === 'TS3') out.providerSummary = r.rest(s, 1);
    if (s.id === 'TS2') out.providerSupplementalSummary = r.rest(s, 1);
  }
  for (const c of node.loops) if (c.id === '2100') out.claims.push(claim(r, c));
  return out;
}

/** The header, 1000A, 1000B and PLB of a walked 835 (loop2000 left empty for the caller). */
export function mapHeader(r: FieldReader, walk: Pick<WalkResult, 'header' | 'loops' | 'trailer'>): Remittance835 {
  const find = (id: string, q?: string) => walk.header.find((s) => s.id === id && (q === undefined || s.elements[1] === q));
  const st = find('ST');
  const bpr = find('BPR');
  const trn = find('TRN');
  const cur = find('CUR');
  const none: Segment = { id: '', elements: [], position: 0 };
  const b = bpr ?? none;
  const t = trn ?? none;
  const out: Remittance835 = compact({
    transactionSetControlNumber: st ? r.str(st, 2) : '',
    implementationConventionReference: st ? r.opt(st, 3) : undefined,
    financialInformation: compact({
      transactionHandlingCode: r.str(b, 1),
      totalActualProviderPaymentAmount: r.money(b, 2),
      creditDebitFlagCode: r.str(b, 3),
      paymentMethodCode: r.str(b, 4),
      banking: r.rest(b, 5).slice(0, 11),
      checkIssueOrEftEffectiveDate: r.date(b, 16),
    }),
    reassociationTrace: compact({ traceTypeCode: r.str(t, 1), checkOrEftTraceNumber: r.str(t, 2), payerIdentifier: r.str(t, 3), originatingCompanySupplementalCode: r.opt(t, 4) }),
    currency: cur ? { entityIdentifierCode: r.str(cur, 1), currencyCode: r.str(cur, 2) } : undefined,
    receiverIdentification: opt(r, find('REF', 'EV'), 2),
    versionIdentification: opt(r, find('REF', 'F2'), 2),
    productionDate: ((s) => (s ? r.date(s, 2) : undefined))(find('DTM', '405')),
    loop1000A: mapPayer(r, walk.loops.find((l) => l.id === '1000A')),
    loop1000B: mapPayee(r, walk.loops.find((l) => l.id === '1000B')),
    loop2000: [],
    providerAdjustments: walk.trailer.filter((s) => s.id === 'PLB').map((s) => providerAdjustment(r, s)),
  });
  return out;
}

function opt(r: FieldReader, s: Segment | undefined, n: number): string | undefined {
  return s ? r.opt(s, n) : undefined;
}

function mapPayer(r: FieldReader, node: LoopNode | undefined): Loop1000A {
  const segs = node?.segments ?? [];
  const n1 = segs[0];
  return compact({
    name: n1 ? r.str(n1, 2) : '',
    identificationCodeQualifier: opt(r, n1, 3),
    identificationCode: opt(r, n1, 4),
    address: address(r, segs.find((s) => s.id === 'N3'), segs.find((s) => s.id === 'N4')),
    references: segs.filter((s) => s.id === 'REF').map((s) => ({ qualifier: r.str(s, 1), value: r.str(s, 2) })),
    contacts: segs.filter((s) => s.id === 'PER').map((s) => contact(r, s)),
  });
}

function mapPayee(r: FieldReader, node: LoopNode | undefined): Loop1000B {
  const segs = node?.segments ?? [];
  const n1 = segs[0];
  const rdm = segs.find((s) => s.id === 'RDM');
  return compact({
    name: n1 ? r.str(n1, 2) : '',
    identificationCodeQualifier: n1 ? r.str(n1, 3) : '',
    identificationCode: n1 ? r.str(n1, 4) : '',
    address: address(r, segs.find((s) => s.id === 'N3'), segs.find((s) => s.id === 'N4')),
    references: segs.filter((s) => s.id === 'REF').map((s) => ({ qualifier: r.str(s, 1), value: r.str(s, 2) })),
    remittanceDeliveryMethod: rdm ? r.rest(rdm, 1) : undefined,
  });
}
