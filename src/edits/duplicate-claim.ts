// A line already on a claim sent for the same patient and payer (same date, code, modifiers and
// units) is denied as a duplicate (CARC 18). Replacements and voids (frequency 7, 8) are meant to repeat.
import type { Claim, ClaimLine } from '../claims/index';
import { describeLine, finding, linePath, patientOf } from './claim-facts';
import type { Edit, EditFinding, PriorClaim } from './types';

const ID = 'claim.duplicate';
const SENT = new Set(['submitted', 'accepted', 'paid', 'partially_paid', 'denied', 'appealed']);

function personKey(claim: Claim): string {
  const p = patientOf(claim);
  return [claim.subscriber.memberId.toUpperCase(), p.lastName.toUpperCase(), p.firstName.toUpperCase(), p.birthDate].join('|');
}

function lineKey(l: ClaimLine): string {
  return [l.serviceDate, l.procedureCode, [...l.modifiers].sort().join(','), l.units].join('|');
}

function sentBefore(prior: readonly PriorClaim[], claim: Claim): Map<string, PriorClaim> {
  const out = new Map<string, PriorClaim>();
  const me = personKey(claim);
  for (const p of prior) {
    if (p.claim.id === claim.id || !SENT.has(p.status) || p.claim.frequencyCode === '8') continue;
    if (p.claim.payer.payerId !== claim.payer.payerId || personKey(p.claim) !== me) continue;
    for (const l of p.claim.lines) out.set(lineKey(l), p);
  }
  return out;
}

export const duplicateClaim: Edit = {
  id: ID,
  title: 'Duplicate of a claim already submitted',
  severity: 'error',
  run({ claim, priorClaims }) {
    if (claim.frequencyCode !== '1' || priorClaims.length === 0) return [];
    const sent = sentBefore(priorClaims, claim);
    const out: EditFinding[] = [];
    claim.lines.forEach((line, i) => {
      const p = sent.get(lineKey(line));
      if (!p) return;
      out.push(finding(ID, 'error', linePath(i),
        `${describeLine(line)} on ${line.serviceDate} was already sent to this payer on claim ${p.claim.patientControlNumber}${p.submittedOn ? ` (${p.submittedOn})` : ''}, now ${p.status}`,
        p.status === 'denied' ? 'Correct the original (frequency 7 replacement) or appeal it instead of sending it again'
          : 'Remove the line, or if the service was truly repeated append 76/77 (or 91 for a lab test) and document it; to change the first claim send a replacement (frequency 7)',
        line.lineNumber));
    });
    return out;
  },
};
