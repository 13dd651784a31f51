// Whole-file reading for people and tools: tokenize, check envelopes, pick each set's parser, parse and
// validate. Used by the CLI (x12 parse / validate / pretty).
import type { Segment, X12Finding } from './segment';
import type { InterchangeHeader, ReceivedTransaction } from './envelope-types';
import { tokenize, type TokenizeResult } from './tokenizer';
import { readEnvelopes } from './envelope';
import { detectTransaction, TRANSACTION_HANDLERS, type TransactionHandler } from './transactions';
import { parseTa1, type Ta1 } from './ta1/index';

export interface InspectedTransaction {
  transaction: ReceivedTransaction;
  handler?: TransactionHandler;
  value?: unknown;
  findings: X12Finding[];
}

export interface InspectedFile {
  tokens: TokenizeResult;
  interchanges: InterchangeHeader[];
  transactions: InspectedTransaction[];
  ta1: Ta1[];
  /** Findings outside any transaction set (tokenizer, interchange and group envelopes, TA1). */
  findings: X12Finding[];
}

/** Reads a whole X12 file. Throws X12ReadError when it is not X12 at all. */
export function inspectX12(input: string | Uint8Array, handlers: readonly TransactionHandler[] = TRANSACTION_HANDLERS): InspectedFile {
  const tokens = tokenize(input);
  const env = readEnvelopes(tokens);
  const transactions = env.transactions.map((tx): InspectedTransaction => {
    const detection = detectTransaction(tx, handlers);
    const own = [...tx.findings, ...detection.findings, ...tokens.findings.filter((f) => within(f, tx.segments))];
    if (!detection.handler) return { transaction: tx, findings: own };
    const parsed = detection.handler.parse(tx);
    // A reader that reports the errata guide itself makes the detector's warning redundant.
    if (parsed.findings.some((f) => f.code.endsWith('guide.errata'))) own.splice(0, own.length, ...own.filter((f) => f.code !== 'x12.guide.accepted_variant'));
    return { transaction: tx, handler: detection.handler, value: parsed.value, findings: [...own, ...parsed.findings].sort((a, b) => a.segmentPosition - b.segmentPosition) };
  });
  const claimed = new Set(transactions.flatMap((t) => t.findings));
  const findings = [...tokens.findings, ...env.findings].filter((f) => !claimed.has(f));
  const ta1 = env.ta1.map((t) => {
    const r = parseTa1(t.segment);
    findings.push(...r.findings);
    return r.ta1;
  });
  return { tokens, interchanges: env.interchanges, transactions, ta1, findings };
}

function within(f: X12Finding, segments: readonly Segment[]): boolean {
  const first = segments[0]?.position ?? Infinity;
  const last = segments[segments.length - 1]?.position ?? -Infinity;
  return f.segmentPosition >= first && f.segmentPosition <= last;
}
