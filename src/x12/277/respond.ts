// Answers a 276 the way a payer would, for the payer simulator and end-to-end tests: each claim
// asked about comes back with its trace echoed (TRN*1 becomes TRN*2) and the statuses given.
import type { CalendarDate } from '../deps';
import type { Loop2200Request, Transaction276 } from '../276/index';
import type { Loop2200Status, StatusInformation, Transaction277 } from './model';

export interface ClaimStatusAnswer {
  statuses: StatusInformation[];
  /** REF*1K, when the payer knows the claim. */
  payerClaimControlNumber?: string;
}

/** Called once per claim asked about; the claim as the 276 described it. */
export type ClaimStatusLookup = (claim: Loop2200Request) => ClaimStatusAnswer;

function answerClaim(claim: Loop2200Request, lookup: ClaimStatusLookup): Loop2200Status {
  const answer = lookup(claim);
  return {
    trace: { ...claim.trace, traceTypeCode: '2' },
    statuses: answer.statuses,
    payerClaimControlNumber: answer.payerClaimControlNumber ?? claim.payerClaimControlNumber,
    institutionalBillType: claim.institutionalBillType,
    patientControlNumber: claim.patientControlNumber,
    pharmacyPrescriptionNumber: claim.pharmacyPrescriptionNumber,
    clearinghouseClaimNumber: claim.clearinghouseClaimNumber,
    serviceDate: claim.serviceDate,
    loop2220: [],
  };
}

/** The 277 a payer would send for `request`, each claim answered by `lookup`. */
export function respondToClaimStatus276(request: Transaction276, lookup: ClaimStatusLookup, ids: { transactionSetControlNumber: string; createdAt: { date: CalendarDate; time: string } }): Transaction277 {
  return {
    transactionSetControlNumber: ids.transactionSetControlNumber,
    implementationConventionReference: '005010X212',
    header: { ...request.header, transactionSetPurposeCode: '08', date: ids.createdAt.date, time: ids.createdAt.time, transactionTypeCode: 'DG' },
    loop2000A: request.loop2000A.map((a) => ({
      loop2100A: a.loop2100A,
      loop2000B: a.loop2000B.map((b) => ({
        loop2100B: b.loop2100B,
        loop2000C: b.loop2000C.map((c) => ({
          loop2100C: c.loop2100C,
          loop2000D: c.loop2000D.map((d) => ({
            loop2100D: d.loop2100D,
            loop2200D: d.loop2200D.map((claim) => answerClaim(claim, lookup)),
            loop2000E: d.loop2000E.map((e) => ({ loop2100E: e.loop2100E, loop2200E: e.loop2200E.map((claim) => answerClaim(claim, lookup)) })),
          })),
        })),
      })),
    })),
  };
}
