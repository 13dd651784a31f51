// parse837P / generate837P: one ST..SE of an 837P to the typed model and back.
import { DEFAULT_DELIMITERS } from '../segment';
import type { Delimiters, Segment, X12Finding } from '../segment';
import { parseWith, generateWith, validateWith } from '../837-common/index';
import type { Parsed837 } from '../837-common/index';
import { ROOT_837P, TRANSACTION_837P, transaction837PSpec } from './loops';
import { check837PClaims } from './checks';
import type { Loop2300P, Transaction837P } from './types';

/** The tokenized ST..SE of one transaction and its delimiters (an X12-core ReceivedTransaction fits). */
export interface TransactionSegments {
  segments: readonly Segment[];
  delimiters: Delimiters;
}

/** Reads one 837P transaction set into the typed model, with structure and claim findings. */
export function parse837P(transaction: TransactionSegments): Parsed837<Transaction837P> {
  const parsed = parseWith<Loop2300P>(TRANSACTION_837P, ROOT_837P, transaction.segments, transaction.delimiters);
  parsed.findings.push(...check837PClaims(parsed.transaction, parsed.positions));
  return parsed;
}

/** Writes one 837P transaction set (ST..SE) as 005010X222A1, HL numbers and SE01 computed. */
export function generate837P(transaction: Transaction837P, delimiters: Delimiters = DEFAULT_DELIMITERS): Segment[] {
  return generateWith(TRANSACTION_837P, ROOT_837P, transaction, delimiters);
}

/** All findings of one 837P transaction set: guide structure and elements, then the claim checks. */
export function validate837P(transaction: TransactionSegments): X12Finding[] {
  return validateWith(transaction837PSpec, transaction, parse837P(transaction).findings);
}
