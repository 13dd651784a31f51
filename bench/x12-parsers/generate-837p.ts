// 837P generation in a process of its own (as each parser runs in its own: what ran before in the bench
// process, and the heap it left, would be measured with it): `generate-837p.ts` prints one JSON line.
import { claimsTo837P, DEFAULT_DELIMITERS, generate837P, writeSegments } from '../../src/x12/index';
import * as claimFixtures from '../../src/x12/837p/claim-fixtures';

const CLAIMS = 50_000;

/** 837P generation from OpenRCM claims (the fixture's original claim, one subscriber each), 5,000 claims per ST, written to text. */
function generate837PClaims(): { claims: number; seconds: number; bytes: number } {
  const base = claimFixtures.original;
  const claims = Array.from({ length: CLAIMS }, (_, i) => ({
    ...base, id: `clm-${i}`, patientControlNumber: `PCN${String(i).padStart(10, '0')}`,
    subscriber: { ...base.subscriber, memberId: `M${String(i).padStart(11, '0')}` },
  }));
  const start = performance.now();
  let bytes = 0;
  for (let i = 0; i < claims.length; i += 5_000) {
    const tx = claimsTo837P(claims.slice(i, i + 5_000), claimFixtures.submitter, claimFixtures.receiver, { ...claimFixtures.options, transactionSetControlNumber: String(i / 5_000 + 1).padStart(4, '0') });
    bytes += writeSegments(generate837P(tx), DEFAULT_DELIMITERS).length;
  }
  return { claims: claims.length, seconds: (performance.now() - start) / 1000, bytes };
}

process.stdout.write(`${JSON.stringify(generate837PClaims())}\n`);
