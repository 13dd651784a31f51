// parse837I / generate837I: one ST..SE of an 837I to the typed model and back.
import { DEFAULT_DELIMITERS } from '../segment';
import type { Delimiters, Segment, X12Finding } from '../segment';
import { parseWith, generateWith, validateWith } from '../837-common/index';
import type { Parsed837 } from '../837-common/index';
import { ROOT_837I, TRANSACTION_837I, transaction837ISpec } from './loops';
import { check837IClaims } from './checks';
import type { Loop2300I, Transaction837I } from './types';

/** Reads one 837I transaction set (tokenized ST..SE and its delimiters) into the typed model. */
export function parse837I(transaction: { segments: readonly Segment[]; delimiters: Delimiters }): Parsed837<Transaction837I> {
  const parsed = parseWith<Loop2300I>(TRANSACTION_837I, ROOT_837I, transaction.segments, transaction.delimiters);
  parsed.findings.push(...check837IClaims(parsed.transaction, parsed.positions));
  return parsed;
}

/** Writes one 837I transaction set (ST..SE) as 005010X223A2, HL numbers and SE01 computed. */
export function generate837I(transaction: Transaction837I, delimiters: Delimiters = DEFAULT_DELIMITERS): Segment[] {
  return generateWith(TRANSACTION_837I, ROOT_837I, transaction, delimiters);
}

/** All findings of one 837I transaction set: guide structure and elements, then the claim checks. */
export function validate837I(transaction: { segments: readonly Segment[]; delimiters: Delimiters }): X12Finding[] {
  return validateWith(transaction837ISpec, transaction, parse837I(transaction).findings);
}
