// Scrubs the claims of a received 837 file (a billing service's clients send these): every ST..SE is
// read as OpenRCM claims and run through the same edits. Pure: bytes in, results out.
import type { Claim } from '../claims/index';
import { readEnvelopes, tokenize, transaction837ToClaims, type X12Finding } from '../x12/index';
import { scrubClaims, type ScrubPerClaim, type ScrubShared } from './scrub';
import type { EditFinding, ScrubResult } from './types';

export interface Scrubbed837Transaction {
  /** ST02 */
  controlNumber: string;
  guide: string;
  kind: 'professional' | 'institutional' | 'unsupported';
  /** Syntax and guide findings of the transaction set itself (errors and warnings). */
  x12Findings: X12Finding[];
  claims: ScrubResult[];
}

export interface Scrubbed837File {
  transactions: Scrubbed837Transaction[];
  /** Tokenizer and envelope findings (ISA/GS/IEA/GE, and set-level ones the envelope reader saw). */
  envelopeFindings: X12Finding[];
}

function idFor(controlNumber: string): (n: number, pcn: string) => string {
  return (n, pcn) => `${controlNumber}:${n}:${pcn}`;
}

export function scrub837(input: string | Uint8Array, shared: ScrubShared, perClaim?: (claim: Claim) => ScrubPerClaim): Scrubbed837File {
  const tokens = tokenize(input);
  const envelopes = readEnvelopes(tokens);
  const transactions = envelopes.transactions;
  const out: Scrubbed837Transaction[] = [];
  for (const t of transactions) {
    if (t.transactionSetId !== '837') continue;
    const read = transaction837ToClaims(t, idFor(t.controlNumber));
    if (!read) {
      out.push({ controlNumber: t.controlNumber, guide: t.guide, kind: 'unsupported', x12Findings: [], claims: [] });
      continue;
    }
    const results = scrubClaims(read.claims, shared, perClaim);
    // what the reader could not put on a claim (over a limit, a bad value) is a finding on that claim
    for (const p of read.problems) {
      const r = results.find((x) => x.claimId === p.claimId);
      const f: EditFinding = { editId: `x12.${p.code}`, severity: 'error', path: p.field, message: p.message, suggestedFix: 'Correct the claim in the practice system and resend the file' };
      if (r) {
        r.findings.unshift(f);
        r.clean = false;
      } else {
        results.push({ claimId: p.claimId, patientControlNumber: p.patientControlNumber, findings: [f], clean: false });
      }
    }
    out.push({ controlNumber: t.controlNumber, guide: t.guide, kind: read.kind, x12Findings: read.findings, claims: results });
  }
  return { transactions: out, envelopeFindings: [...tokens.findings, ...envelopes.findings] };
}
