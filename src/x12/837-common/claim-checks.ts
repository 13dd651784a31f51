// The claim-level checks the 837P and 837I make alike (the loop structure cannot express them): every
// claim of the hierarchy, with where its CLM stands, and CLM02 against the sum of the line charges.
// What differs between the guides (which SV segment holds the charge, the wording of the frequency and
// LX findings, the 837P's diagnosis pointers) stays in each guide's checks.ts.
import type { X12Finding } from '../segment';
import type { Transaction837 } from './loop-types';
import type { CLMSegment } from './segments';

/** Every 2300 claim of the transaction: under each subscriber (2000B) and each patient (2000C). */
export function claimsOf<C>(tx: Transaction837<C>): C[] {
  return tx.loop2000A.flatMap((a) => a.loop2000B.flatMap((b) => [...b.loop2300, ...b.loop2000C.flatMap((c) => c.loop2300)]));
}

/** Adds an error about one claim; by default at its CLM in loop 2300. */
export type ClaimFinding = (code: string, message: string, element: string, position?: number, segmentId?: string, loop?: string) => void;

export interface ClaimToCheck<C> {
  claim: C;
  clm: CLMSegment;
  /** Segment position of the CLM. */
  at: number;
  /** CLM01, for the messages. */
  pcn: string;
  finding: ClaimFinding;
}

export interface LineCharge<L> {
  /** '837P' or '837I': the prefix of the finding codes. */
  kind: string;
  /** The element that holds a line's charge (SV102, SV203), named in the message. */
  element: string;
  charge: (line: L) => number | undefined;
}

/**
 * Runs the charge check and then `more` on each claim that has a CLM, and returns the findings in that
 * order, claim by claim.
 */
export function checkClaims<L, C extends { claimInformation?: CLMSegment; loop2400: L[] }>(
  tx: Transaction837<C>,
  positions: ReadonlyMap<object, number>,
  lines: LineCharge<L>,
  more: (c: ClaimToCheck<C>) => void,
): X12Finding[] {
  const out: X12Finding[] = [];
  for (const claim of claimsOf(tx)) {
    const clm = claim.claimInformation;
    if (!clm) continue;
    const at = positions.get(clm) ?? 0;
    const pcn = clm.patientControlNumber ?? '';
    const finding: ClaimFinding = (code, message, element, position = at, segmentId = 'CLM', loop = '2300') => {
      out.push({ severity: 'error', code, segmentPosition: position, segmentId, loop, element, message });
    };
    const lineTotal = claim.loop2400.reduce((s, l) => s + (lines.charge(l) ?? 0), 0);
    if (clm.totalClaimChargeAmount !== undefined && lineTotal !== clm.totalClaimChargeAmount) {
      finding(`${lines.kind}.claim.charge_mismatch`, `Claim ${pcn}: CLM02 total charge ${clm.totalClaimChargeAmount / 100} differs from the sum of the line charges (${lines.element}) ${lineTotal / 100}.`, 'CLM02');
    }
    more({ claim, clm, at, pcn, finding });
  }
  return out;
}
