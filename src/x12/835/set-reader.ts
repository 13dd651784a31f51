// One 835 transaction set being streamed: the walker over its segments, claims mapped and balanced as
// their Loop 2100 closes (or as the fast path hands them over), the rest mapped at its end.
import type { X12Finding } from '../index-types';
import type { ReceivedTransaction } from '../envelope-types';
import type { LoopSpec } from '../spec';
import { LoopWalker } from '../walker';
import { FieldReader } from '../field-reader';
import { spec835 } from './spec';
import { claim as mapClaim } from './parse-parts';
import { byPosition, mapHeader, mapLoop2000, mergeFindings, positionsOf } from './parse';
import { checkClaimBalance, TransactionBalance } from './balance';
import { FastClaim } from './fast-claim';
import { ByteClaim } from './byte-claim';
import type { Loop2100, Remittance835 } from './types';

export class SetReader {
  readonly findings: X12Finding[] = [];
  readonly readerFindings: X12Finding[] = [];
  readonly walker: LoopWalker;
  readonly reader: FieldReader;
  readonly balance = new TransactionBalance();
  readonly loop2000: Remittance835['loop2000'] = [];
  /** The fast path's claim reader (undefined when the fast path is off). */
  readonly fast: FastClaim | undefined;
  /** The fast path's claim reader on bytes (undefined when the fast path or the byte path is off). */
  readonly bytes: ByteClaim | undefined;
  pending: Loop2100[] = [];
  claimCount = 0;

  constructor(readonly tx: ReceivedTransaction, validate: boolean, fastPath: boolean, bytePath: boolean) {
    this.reader = new FieldReader(tx.delimiters, this.readerFindings);
    this.fast = fastPath ? new FastClaim(tx.delimiters, validate) : undefined;
    this.bytes = fastPath && bytePath ? new ByteClaim(tx.delimiters, validate) : undefined;
    const keep = (spec: LoopSpec) => spec.id !== '2000' && spec.id !== '2100';
    this.walker = new LoopWalker(spec835, {
      ...(validate ? { validate: { delimiters: tx.delimiters } } : {}),
      retain: keep,
      onLoopClose: (node, spec) => {
        if (spec.id === '2100') this.addClaim(mapClaim(this.reader, node), positionsOf(node));
        else if (spec.id === '2000') this.loop2000.push(mapLoop2000(this.reader, { ...node, loops: [] }));
      },
    });
  }

  /** A claim read in full: balanced, counted and queued for the next 'claims' event. */
  addClaim(c: Loop2100, positions: { clp: number; svc: readonly number[] }): void {
    this.balance.addClaim(c);
    checkClaimBalance(c, positions, this.findings);
    this.pending.push(c);
    this.claimCount++;
  }

  /** Ends the set: maps the header, 1000A/B and PLB, checks the transaction balance, gathers the findings. */
  end(maxFindings: number): { remittance: Remittance835; findings: X12Finding[] } {
    const walk = this.walker.finish();
    const remittance = mapHeader(this.reader, walk);
    remittance.loop2000 = this.loop2000;
    this.balance.addProviderAdjustments(remittance);
    const bpr = walk.header.find((s) => s.id === 'BPR');
    if (bpr) this.balance.check(remittance, bpr.position, this.findings);
    const all = byPosition(mergeFindings([...this.tx.findings, ...this.walker.findings, ...this.findings], this.readerFindings));
    return { remittance, findings: cap(all, maxFindings) };
  }
}

export function cap(findings: X12Finding[], max: number): X12Finding[] {
  if (findings.length <= max) return findings;
  const kept = findings.slice(0, max);
  const last = findings[findings.length - 1]!;
  kept.push({ severity: 'warning', code: 'x12.findings.truncated', segmentPosition: last.segmentPosition, segmentId: last.segmentId, message: `${findings.length - max} more findings were left out.` });
  return kept;
}
