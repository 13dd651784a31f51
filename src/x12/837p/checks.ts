// Claim-level checks the loop structure cannot express: CLM02 equals the sum of the line charges,
// LX numbering, diagnosis pointers that point at a diagnosis, REF*F8 on replacements and voids.
import { checkClaims, claimsOf } from '../837-common/index';
import type { X12Finding } from '../segment';
import type { Loop2400P, Transaction837P } from './types';

export { claimsOf };

const DIAGNOSIS_QUALIFIERS = new Set(['ABK', 'ABF', 'BK', 'BF']);

export function check837PClaims(tx: Transaction837P, positions: ReadonlyMap<object, number>): X12Finding[] {
  const lines = { kind: '837P', element: 'SV102', charge: (l: Loop2400P) => l.professionalService?.lineItemChargeAmount };
  return checkClaims(tx, positions, lines, ({ claim, clm, at, pcn, finding }) => {
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
  });
}
