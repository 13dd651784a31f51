// Parse and generate one 837 transaction set with a given definition; the 837P and 837I modules
// bind these to their own definitions and typed models.
import { readTransaction } from './loop-reader';
import { checkNpiNames } from './npi-check';
import { writeTransaction } from './loop-writer';
import type { LoopDef, TransactionDef } from './loop-def';
import type { Transaction837 } from './loop-types';
import type { Delimiters, Segment, X12Finding } from '../segment';

export interface Parsed837<T> {
  transaction: T;
  /** Structure findings from reading (unexpected segments, HL chain, SE count, errata guide) plus the claim checks. */
  findings: X12Finding[];
  /** Segment position of each segment object in the typed tree. */
  positions: ReadonlyMap<object, number>;
}

export function parseWith<C>(def: TransactionDef, root: LoopDef, segments: readonly Segment[], d: Delimiters): Parsed837<Transaction837<C>> {
  const r = readTransaction(def, root, segments, d);
  r.findings.push(...checkNpiNames(r.npiNames, r.positions));
  const transaction = {
    transactionSetControlNumber: r.controlNumber,
    implementationConventionReference: r.guide,
    beginningOfHierarchicalTransaction: r.root.beginningOfHierarchicalTransaction,
    loop1000A: r.root.loop1000A,
    loop1000B: r.root.loop1000B,
    loop2000A: r.root.loop2000A,
  } as unknown as Transaction837<C>;
  return { transaction, findings: r.findings, positions: r.positions };
}

export function generateWith<C>(def: TransactionDef, root: LoopDef, tx: Transaction837<C>, d: Delimiters): Segment[] {
  const { transactionSetControlNumber, implementationConventionReference: _guide, ...loops } = tx;
  return writeTransaction(def, root, loops, transactionSetControlNumber, d);
}
