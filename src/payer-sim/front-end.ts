// Front-end edits: what a clearinghouse or payer rejects on the 277CA before adjudication.
import type { Claim } from '../claims/index';
import { isValidNpi } from '../practice/index';
import type { Member, Roster } from './rules';

export interface FrontEndRejection {
  /** STC01-1 category (A7 rejected for invalid information, A6 missing information). */
  categoryCode: string;
  /** STC01-2 claim status code. */
  statusCode: string;
  /** STC01-3 entity. */
  entityIdentifierCode: string;
  message: string;
}

const norm = (s: string) => s.trim().toUpperCase();

export function findMember(roster: Roster, payerId: string, memberId: string): Member | undefined {
  return roster.members.find((m) => m.payerId === payerId && norm(m.memberId) === norm(memberId));
}

/** Every front-end problem of a claim; empty when it is accepted for adjudication. */
export function frontEndEdits(claim: Claim, roster: Roster, knownPayerIds: ReadonlySet<string>): FrontEndRejection[] {
  const out: FrontEndRejection[] = [];
  if (!claim.payer.payerId) out.push({ categoryCode: 'A6', statusCode: '153', entityIdentifierCode: 'PR', message: 'payer id missing (2010BB NM109)' });
  else if (knownPayerIds.size > 0 && !knownPayerIds.has(claim.payer.payerId)) {
    out.push({ categoryCode: 'A7', statusCode: '153', entityIdentifierCode: 'PR', message: `payer id ${claim.payer.payerId} is not one this clearinghouse routes` });
  }
  if (!isValidNpi(claim.billingProvider.npi)) out.push({ categoryCode: 'A7', statusCode: '562', entityIdentifierCode: '85', message: `billing provider NPI ${claim.billingProvider.npi} is invalid` });
  const rendering = claim.renderingProvider;
  if (rendering && !isValidNpi(rendering.npi)) out.push({ categoryCode: 'A7', statusCode: '562', entityIdentifierCode: '82', message: `rendering provider NPI ${rendering.npi} is invalid` });
  if (claim.payer.payerId && !findMember(roster, claim.payer.payerId, claim.subscriber.memberId)) {
    out.push({ categoryCode: 'A7', statusCode: '33', entityIdentifierCode: 'IL', message: `subscriber ${claim.subscriber.memberId} not found` });
  }
  return out;
}
