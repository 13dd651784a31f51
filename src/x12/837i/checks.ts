// Claim-level checks of the 837I: CLM02 equals the sum of SV203, LX numbering, REF*F8 on 7/8.
import type { X12Finding } from '../segment';
import type { Loop2300I, Transaction837I } from './types';

export function claimsOf(tx: Transaction837I): Loop2300I[] {
  return tx.loop2000A.flatMap((a) => a.loop2000B.flatMap((b) => [...b.loop2300, ...b.loop2000C.flatMap((c) => c.loop2300)]));
}

export function check837IClaims(tx: Transaction837I, positions: ReadonlyMap<object, number>): X12Finding[] {
  const out: X12Finding[] = [];
  for (const claim of claimsOf(tx)) {
    const clm = claim.claimInformation;
    if (!clm) continue;
    const at = positions.get(clm) ?? 0;
    const pcn = clm.patientControlNumber ?? '';
    const push = (code: string, message: string, element: string, position = at, segmentId = 'CLM', loop = '2300'): void => {
      out.push({ severity: 'error', code, segmentPosition: position, segmentId, loop, element, message });
    };
    const lineTotal = claim.loop2400.reduce((s, l) => s + (l.institutionalServiceLine?.lineItemChargeAmount ?? 0), 0);
    if (clm.totalClaimChargeAmount !== undefined && lineTotal !== clm.totalClaimChargeAmount) {
      push('837I.claim.charge_mismatch', `Claim ${pcn}: CLM02 total charge ${clm.totalClaimChargeAmount / 100} differs from the sum of the line charges (SV203) ${lineTotal / 100}.`, 'CLM02');
    }
    const frequency = clm.healthCareServiceLocationInformation?.claimFrequencyTypeCode;
    if ((frequency === '7' || frequency === '8') && !claim.references.some((r) => r.referenceIdentificationQualifier === 'F8')) {
      push('837I.claim.missing_payer_claim_number', `Claim ${pcn}: frequency ${frequency} needs REF*F8 with the payer's claim control number of the original claim.`, 'CLM05-3');
    }
    claim.loop2400.forEach((line, i) => {
      if (line.serviceLineNumber?.assignedNumber !== i + 1) {
        const lxAt = line.serviceLineNumber ? positions.get(line.serviceLineNumber) ?? at : at;
        push('837I.line.number', `Claim ${pcn}: LX01 is ${line.serviceLineNumber?.assignedNumber ?? '(empty)'}; expected ${i + 1}.`, 'LX01', lxAt, 'LX', '2400');
      }
    });
  }
  return out;
}
