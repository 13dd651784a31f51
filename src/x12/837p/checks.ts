// Claim-level checks the loop structure cannot express: CLM02 equals the sum of the line charges,
// LX numbering, diagnosis pointers that point at a diagnosis, REF*F8 on replacements and voids.
import type { X12Finding } from '../segment';
import type { Loop2300P, Transaction837P } from './types';

const DIAGNOSIS_QUALIFIERS = new Set(['ABK', 'ABF', 'BK', 'BF']);

export function claimsOf(tx: Transaction837P): Loop2300P[] {
  return tx.loop2000A.flatMap((a) => a.loop2000B.flatMap((b) => [...b.loop2300, ...b.loop2000C.flatMap((c) => c.loop2300)]));
}

export function check837PClaims(tx: Transaction837P, positions: ReadonlyMap<object, number>): X12Finding[] {
  const out: X12Finding[] = [];
  for (const claim of claimsOf(tx)) {
    const clm = claim.claimInformation;
    if (!clm) continue;
    const at = positions.get(clm) ?? 0;
    const pcn = clm.patientControlNumber ?? '';
    const finding = (code: string, message: string, element: string, position = at, segmentId = 'CLM', loop = '2300'): void => {
      out.push({ severity: 'error', code, segmentPosition: position, segmentId, loop, element, message });
    };
    const lineTotal = claim.loop2400.reduce((s, l) => s + (l.professionalService?.lineItemChargeAmount ?? 0), 0);
    if (clm.totalClaimChargeAmount !== undefined && lineTotal !== clm.totalClaimChargeAmount) {
      finding('837P.claim.charge_mismatch', `Claim ${pcn}: CLM02 total charge ${clm.totalClaimChargeAmount / 100} differs from the sum of the line charges (SV102) ${lineTotal / 100}.`, 'CLM02');
    }
    const frequency = clm.healthCareServiceLocationInformation?.claimFrequencyTypeCode;
    if ((frequency === '7' || frequency === '8') && !claim.references.some((r) => r.referenceIdentificationQualifier === 'F8')) {
      finding('837P.claim.missing_payer_claim_number', `Claim ${pcn}: frequency ${frequency} (${frequency === '7' ? 'replacement' : 'void'}) needs REF*F8 with the payer's claim control number of the original claim.`, 'CLM05-3');
    }
    const dxCount = claim.healthCareInformationCodes
      .flatMap((h) => h.healthCareCodes)
      .filter((c) => DIAGNOSIS_QUALIFIERS.has(c.codeListQualifierCode ?? '')).length;
    claim.loop2400.forEach((line, i) => {
      const lxAt = line.serviceLineNumber ? positions.get(line.serviceLineNumber) ?? at : at;
      if (line.serviceLineNumber?.assignedNumber !== i + 1) {
        finding('837P.line.number', `Claim ${pcn}: LX01 is ${line.serviceLineNumber?.assignedNumber ?? '(empty)'}; service lines are numbered 1, 2, 3... (expected ${i + 1}).`, 'LX01', lxAt, 'LX', '2400');
      }
      const ptr = line.professionalService?.compositeDiagnosisCodePointer ?? {};
      for (const p of [ptr.diagnosisCodePointer1, ptr.diagnosisCodePointer2, ptr.diagnosisCodePointer3, ptr.diagnosisCodePointer4]) {
        if (p !== undefined && !(/^\d+$/.test(p) && Number(p) >= 1 && Number(p) <= dxCount)) {
          const svAt = line.professionalService ? positions.get(line.professionalService) ?? lxAt : lxAt;
          finding('837P.line.pointer', `Claim ${pcn} line ${i + 1}: diagnosis pointer ${p} does not point at one of the claim's ${dxCount} diagnoses.`, 'SV107', svAt, 'SV1', '2400');
        }
      }
    });
  }
  return out;
}
