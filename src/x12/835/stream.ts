// Streaming 835 reader for files of any size: claims come out in batches as their Loop 2100 closes, and
// closed loops are let go, so memory stays flat. Balancing and validation run as the claims pass.
import type { Segment, X12Finding } from '../index-types';
import type { ReceivedTransaction } from '../envelope-types';
import type { LoopSpec } from '../spec';
import { tokenizeStream } from '../stream';
import { EnvelopeTracker } from '../envelope';
import { LoopWalker } from '../walker';
import { FieldReader } from '../field-reader';
import { spec835 } from './spec';
import { claim as mapClaim } from './parse-parts';
import { byPosition, mapHeader, mapLoop2000, mergeFindings, positionsOf } from './parse';
import { checkClaimBalance, TransactionBalance } from './balance';
import type { Loop2100, Remittance835 } from './types';

export type Stream835Event =
  /** Claims whose Loop 2100 closed while reading the last chunk, with their LX01. */
  | { kind: 'claims'; claims: Loop2100[]; transaction: ReceivedTransaction }
  /** End of one 835 set: header, 1000A/B, the 2000 headers (claims already streamed) and PLB; its findings. */
  | { kind: 'end'; remittance: Remittance835; findings: X12Finding[]; claimCount: number; transaction: ReceivedTransaction }
  /** A transaction set that is not an 835 (skipped), or findings outside any set. */
  | { kind: 'other'; findings: X12Finding[]; transaction?: ReceivedTransaction };

export interface Stream835Options {
  /** Check every element (default true). */
  validate?: boolean;
  /** Keep at most this many findings per transaction set (default 10,000). */
  maxFindings?: number;
}

class SetReader {
  readonly findings: X12Finding[] = [];
  readonly readerFindings: X12Finding[] = [];
  readonly walker: LoopWalker;
  readonly reader: FieldReader;
  readonly balance = new TransactionBalance();
  readonly loop2000: Remittance835['loop2000'] = [];
  pending: Loop2100[] = [];
  claimCount = 0;

  constructor(readonly tx: ReceivedTransaction, validate: boolean) {
    this.reader = new FieldReader(tx.delimiters, this.readerFindings);
    const keep = (spec: LoopSpec) => spec.id !== '2000' && spec.id !== '2100';
    this.walker = new LoopWalker(spec835, {
      ...(validate ? { validate: { delimiters: tx.delimiters } } : {}),
      retain: keep,
      onLoopClose: (node, spec) => {
        if (spec.id === '2100') {
          const c = mapClaim(this.reader, node);
          this.balance.addClaim(c);
          checkClaimBalance(c, positionsOf(node), this.findings);
          this.pending.push(c);
          this.claimCount++;
        } else if (spec.id === '2000') {
          this.loop2000.push(mapLoop2000(this.reader, { ...node, loops: [] }));
        }
      },
    });
  }

  end(maxFindings: number): Stream835Event {
    const walk = this.walker.finish();
    const remittance = mapHeader(this.reader, walk);
    remittance.loop2000 = this.loop2000;
    this.balance.addProviderAdjustments(remittance);
    const bpr = walk.header.find((s) => s.id === 'BPR');
    if (bpr) this.balance.check(remittance, bpr.position, this.findings);
    const all = byPosition(mergeFindings([...this.tx.findings, ...this.walker.findings, ...this.findings], this.readerFindings));
    return { kind: 'end', remittance, findings: cap(all, maxFindings), claimCount: this.claimCount, transaction: this.tx };
  }
}

function cap(findings: X12Finding[], max: number): X12Finding[] {
  if (findings.length <= max) return findings;
  const kept = findings.slice(0, max);
  const last = findings[findings.length - 1]!;
  kept.push({ severity: 'warning', code: 'x12.findings.truncated', segmentPosition: last.segmentPosition, segmentId: last.segmentId, message: `${findings.length - max} more findings were left out.` });
  return kept;
}

/** Reads 835 transaction sets from a stream of chunks (e.g. fs.createReadStream). */
export async function* stream835(source: AsyncIterable<Uint8Array | string>, options: Stream835Options = {}): AsyncGenerator<Stream835Event> {
  const validate = options.validate ?? true;
  const maxFindings = options.maxFindings ?? 10_000;
  const events: Stream835Event[] = [];
  let current: SetReader | undefined;
  const tracker = new EnvelopeTracker(
    {
      startTransaction: (tx) => {
        current = tx.transactionSetId === '835' ? new SetReader(tx, validate) : undefined;
        if (!current) events.push({ kind: 'other', findings: [], transaction: tx });
      },
      segment: (s: Segment) => {
        if (current) current.walker.push(s);
      },
      endTransaction: () => {
        if (!current) return;
        flush();
        events.push(current.end(maxFindings));
        current = undefined;
      },
    },
    false,
  );
  const flush = () => {
    if (current && current.pending.length > 0) {
      events.push({ kind: 'claims', claims: current.pending, transaction: current.tx });
      current.pending = [];
    }
  };
  const tokens = tokenizeStream(source);
  for await (const batch of tokens) {
    for (const s of batch.segments) tracker.push(s, batch.delimiters);
    flush();
    if (events.length > 0) yield* events.splice(0);
  }
  tracker.finish();
  const outside = [...tokens.findings, ...tracker.findings.filter((f) => !f.ik502)];
  if (outside.length > 0) events.push({ kind: 'other', findings: cap(outside, maxFindings) });
  yield* events.splice(0);
}
