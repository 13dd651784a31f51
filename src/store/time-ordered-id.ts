import { randomUUID } from 'node:crypto';

/**
 * A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Rows keyed by it land at
 * the right edge of their indexes, so a table that grows by millions of rows in one posting (the ledger)
 * updates a few hot index pages instead of a random page per row, which stops fitting in memory.
 */
export function timeOrderedUuid(now = Date.now()): string {
  // randomUUID draws from a cached pool of entropy (a call per id to randomFillSync is ten times slower);
  // its version nibble (index 14) becomes 7 and the variant bits it set stay.
  const random = randomUUID();
  const ms = now.toString(16).padStart(12, '0');
  return `${ms.slice(0, 8)}-${ms.slice(8, 12)}-7${random.slice(15)}`;
}
