// Claim-level checks of the 837I: CLM02 equals the sum of SV203, LX numbering, REF*F8 on 7/8.
import { checkClaims, claimsOf } from '../837-common/index';
import type { X12Finding } from '../segment';
import type { Loop2400I, Transaction837I } from './types';

export { claimsOf };

export function check837IClaims(tx: Transaction837I, positions: ReadonlyMap<object, number>): X12Finding[] {
  const lines = { kind: '837I', element: 'SV203', charge: (l: Loop2400I) => l.institutionalServiceLine?.lineItemChargeAmount };
  return checkClaims(tx, positions, lines, ({ claim, clm, at, pcn, finding }) => {
    const frequency = clm.healthCareServiceLocationInformation?.claimFrequencyTypeCode;
    if ((frequency === '7' || frequency === '8') && !claim.references.some((r) => r.referenceIdentificationQualifier === 'F8')) {
      finding('837I.claim.missing_payer_claim_number', `Claim ${pcn}: frequency ${frequency} needs REF*F8 with the payer's claim control number of the original claim.`, 'CLM05-3');
    }
    claim.loop2400.forEach((line, i) => {
      if (line.serviceLineNumber?.assignedNumber !== i + 1) {
        const lxAt = line.serviceLineNumber ? positions.get(line.serviceLineNumber) ?? at : at;
        finding('837I.line.number', `Claim ${pcn}: LX01 is ${line.serviceLineNumber?.assignedNumber ?? '(empty)'}; expected ${i + 1}.`, 'LX01', lxAt, 'LX', '2400');
      }
    });
  });
}
